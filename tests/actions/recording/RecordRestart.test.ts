// Node for Max restarting during a recording, in a hypothetical Live whose bridge exposes begin_undo_step
// (no public one does): the undo step the recording opened is closed by the next bundle's hello (the shim
// keeps count of the steps it opened), so later edits are steps of their own.
import { test } from "uvu";
import { MSG_BATCH } from "../../../src/wire/protocol";
import * as assert from "uvu/assert";
import { clipAt, recorder, type Recorder } from "./recordingRig";
import { recordingSet, SYNTH_AUDIO, SYNTH_MIDI } from "./sets";
import { BRIDGE_WITH_UNDO_STEPS } from "../../support/hypotheticalBridge";

test("a restart mid-recording leaves no undo step open: the next presses are steps of their own", async () => {
  const r = await recorder(recordingSet(), BRIDGE_WITH_UNDO_STEPS);
  await r.gesture("record.normal");
  await r.bars(1.5);
  assert.ok(r.app.seq.registry.size > 0, "the recording is under way, its undo step open");
  await r.rig.restartNode();
  await r.bars(0.5);
  const before = r.set.undoHistory.length;
  for (let i = 0; i < 3; i++) await r.gesture("transport.metronome");
  await r.bars(0.25);
  assert.is(r.set.undoHistory.length - before, 3, "three presses, three undo steps");
});


test("a resync in the same script (a lost reply) leaves the recording's undo step open: the take stays one step", async () => {
  const steps: number[] = [];
  for (const resync of [false, true]) {
    const r = await recorder(recordingSet(), BRIDGE_WITH_UNDO_STEPS);
    const before = r.set.undoHistory.length;
    await r.gesture("record.normal");
    await r.bars(1.5);
    if (resync) void r.app.sync();
    await r.bars(3);
    assert.is(r.app.seq.registry.size, 0);
    steps.push(r.set.undoHistory.length - before);
  }
  assert.is(steps[1], steps[0], "as many undo steps with the resync as without");
});

/** The Live state a recording touches: arms, clip lengths, scenes, the metronome. */
function liveState(r: Recorder): string {
  const tracks = r.set.song.tracks.map((t) => ({ arm: t.values.arm, clips: t.clipSlots.map((s) => (s.clip ? s.clip.length : null)) }));
  return JSON.stringify({ tracks, scenes: r.set.song.scenes.length, metronome: r.set.song.values.metronome });
}

/**
 * Plays a recording twice, once with Node restarting `restartAt` bars after the press, once without:
 * a restart loses nothing when both end with Live in the same state, the same end of the take on the
 * status line, and nothing left running.
 */
async function withAndWithoutRestart(
  description: Parameters<typeof recordingSet>[0],
  play: (r: Recorder, restart: () => Promise<void>) => Promise<void>,
): Promise<void> {
  const states: string[] = [];
  for (const restarting of [false, true]) {
    const r = await recorder(recordingSet(description));
    await play(r, async () => {
      if (restarting) await r.rig.restartNode();
    });
    await r.bars(2);
    assert.is(r.app.seq.registry.size, 0, `${restarting ? "with" : "without"} a restart: nothing left running`);
    assert.equal(r.rig.posts("error"), []);
    // What the musician reads of the take: "Recorded … on …" once it has ended, restart or not.
    states.push(`${liveState(r)}\n${r.statuses().filter((line) => line.startsWith("info Recorded")).join("\n")}`);
  }
  assert.is(states[1], states[0], "the restart changed nothing Live ends with, nor what the status line says");
}

for (const at of [0.5, 1.5, 2.5]) {
  test(`a fixed recording with Node restarting ${at} bars after the press ends as without the restart`, async () => {
    await withAndWithoutRestart({}, async (r, restart) => {
      for (let i = 0; i < 2; i++) await r.gesture("record.barLength", 1); // 4 bars
      await r.gesture("record.normal");
      await r.bars(at);
      await restart();
      await r.bars(5);
    });
  });
}

test("an external synth's recording with its tail, Node restarting mid-take, ends as without the restart", async () => {
  await withAndWithoutRestart({ selectedTrack: SYNTH_AUDIO }, async (r, restart) => {
    await r.gesture("record.normal");
    await r.bars(1.5);
    await restart();
    await r.bars(4);
  });
});

test("an unlimited recording, Node restarting mid-take: the record knob still ends it, as without the restart", async () => {
  await withAndWithoutRestart({ selectedTrack: SYNTH_AUDIO }, async (r, restart) => {
    await r.gesture("record.unlimited");
    await r.bars(2.5);
    await restart();
    await r.bars(1);
    await r.gesture("record.unlimited");
    await r.bars(1);
    const [midi, audio] = [SYNTH_MIDI, SYNTH_AUDIO].map((i) => r.set.song.tracks[i]!);
    assert.equal([clipAt(midi, 0)?.length, clipAt(audio, 0)?.length], [12, 12], "three whole bars each");
  });
});

test("the cancel knob cancels a recording resumed after a restart", async () => {
  await withAndWithoutRestart({}, async (r, restart) => {
    await r.gesture("record.unlimited");
    await r.bars(1.5);
    await restart();
    await r.gesture("record.cancel");
  });
});

test("the recording length and the looping scene survive a restart", async () => {
  const r = await recorder(recordingSet({ tracks: [{ name: "Keys", type: "midi", clips: [{ slot: 0, length: 4 }] }] }));
  for (let i = 0; i < 2; i++) await r.gesture("record.barLength", 1);
  await r.gesture("scene.loop");
  await r.bars(1.2);
  await r.rig.restartNode();
  const scene = r.app.song.scenes()[0]!;
  assert.ok(scene.looping, "the scene loops again in the new bundle");
  // The new bundle fires the one-bar scene again before each of its ends, as the old one did.
  let fired = 0;
  r.rig.wire.tap((m) => {
    if (m.to === "shim" && m.atoms[0] === MSG_BATCH) for (let i = 0; i + 2 < m.atoms.length; i++) if (m.atoms[i] === "call" && m.atoms[i + 1] === scene.id && m.atoms[i + 2] === "fire") fired++;
  });
  await r.bars(4);
  assert.ok(fired >= 3, `fired ${fired} times in 4 bars`);
  assert.equal(r.rig.posts("error"), []);
  await r.gesture("record.barLength", 1);
  assert.ok(r.infos().some((line) => line === "Recording length 8 bars"), "4 bars kept, one more detent: 8");
});

test.run();
