// A looping scene yields (issue 13, point 1): the loop ends when the musician launches another scene or
// a clip of another scene in Live, and when a recording starts, as the original's LoopingSceneToggler
// did (reset on a playing scene change and on RecordStartedEvent). Driven through the virtual EC4.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { SetDescription } from "../../src/sim/live/LiveSet";
import { actionRig, type ActionRig } from "../support/ec4";
import { clipAt, prop, trackNamed } from "../support/liveState";

/** Two 1-bar scenes on two tracks, and an empty audio track to record on; 120 BPM, so a bar is 2 s. */
const SET: SetDescription = {
  tempo: 120,
  scenes: 2,
  tracks: [
    { name: "Drums", type: "midi", clips: [{ slot: 0, length: 4, looping: true }, { slot: 1, length: 4, looping: true }] },
    { name: "Bass", type: "midi", clips: [{ slot: 0, length: 4, looping: true }, { slot: 1, length: 4, looping: true }] },
    { name: "Vox", type: "audio" },
  ],
};

const BAR_MS = 2000;

async function bars(r: ActionRig, count: number): Promise<void> {
  for (let elapsed = 0; elapsed < count * BAR_MS; elapsed += 50) await r.rig.advance(50);
}

function playing(r: ActionRig, track: string): number {
  return prop(r.set, trackNamed(r.set, track).id, "playing_slot_index");
}

async function looping(): Promise<ActionRig> {
  const r = await actionRig(SET);
  await r.play("scene.loop");
  await bars(r, 1.25);
  assert.is(r.app.song.scenes()[0]!.looping, true);
  return r;
}

test("a scene launched in Live ends the loop: it plays from the next bar on, not overridden", async () => {
  const r = await looping();
  r.set.callFunction("live_set scenes 1", "fire");
  await bars(r, 3);
  assert.equal([playing(r, "Drums"), playing(r, "Bass")], [1, 1]);
  assert.is(r.app.song.scenes()[0]!.looping, false);
  assert.ok(r.infos().some((line) => line.includes("no longer loops")), r.infos().join("\n"));
});

test("a clip of another scene launched in Live ends the loop: the other tracks are not fired again", async () => {
  const r = await looping();
  r.set.callFunction(clipAt(r.set, "Bass", 1)!.slot.id, "fire");
  await bars(r, 3);
  assert.is(playing(r, "Bass"), 1, "the launched clip plays");
  assert.is(r.app.song.scenes()[0]!.looping, false);
  assert.is(r.set.song.scenes[0]!.values.is_triggered, 0, "the looping scene is not fired again");
});

test("a recording ends the loop, so no re-fire of the scene stops the take", async () => {
  const r = await looping();
  r.set.selectTrack(trackNamed(r.set, "Vox").id);
  await r.play("record.normal");
  await bars(r, 3);
  assert.is(r.app.song.scenes()[0]!.looping, false);
  const take = clipAt(r.set, "Vox", 0);
  assert.ok(take !== null, "the take is in the looping scene's free slot");
  assert.is(take.values.is_recording, 0);
  assert.is(take.length, 4, "the take recorded its whole bar");
});

test("the loop's own re-fire does not end it", async () => {
  const r = await looping();
  await bars(r, 4);
  assert.is(r.app.song.scenes()[0]!.looping, true);
});

test.run();
