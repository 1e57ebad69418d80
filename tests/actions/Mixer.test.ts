// The mixer knobs end to end, EC4 bytes to simulated Live: pan and sends of the current track (a turn one
// undo entry, a press one), monitoring of plain tracks, and unarm, unsolo, unmute all.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { actionRig } from "../support/ec4";
import { fixture } from "../sim/simSets";
import { assertRefused, prop, trackNamed } from "../support/liveState";

const MONITOR_IN = 0;
const MONITOR_AUTO = 1;
const MONITOR_OFF = 2;
const CROSSFADE_A = 0;
const CROSSFADE_NONE = 1;
const CROSSFADE_B = 2;

const demoWithTwoReturns = () => {
  const demo = fixture("demo");
  return { ...demo, returns: [...(demo.returns ?? []), { name: "B-Delay", type: "audio" as const }] };
};

const lastStatus = (r: { statuses(): string[] }): string => r.statuses()[r.statuses().length - 1] ?? "";

test("pan: a turn moves the current track's pan, one undo entry; a press centres it, one entry", async () => {
  const r = await actionRig("flat");
  const bass = trackNamed(r.set, "Bass");
  r.set.selectTrack(bass.id);
  assert.is(await r.play("mixer.pan", 5), 1, "a turn is one undo entry");
  assert.ok(bass.mixer.panning.value > 0, String(bass.mixer.panning.value));
  assert.ok(lastStatus(r).startsWith("info Pan Bass"), lastStatus(r));
  assert.is(await r.play("mixer.pan"), 1, "a press is one undo entry");
  assert.is(bass.mixer.panning.value, prop(r.set, bass.mixer.panning.id, "default_value"));
  assert.ok(r.statuses().includes("info Pan Bass reset"), r.statuses().join("\n"));
  await assertRefused(r, "mixer.pan", "Pan Bass is at its default already");
});

test("send: turns the chosen send; a long press chooses the next (A, B, then A again); a press resets it", async () => {
  const r = await actionRig(demoWithTwoReturns());
  const drums = trackNamed(r.set, "Drums");
  r.set.selectTrack(drums.id);
  const [sendA, sendB] = drums.mixer.sends;
  assert.is(await r.play("mixer.send", 3), 1);
  assert.ok(sendA!.value > 0, "send A turned");
  assert.is(sendB!.value, 0, "send B untouched");
  assert.is(await r.play("mixer.chooseSend"), 0, "choosing a send changes nothing in Live");
  assert.ok(r.statuses().includes("info Send B: B-Delay"), r.statuses().join("\n"));
  assert.is(await r.play("mixer.send", 4), 1);
  assert.ok(sendB!.value > 0, "send B turned");
  assert.is(await r.play("mixer.send"), 1, "a reset is one entry");
  assert.is(sendB!.value, prop(r.set, sendB!.id, "default_value"));
  assert.ok(r.statuses().includes("info Send B Drums reset"), r.statuses().join("\n"));
  await r.play("mixer.chooseSend");
  assert.ok(r.statuses().includes("info Send A: A-Reverb"), "back to A");
});

test("send guard: a set without return tracks has no send: warning, nothing changed", async () => {
  const r = await actionRig("flat");
  r.set.selectTrack(trackNamed(r.set, "Bass").id);
  await assertRefused(r, "mixer.send", "Bass has no Send A", 3);
  await assertRefused(r, "mixer.send", "Bass has no Send A");
  await assertRefused(r, "mixer.chooseSend", "the set has no return track");
});

test("monitoring scrolls a plain track through In, Auto, Off, one entry a change, and stops at the ends", async () => {
  const r = await actionRig("flat");
  const bass = trackNamed(r.set, "Bass");
  r.set.selectTrack(bass.id);
  assert.is(prop(r.set, bass.id, "current_monitoring_state"), MONITOR_AUTO);
  assert.is(await r.play("mixer.monitoring", 1), 1);
  assert.is(prop(r.set, bass.id, "current_monitoring_state"), MONITOR_OFF);
  assert.ok(r.statuses().includes("info Monitoring Bass Off"), r.statuses().join("\n"));
  assert.is(await r.play("mixer.monitoring", 1), 0, "Off is the end");
  assert.is(await r.play("mixer.monitoring", -1), 1);
  assert.is(await r.play("mixer.monitoring", -1), 1);
  assert.is(prop(r.set, bass.id, "current_monitoring_state"), MONITOR_IN);
  assert.ok(r.statuses().includes("info Monitoring Bass In"), r.statuses().join("\n"));
});

test("monitoring guard: a group and an external synth are not plain tracks: warning, nothing changed", async () => {
  const r = await actionRig("demo");
  r.set.selectTrack(trackNamed(r.set, "Keys").id);
  await assertRefused(r, "mixer.monitoring", "Keys: monitoring In, Auto, Off is for plain tracks", 1);
  r.set.selectTrack(trackNamed(r.set, "Prophet").id);
  await assertRefused(r, "mixer.monitoring", "monitoring In, Auto, Off is for plain tracks", 1);
});

test("unarm all: every armed track but the controller's input tracks, an entry each, the count said; then a warning", async () => {
  const flat = fixture("flat");
  const r = await actionRig({ ...flat, tracks: flat.tracks!.map((t) => (t.name === "Kick" || t.name === "Guitar" ? { ...t, arm: true } : t)) });
  const inputs = r.set.song.allTracks().filter((t) => t.name.startsWith("EC4 "));
  for (const input of inputs) r.set.setProperty(input.id, "arm", 1);
  assert.is(await r.play("mixer.unarmAll"), 2);
  assert.is(prop(r.set, trackNamed(r.set, "Kick").id, "arm"), 0);
  assert.is(prop(r.set, trackNamed(r.set, "Guitar").id, "arm"), 0);
  for (const input of inputs) assert.is(prop(r.set, input.id, "arm"), 1, `${input.name} stays armed`);
  assert.ok(r.statuses().includes("info Unarm all: 2 tracks"), r.statuses().join("\n"));
  await assertRefused(r, "mixer.unarmAll", "no armed track");
});

test("unsolo all and unmute all: tracks and returns, an entry a change, the count said; then a warning", async () => {
  const demo = demoWithTwoReturns();
  const r = await actionRig({
    ...demo,
    tracks: demo.tracks!.map((t) => (t.name === "Drums" ? { ...t, solo: true, mute: true } : t.name === "Vocals" ? { ...t, mute: true } : t)),
    returns: demo.returns.map((t) => (t.name === "B-Delay" ? { ...t, solo: true } : t)),
  });
  assert.is(await r.play("mixer.unsoloAll"), 2);
  assert.ok(r.statuses().includes("info Unsolo all: 2 tracks"), r.statuses().join("\n"));
  assert.is(await r.play("mixer.unmuteAll"), 2);
  assert.ok(r.statuses().includes("info Unmute all: 2 tracks"), r.statuses().join("\n"));
  for (const track of r.set.song.allTracks()) {
    assert.is(track.values.solo ?? 0, 0, `${track.name} unsoloed`);
    assert.is(track.values.mute ?? 0, 0, `${track.name} unmuted`);
  }
  await assertRefused(r, "mixer.unsoloAll", "no soloed track");
  await assertRefused(r, "mixer.unmuteAll", "no muted track");
});

test("crossfade assign scrolls A, none, B on tracks and returns, one entry a change, a turn at most two", async () => {
  const r = await actionRig(demoWithTwoReturns());
  const drums = trackNamed(r.set, "Drums");
  r.set.selectTrack(drums.id);
  assert.is(prop(r.set, drums.mixer.id, "crossfade_assign"), CROSSFADE_NONE);
  assert.is(await r.play("mixer.crossfade", -1), 1);
  assert.is(prop(r.set, drums.mixer.id, "crossfade_assign"), CROSSFADE_A);
  assert.ok(r.statuses().includes("info Crossfade Drums A"), r.statuses().join("\n"));
  assert.is(await r.play("mixer.crossfade", -1), 0, "A is the end");
  assert.ok((await r.play("mixer.crossfade", 6)) <= 2, "a turn: at most two entries");
  assert.is(prop(r.set, drums.mixer.id, "crossfade_assign"), CROSSFADE_B);
  const reverb = trackNamed(r.set, "A-Reverb");
  r.set.selectTrack(reverb.id);
  assert.is(await r.play("mixer.crossfade", 1), 1);
  assert.is(prop(r.set, reverb.mixer.id, "crossfade_assign"), CROSSFADE_B);
});

test("crossfade guard: the master track has no crossfade assignment: warning, nothing changed", async () => {
  const r = await actionRig("flat");
  r.set.selectTrack(r.set.song.master.id);
  await assertRefused(r, "mixer.crossfade", "the master track has no crossfade assignment", 1);
});

test.run();
