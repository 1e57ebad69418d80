// Transport knobs end to end: MIDI in, the simulated Live's song changed. Tempo and metronome are edits
// Live records (one undo step each); starting and stopping the song is transport, never in its undo history.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { LiveSet } from "../../src/sim/live/LiveSet";
import { QUIET_MS } from "../../src/control/GestureUndo";
import { actionRig } from "../support/ec4";
import { prop } from "../support/liveState";

const num = (set: LiveSet, name: string) => prop(set, "live_set", name);

test("tempo: one BPM per detent, both ways, each turn one undo step", async () => {
  const r = await actionRig("flat");
  const start = num(r.set, "tempo");
  assert.is(await r.play("transport.tempo", 3), 1);
  assert.is(num(r.set, "tempo"), start + 3);
  await r.play("transport.tempo", -5);
  assert.is(num(r.set, "tempo"), start - 2);
});

test("tempo: an accelerated detent (CC value 5 in two's complement) moves 5 BPM, played at once, written once the knob rests", async () => {
  const r = await actionRig("flat");
  const start = num(r.set, "tempo");
  const knob = r.ec4.knobFor("transport.tempo", "scroll")!;
  const undoBefore = r.set.undoHistory.length;
  await r.ec4.turn(knob.group, knob.position, 1, 5);
  await r.rig.advance(200);
  assert.is(r.set.song.playedTempo, start + 5, "Live plays it through the live.remote~ on song_tempo");
  assert.is(num(r.set, "tempo"), start, "and keeps the stored tempo meanwhile");
  await r.ec4.turn(knob.group, knob.position, -1, 2);
  await r.rig.advance(200);
  assert.is(r.set.song.playedTempo, start + 3);
  await r.rig.advance(QUIET_MS);
  assert.is(num(r.set, "tempo"), start + 3);
  assert.is(r.set.undoHistory.length - undoBefore, 1, "the two detents came within half a second: one turn, one entry");
});

test("tap tempo: two taps half a second apart set 120 BPM; only the tap that changes the tempo is an undo step", async () => {
  const r = await actionRig({ tempo: 90, tracks: [{ name: "A", type: "midi" }] });
  const knob = r.ec4.knobFor("transport.tapTempo", "press")!;
  const undoBefore = r.set.undoHistory.length;
  const firstAt = r.rig.clock.now;
  await r.ec4.press(knob.group, knob.position);
  await r.rig.advance(500 - (r.rig.clock.now - firstAt));
  assert.is(r.set.undoHistory.length, undoBefore, "a first tap only starts measuring");
  await r.ec4.press(knob.group, knob.position);
  await r.rig.advance(200);
  assert.ok(Math.abs(num(r.set, "tempo") - 120) < 1, `tempo ${num(r.set, "tempo")}`);
  assert.is(r.set.undoHistory.length - undoBefore, 1, "the tempo change");
});

test("play / stop starts and stops the song; transport is not an edit, so no undo step", async () => {
  const r = await actionRig("flat");
  assert.is(await r.play("transport.playStop"), 0);
  assert.is(num(r.set, "is_playing"), 1);
  assert.is(await r.play("transport.playStop"), 0);
  assert.is(num(r.set, "is_playing"), 0);
});

test("metronome toggles, one undo step", async () => {
  const r = await actionRig("flat");
  assert.is(await r.play("transport.metronome"), 1);
  assert.is(num(r.set, "metronome"), 1);
  await r.play("transport.metronome");
  assert.is(num(r.set, "metronome"), 0);
});

// No guard cases: the transport knobs need nothing selected, and the tempo action keeps within Live's
// 20..999 BPM itself rather than refusing.

test.run();
