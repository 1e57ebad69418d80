// The controller stays reachable (issue 13, point 7): the track holding Protocol0 Input names itself to
// the bundle through the real p0-input.js, and then nav.tracks skips it, no arm or recording disarms it,
// its monitoring and input routing stay as the musician set them. Played as bytes into the input device.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { SetDescription } from "../../src/sim/live/SetDescription";
import type { InputDevice } from "../../src/sim/max/InputDevice";
import { METRO_MS } from "../../src/sim/max/Rig";
import { inputTrack } from "../support/inputTracks";
import { selectedTrackName } from "../support/liveState";
import { appOf, rigWith, type Running } from "../support/rigWith";

// Default mapping, Main on channel 4: knob 13 (TRK) press track.arm, scroll nav.tracks; knob 9 (REC)
// press record.normal. Relative mode twos complement; a knob's push is note cc - 1.
const TRK = 13;
const REC = 9;
const IN = 1;

interface Reach extends Running {
  input: InputDevice;
  ec4(): { arm: number; monitoring: number; routing: string };
  turn(knob: number, steps: number): Promise<void>;
  press(knob: number): Promise<void>;
}

async function reach(): Promise<Reach> {
  const description: SetDescription = {
    tracks: [
      { name: "Keys", type: "midi", clips: [{ slot: 0, length: 4 }] },
      { ...inputTrack("EC4", "Ch. 4"), arm: true, monitoring: IN },
      { name: "Bass", type: "midi" },
      { name: "Pad", type: "midi" },
    ],
  };
  const running = await rigWith(description);
  const input = running.rig.addInputDevice("live_set tracks 1 devices 0");
  await running.rig.settle();
  const ec4 = () => ({
    arm: running.set.read("live_set tracks 1", "arm")[0] as number,
    monitoring: running.set.read("live_set tracks 1", "current_monitoring_state")[0] as number,
    routing: JSON.stringify(running.set.read("live_set tracks 1", "input_routing_channel")),
  });
  const play = async (bytes: number[], ms = METRO_MS): Promise<void> => {
    input.play(bytes);
    await running.rig.advance(ms);
  };
  const turn = async (knob: number, steps: number): Promise<void> => {
    for (let i = 0; i < Math.abs(steps); i++) await play([0xb0, knob, steps > 0 ? 1 : 127]);
    await running.rig.advance(10 * METRO_MS);
  };
  const press = async (knob: number): Promise<void> => {
    await play([0x90, knob - 1, 127], 3 * METRO_MS);
    await play([0x80, knob - 1, 0], 10 * METRO_MS);
  };
  return Object.assign(running, { input, ec4, turn, press });
}

test("the input device names its track; nav.tracks steps over it both ways", async () => {
  const r = await reach();
  const ec4Id = r.set.song.tracks[1]!.id;
  assert.ok(r.app.objects.inputTracks.has(ec4Id), "known from the device's ready");
  assert.is(selectedTrackName(r.set), "Keys");
  await r.turn(TRK, 1);
  assert.is(selectedTrackName(r.set), "Bass", "EC4 skipped going right");
  await r.turn(TRK, 1);
  assert.is(selectedTrackName(r.set), "Pad");
  await r.turn(TRK, -2);
  assert.is(selectedTrackName(r.set), "Keys", "EC4 skipped going left");
  // Selected in Live by the mouse, it scrolls on to its neighbours.
  r.set.selectTrack("live_set tracks 1");
  await r.rig.settle();
  await r.turn(TRK, 1);
  assert.is(selectedTrackName(r.set), "Bass");
  assert.equal(r.rig.posts("error"), []);
});

test("a restarted bundle learns the input track again from the next message, before acting on it", async () => {
  const r = await reach();
  await r.rig.restartNode();
  await r.rig.advance(20 * METRO_MS);
  assert.is(appOf(r.rig).objects.inputTracks.size, 0, "a new bundle knows none");
  await r.turn(TRK, 1);
  assert.is(selectedTrackName(r.set), "Bass", "the first detent already skips EC4");
  assert.ok(appOf(r.rig).objects.inputTracks.has(r.set.song.tracks[1]!.id));
});

test("arming and disarming other tracks leaves the EC4 track armed, monitored and on its input", async () => {
  const r = await reach();
  const before = r.ec4();
  assert.is(before.arm, 1);
  await r.turn(TRK, 1);
  await r.press(TRK);
  assert.is(r.set.read("live_set tracks 2", "arm")[0], 1, "Bass armed");
  await r.press(TRK);
  assert.is(r.set.read("live_set tracks 2", "arm")[0], 0, "Bass disarmed");
  assert.equal(r.ec4(), before);
  // The EC4 track selected in Live: its arm knob refuses to disarm it.
  r.set.selectTrack("live_set tracks 1");
  await r.rig.settle();
  await r.press(TRK);
  assert.equal(r.ec4(), before);
  // A direct disarm through the model is refused as well (a recording's restore, a group's disarm).
  await appOf(r.rig).song.simpleTracks()[1]!.arm(false);
  await appOf(r.rig).song.simpleTracks()[1]!.setMonitoring(0);
  await r.rig.settle();
  assert.equal(r.ec4(), before);
});

test("a recording, and a cancelled one, leave the EC4 track armed, monitored and on its input", async () => {
  const r = await reach();
  const before = r.ec4();
  await r.press(REC);
  await r.rig.advance(6_000);
  assert.ok(r.set.song.tracks[0]!.clipSlots[0]!.clip, "Keys has its clip");
  assert.equal(r.ec4(), before);
  // Bass, unarmed, records and is cancelled: its arm is put back, EC4's stays.
  await r.turn(TRK, 1);
  await r.press(REC);
  await r.rig.advance(500);
  await r.press(REC + 1);
  await r.rig.advance(2_000);
  assert.is(r.set.read("live_set tracks 2", "arm")[0], 0, "Bass back to unarmed");
  assert.equal(r.ec4(), before);
});

test.run();
