// Loads the fixture sets the simulator tests run on.
import { readFileSync } from "node:fs";
import { LiveSet } from "../../src/sim/live/LiveSet";
import type { LiveOptions, SetDescription } from "../../src/sim/live/LiveSet";

export function fixture(name: string): SetDescription {
  return JSON.parse(readFileSync(`tests/fixtures/${name}.json`, "utf8")) as SetDescription;
}

export function loadSet(name: string, options: LiveOptions = {}): LiveSet {
  return LiveSet.fromDescription(fixture(name), options);
}
