// Only src/model speaks LOM (issue 12): no string in src/actions names a property, child or function of
// a LOM class the device uses (LomNames.generated.ts, from Live 12's inventory), so an action cannot
// reach Live but through a typed wrapper. The import rule (only lom, model and host import src/lom) is
// scripts/architecture/layers.ts's, checked by Architecture.test.ts.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { LOM_NAMES } from "../../src/lom/LomNames.generated";
import { LOM_CLASSES } from "../../src/lom/LomClasses";

/**
 * Single words that are LOM names and also the musician's words or the actions' own vocabulary: what
 * the dump and the refusals print (solo, mute, muted, looping), the crop of a scene (scene.crop), the
 * name a run receives the selected clip under (`clip`, Needs.ts). A LOM name with an underscore is
 * never one of them.
 */
const OUR_WORDS = new Set(["solo", "mute", "muted", "looping", "crop", "clip"]);

function lomNames(): Set<string> {
  const names = new Set<string>();
  for (const entry of Object.values(LOM_NAMES)) {
    for (const name of [...entry.readable, ...entry.settable, ...Object.keys(entry.functions)]) names.add(name);
  }
  for (const declared of Object.values(LOM_CLASSES)) {
    for (const name of [...Object.keys(declared.props), ...Object.keys(declared.children)]) names.add(name);
  }
  return names;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Every string literal and template text of a file, comments left out. */
function strings(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  return [...code.matchAll(/(["'`])((?:\\.|(?!\1)[^\\])*)\1/g)].map((match) => match[2] ?? "");
}

test("no string under src/actions is a LOM name", () => {
  const names = lomNames();
  assert.ok(names.has("fired_slot_index") && names.has("tap_tempo") && names.has("clip_slots"), "the names cover props, functions and children");
  const found = sources("src/actions").flatMap((path) =>
    strings(readFileSync(path, "utf8"))
      .filter((text) => names.has(text) && !OUR_WORDS.has(text))
      .map((text) => `${path}: "${text}"`),
  );
  assert.equal(found, []);
});

test("the scan finds a LOM name in a string", () => {
  const names = lomNames();
  const hits = strings(`mirror.observable(id, "Track", "fired_slot_index"); // "tap_tempo" in a comment\nconst s = \`arm\`;`).filter((s) => names.has(s));
  assert.equal(hits, ["Track", "fired_slot_index", "arm"].filter((s) => names.has(s)));
});

test.run();
