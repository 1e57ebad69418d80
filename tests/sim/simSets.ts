// Loads the fixture sets the simulator tests run on.
import { readFileSync } from "node:fs";
import { LiveSet } from "../../src/sim/live/LiveSet";
import type { LiveOptions, SetDescription } from "../../src/sim/live/LiveSet";
import type { LiveObject } from "../../src/sim/live/LiveObject";

export function fixture(name: string): SetDescription {
  return JSON.parse(readFileSync(`tests/fixtures/${name}.json`, "utf8")) as SetDescription;
}

export function loadSet(name: string, options: LiveOptions = {}): LiveSet {
  return LiveSet.fromDescription(fixture(name), options);
}

/** Every object of the set that its children reach, the application included. */
export function everyObject(set: LiveSet): LiveObject[] {
  const seen = new Map<number, LiveObject>();
  const visit = (o: LiveObject) => {
    if (seen.has(o.id)) return;
    seen.set(o.id, o);
    for (const spec of Object.values(o.lom.props)) for (const child of spec.objects?.(o) ?? []) visit(child);
  };
  visit(set.song);
  visit(set.application);
  return [...seen.values()];
}
