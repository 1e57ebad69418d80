// The session `npm start` plays, on the built device over the demo set.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { startDemo } from "../../src/sim/Demo";
import { playDemoSession } from "../../src/sim/DemoSession";
import type { Heard } from "../../src/sim/Transcript";

/** A line as `npm start` prints it, the level aside. */
const shown = (heard: Heard): string => (heard.kind === "status" ? `status: ${heard.text}` : `${heard.line.source}: ${heard.line.text}`);

test("the scripted session selects and arms the synth, records 4 bars, loops the recorded scene and logs the set", async () => {
  const demo = await startDemo();
  const headings: string[] = [];
  const lines: string[] = [];
  const sceneBefore = demo.set.song.view.selectedScene;
  await playDemoSession(demo, { heading: (text) => headings.push(text), line: (text) => lines.push(text), heard: (heard) => lines.push(shown(heard)) });
  assert.is(headings.length, 5);
  // Each knob first, then what it caused, each text once.
  const at = (line: string): number => {
    const index = lines.indexOf(line);
    assert.ok(index >= 0, `${line} is shown:\n${lines.join("\n")}`);
    return index;
  };
  assert.ok(at("EC4 Main knob 9 (REC): turn 2 → record.barLength") < at("status: Recording length 2 bars"), lines.join("\n"));
  assert.ok(at("status: Recording length 2 bars") < at("status: Recording length 4 bars"), lines.join("\n"));
  assert.ok(at("EC4 Main knob 9 (REC): press → record.normal") < at("status: Recorded 4 bars on Prophet midi, Prophet audio, tail"), lines.join("\n"));
  assert.ok(at("EC4 Main knob 16 (SCEN): long press → scene.loop") < at('status: Scene "Verse" loops'), lines.join("\n"));
  assert.is(lines.indexOf("node: Recording length 2 bars"), -1, "a post the status line repeats is shown once, as the status line");
  assert.is(lines.indexOf('node: Scene "Verse" loops'), -1, "the post and the status line say it in the same words");
  const prophet = demo.set.song.tracks.find((t) => t.name === "Prophet")!;
  assert.is(demo.set.song.view.selectedTrack, prophet);
  const [midi, audio, tail] = prophet.groupedTracks();
  const arms = [midi!, audio!, tail!].map((track) => demo.set.read(track.id, "arm")[0]);
  assert.equal(arms, [1, 1, 0], "the synth stays armed; the tail, armed for the take only, is not");
  // The take: MIDI, audio and tail clips of 4 bars in one scene.
  const take = midi!.clipSlots.findIndex((slot, i) => slot.clip && !prophet.groupedTracks().some((t) => t.clipSlots[i]!.clip === null));
  assert.ok(take >= 0, "one scene holds the MIDI, audio and tail clips");
  for (const track of [midi!, audio!, tail!]) {
    assert.is(Number(demo.set.read(track.clipSlots[take]!.clip!.id, "length")[0]), 16, `${track.name} clip length`);
  }
  assert.is.not(demo.set.song.scenes[take], sceneBefore, "the selected scene's synth slots were taken: the take went further");
  assert.is(demo.set.song.view.selectedScene, demo.set.song.scenes[take], "the recording selected its scene");
  const looping = demo.app.song.scenes().filter((scene) => scene.looping).map((scene) => scene.index);
  assert.equal(looping, [take], "the scene holding the take loops");
  assert.ok(demo.rig.posts("info", "node").some((line) => line.includes('ExternalSynthTrack "Prophet"')), "the set was logged");
  assert.equal(demo.rig.posts("error"), []);
});

test.run();
