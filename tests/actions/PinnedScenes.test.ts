// A scene that is not a whole number of bars (issue 18, point 9): it is split and cropped as what it is
// (1.5 bars reach into a second bar), never refused as a one-bar scene. Played as MIDI into the simulated Live.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { SetDescription } from "../../src/sim/live/LiveSet";
import { actionRig } from "../support/ec4";
import { clipAt, prop, warned } from "../support/liveState";

/** Scene 1: a clip of `beats` beats (4/4) beside a one-bar clip. */
const scene = (beats: number): SetDescription => ({
  scenes: 2,
  tracks: [
    { name: "Long", type: "midi", clips: [{ slot: 0, length: beats, looping: true }] },
    { name: "Short", type: "midi", clips: [{ slot: 0, length: 4, looping: true }] },
  ],
});

function loop(r: Awaited<ReturnType<typeof actionRig>>, track: string, slot: number): [number, number] | null {
  const clip = clipAt(r.set, track, slot);
  return clip === null ? null : [prop(r.set, clip.id, "loop_start"), prop(r.set, clip.id, "loop_end")];
}

for (const beats of [6, 5]) {
  test(`split: a scene of ${beats / 4} bars keeps its first bar, and the copy below gets the rest`, async () => {
    const r = await actionRig(scene(beats));
    assert.is(await r.play("scene.split"), 7, "an undo entry a change: the copy of the scene, then each clip's region on both sides");
    assert.not.ok(warned(r, "only one bar long"), r.statuses().join("\n"));
    assert.is(r.statuses().pop(), "info Split scene 1 at bar 2");
    assert.is(r.set.song.scenes.length, 3);
    assert.equal(loop(r, "Long", 0), [0, 4]);
    assert.equal(loop(r, "Long", 1), [4, beats]);
    assert.equal(loop(r, "Short", 1), [0, 4], "the one-bar clip is kept whole in the copy");
  });
}

test("crop: a scene of 1.5 bars is cropped to its first bar; scrolling stops at its second", async () => {
  const r = await actionRig(scene(6));
  await r.play("scene.crop", 5);
  assert.ok(r.infos().some((line) => line.endsWith("of 2")), r.infos().join("\n"));
  await r.play("scene.crop", -1);
  assert.is(await r.play("scene.crop"), 2, "an undo entry a change: the loop end and end marker of the longer clip");
  assert.equal(loop(r, "Long", 0), [0, 4]);
  assert.equal(loop(r, "Short", 0), [0, 4]);
});

test.run();
