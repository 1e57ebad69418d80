// The session `npm start` plays, on the built device over the demo set.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { startDemo } from "../../src/sim/Demo";
import { playDemoSession } from "../../src/sim/DemoSession";

const STEP_ACTIONS = ["nav.tracks", "track.arm", "record.barLength", "record.normal", "scene.loop", "log.set"];

test("the scripted session reaches its end with the synth selected and armed, naming what is not implemented", async () => {
  const demo = await startDemo();
  const headings: string[] = [];
  const notes: string[] = [];
  await playDemoSession(demo, {
    heading: (text) => headings.push(text),
    line: (text, kind) => {
      if (kind === "note") notes.push(text);
    },
  });
  assert.is(headings.length, 5);
  const prophet = demo.set.song.tracks.find((t) => t.name === "Prophet")!;
  assert.is(demo.set.song.view.selectedTrack, prophet);
  const [midi, audio] = prophet.groupedTracks();
  assert.equal([demo.set.read(midi!.id, "arm")[0], demo.set.read(audio!.id, "arm")[0]], [1, 1]);
  const missing = STEP_ACTIONS.filter((id) => !demo.implemented(id));
  assert.equal(notes.map((note) => note.split(" ")[0]), missing);
  if (demo.implemented("record.normal")) {
    const lengths = midi!.clipSlots.map((slot) => (slot.clip ? Number(demo.set.read(slot.clip.id, "length")[0]) : 0));
    assert.ok(lengths.includes(16), `a 4-bar take on ${midi!.name}: ${lengths.join(", ")}`);
  }
  assert.equal(demo.rig.posts("error"), []);
});

test.run();
