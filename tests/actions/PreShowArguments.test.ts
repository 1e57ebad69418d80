// The pre-show check on arguments (issue 21, point 7): a knob whose argument names a scene or a track this
// set does not have is named with the argument and the fix; one whose names the set has is not. Through the
// check's knob, pressed as EC4 bytes, on the demo set (scenes Intro, Verse, Chorus, Outro).
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { EncoderMapping, MappingDocument } from "../../src/control/Mapping";
import { actionRig } from "../support/ec4";

test("arguments naming a scene or a track the set lacks are listed with their knob and fix; those it has are not", async () => {
  const r = await actionRig("demo");
  const doc = JSON.parse(JSON.stringify(r.app.control.store.active)) as MappingDocument;
  const log = doc.groups.find((group) => group.name === "Log");
  assert.ok(log, "the default mapping has a Log group");
  const knob = (position: number, label: string, press: EncoderMapping["press"]): EncoderMapping => ({ position, cc: position, label, press });
  log.encoders.push(
    knob(8, "FIN", { action: "scene.fire", args: { scene: "Finale" } }),
    knob(9, "S12", { action: "scene.fire", args: { scene: 12 } }),
    knob(10, "VRS", { action: "scene.fire", args: { scene: "Verse" } }),
    knob(11, "GTR", { action: "nav.track", args: { name: "Guitar" } }),
    knob(12, "BASS", { action: "nav.track", args: { name: "bass" } }),
  );
  const loaded = r.app.control.store.load(doc);
  assert.ok(loaded.ok, JSON.stringify(loaded));
  const before = r.rig.posts("warn").length;
  await r.play("set.check");
  const items = r.rig.posts("warn").slice(before).filter((line) => /Log knob (8|9|10|11|12) /.test(line));
  assert.equal(items.map((line) => line.replace(/^.*?(Log knob)/, "$1")), [
    'Log knob 8 (FIN), press: no scene is called "Finale", so the knob would do nothing. Fix: rename a scene in the set, or change the knob\'s scene argument.',
    "Log knob 9 (S12), press: the set has 4 scenes, not 12, so the knob would do nothing. Fix: rename a scene in the set, or change the knob's scene argument.",
    'Log knob 11 (GTR), press: no track is called "Guitar", so the knob would do nothing. Fix: rename a track in the set, or change the knob\'s name argument.',
  ]);
});

test.run();
