// When a write counts as refused, and a reply as malformed (issue 18, point 9): Live's 32-bit floats are
// what it took, a refusal is reported once and not for the next write, and a reply that answers more
// ops than its batch had is refused whole. Through the rig: knobs as MIDI, Live's answers on the wire.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { MSG_BATCH, MSG_REPLY } from "../../src/wire/protocol";
import type { SetDescription } from "../../src/sim/live/LiveSet";
import { actionRig, type ActionRig } from "../support/ec4";
import { prop, trackNamed } from "../support/liveState";

const SYNTH: SetDescription = {
  tracks: [{ name: "Synth", type: "midi", devices: [{ name: "Wavetable", type: "instrument", parameters: [{ name: "Cutoff", value: 0.5, min: 0, max: 1 }] }] }],
};

/** What the bundle said Live refused, on the status line and in the log. */
const refusals = (r: ActionRig): string[] => [
  ...r.statuses().filter((line) => line.includes("refused")),
  ...r.rig.posts("warn", "node").filter((line) => line.includes("refused")),
];

test("a value Live keeps as a 32-bit float (0.51 read back as 0.50999999) is what it took, not a refusal", async () => {
  const r = await actionRig(SYNTH);
  const wavetable = trackNamed(r.set, "Synth").devices[0]!;
  const cutoff = wavetable.parameters.find((p) => p.values.name === "Cutoff")!;
  r.set.callFunction("live_set view", "select_device", "id", wavetable.id);
  await r.play("nav.parameter", 2);
  await r.play("nav.parameterValue", 1);
  await r.rig.settle();
  assert.is(prop(r.set, cutoff.id, "value"), Math.fround(0.51), "Live holds the 32-bit float");
  assert.equal(refusals(r), []);
});

test("a write after a refused one is not reported as a refusal", async () => {
  const r = await actionRig("flat");
  const song = r.app.mirror.songId;
  const warnings = (): string[] => refusals(r).filter((line) => line.startsWith("warn"));
  void r.app.mirror.set(song, "Song", "tempo", 1500); // Live's tempo is 20..999: Live keeps its own
  await r.rig.settle();
  assert.is(warnings().length, 1, "the refused write is reported");
  void r.app.mirror.set(song, "Song", "tempo", 140);
  await r.rig.settle();
  assert.is(prop(r.set, "live_set", "tempo"), 140);
  await r.play("transport.tempo", 1);
  assert.is(prop(r.set, "live_set", "tempo"), 141);
  assert.equal(warnings(), ["warn Live refused tempo (Live kept 120)"], "the writes Live took are not reported");
  assert.is(r.app.mirror.songProp("tempo"), 141);
});

test("a write sent while Live's answer to a refused one is read again: the refusal names Live's value, not the new write's", async () => {
  const r = await actionRig("flat");
  const song = r.app.mirror.songId;
  let reread: unknown = null;
  r.rig.wire.tap((message) => {
    const atoms = message.atoms;
    if (reread === null && message.to === "shim" && atoms[0] === MSG_BATCH && atoms.some((a, i) => a === "get" && atoms[i + 2] === "tempo")) reread = atoms[1];
    // The musician turns on just as the re-read's answer comes back.
    if (reread !== null && message.to === "node" && atoms[0] === MSG_REPLY && atoms[1] === reread) {
      reread = -1;
      void r.app.mirror.set(song, "Song", "tempo", 140);
    }
  });
  void r.app.mirror.set(song, "Song", "tempo", 1500);
  await r.rig.settle();
  assert.is(reread, -1, "the refused write was read again");
  assert.is(prop(r.set, "live_set", "tempo"), 140);
  assert.is(r.app.mirror.songProp("tempo"), 140);
  assert.equal(refusals(r), ["warn Live refused tempo (Live kept 120)", "node: Live refused tempo of 1: Live kept 120"]);
});

test("a reply with more results than its batch had ops is refused: its ops fail, nothing is taken from it", async () => {
  const r = await actionRig("flat");
  let batch: unknown = null;
  r.rig.wire.tap((message) => {
    const atoms = message.atoms;
    if (message.to === "shim" && atoms[0] === MSG_BATCH && atoms.includes("metronome")) batch = atoms[1];
    // The shim's answer, every result twice.
    if (batch !== null && message.to === "node" && atoms[0] === MSG_REPLY && atoms[1] === batch && atoms[2] === 1) {
      atoms.push(...atoms.slice(3));
      batch = null;
    }
  });
  await r.play("transport.metronome");
  assert.ok(r.rig.posts("error", "node").some((line) => line.includes("more results than ops")), r.rig.posts("error").join("\n"));
  assert.ok(r.statuses().some((line) => line.includes("refused metronome")), r.statuses().join("\n"));
  assert.is(prop(r.set, "live_set", "metronome"), 1, "Live took the write; the bundle reads it again");
  await r.rig.settle();
  assert.is(r.app.mirror.songProp("metronome"), true, "the mirror follows Live, not the reply");
});

test.run();
