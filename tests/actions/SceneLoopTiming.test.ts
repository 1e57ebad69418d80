// A looping scene restarts exactly at its end whatever the launch quantization and the signature
// (issue 13, point 2): driven through the virtual EC4's scene.loop, read from the simulated Live.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { SetDescription } from "../../src/sim/live/LiveSet";
import { actionRig, type ActionRig } from "../support/ec4";
import { clipAt, prop } from "../support/liveState";

/** Scene 0: a `length`-beat clip giving the scene its length, and a `probe`-beat clip whose restarts are read. */
function set(length: number, probe: number, signature: [number, number] = [4, 4]): SetDescription {
  return {
    signature,
    scenes: 2,
    tracks: [
      { name: "Long", type: "midi", clips: [{ slot: 0, length, looping: true }] },
      { name: "Probe", type: "midi", clips: [{ slot: 0, length: probe, looping: true }] },
    ],
  };
}

function quantize(r: ActionRig, index: number): void {
  new (r.set.liveApiClass())(undefined, "live_set").set("clip_trigger_quantization", index);
}

/**
 * Advances `beats` beats (120 BPM, metro steps) and returns the song times the probe clip was launched
 * at: its position is (song time - launch) modulo its length, so a launch shows as a start that is not
 * a whole number of lengths after the previous one.
 */
async function launches(r: ActionRig, probe: number, beats: number): Promise<number[]> {
  const starts: number[] = [];
  const clip = clipAt(r.set, "Probe", 0)!;
  const end = prop(r.set, "live_set", "current_song_time") + beats;
  while (prop(r.set, "live_set", "current_song_time") < end) {
    await r.rig.advance(50);
    if (prop(r.set, clip.id, "is_playing") !== 1) continue;
    const start = prop(r.set, "live_set", "current_song_time") - prop(r.set, clip.id, "playing_position");
    const last = starts[starts.length - 1];
    const turns = last === undefined ? 0.5 : (start - last) / probe;
    if (Math.abs(turns - Math.round(turns)) > 1e-6) starts.push(start);
  }
  return starts;
}

/** The intervals between launches, rounded to 1/100 beat (a wait lands on a metro tick). */
function intervals(starts: number[]): number[] {
  return starts.slice(1).map((at, i) => Math.round((at - starts[i]!) * 100) / 100);
}

test("None: an 8-beat scene restarts every 8 beats, at its end", async () => {
  const r = await actionRig(set(8, 3));
  quantize(r, 0);
  await r.rig.advance(100);
  await r.play("scene.loop");
  const starts = await launches(r, 3, 34);
  assert.ok(starts.length >= 4, String(starts));
  // Fired at the end, launched at once: within a metro tick (0.034 beats at 120 BPM) each turn.
  for (const interval of intervals(starts)) assert.ok(interval >= 8 && interval <= 8.05, `${interval} in ${starts}`);
});

test("6/8, 1-bar quantization: a 2-bar scene (6 beats) restarts at its end, not every bar", async () => {
  const r = await actionRig(set(6, 4, [6, 8]));
  await r.play("scene.loop");
  const starts = await launches(r, 4, 26);
  assert.ok(starts.length >= 4, String(starts));
  assert.equal(intervals(starts), intervals(starts).map(() => 6));
  for (const at of starts) assert.is(Math.abs(at / 3 - Math.round(at / 3)) < 1e-6, true, `launch on a bar: ${starts}`);
});

test("2-bar quantization: a 2-bar scene restarts at its end, on the 2-bar grid", async () => {
  const r = await actionRig(set(8, 3));
  quantize(r, 3);
  await r.rig.advance(100);
  await r.play("scene.loop");
  const starts = await launches(r, 3, 34);
  assert.ok(starts.length >= 4, String(starts));
  assert.equal(intervals(starts), intervals(starts).map(() => 8));
  for (const at of starts) assert.is(at % 8, 0, `launch on the 2-bar grid: ${starts}`);
});

test("4-bar quantization, 2-bar scene: it restarts on the next 4-bar boundary, and the log says so", async () => {
  const r = await actionRig(set(8, 3));
  quantize(r, 2);
  await r.rig.advance(100);
  await r.play("scene.loop");
  const starts = await launches(r, 3, 50);
  assert.ok(starts.length >= 3, String(starts));
  assert.equal(intervals(starts), intervals(starts).map(() => 16));
  assert.ok(r.infos().some((line) => line.includes("launch quantization is 4 Bars: it restarts on the next quantization boundary")), r.infos().join("\n"));
});

test.run();
