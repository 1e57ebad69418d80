// The shim's note ops (protocol.ts `notes`, `notes_write`): a dense clip read in pages of at most an
// atom, split until each fits; a page of modifications; what the shim refuses.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { LiveSet } from "../../src/sim/live/LiveSet";
import { denseNotes } from "../../src/sim/measure/measureDenseClip";
import { MAX_ATOM_CHARS } from "../../src/wire/liveApiCosts";
import { ShimHarness } from "./ShimHarness";

function harness(notes = 2000): { shim: ShimHarness; clip: number } {
  const set = LiveSet.fromDescription({ scenes: 1, tracks: [{ name: "Dense", type: "midi", clips: [{ slot: 0, length: 64, notes: denseNotes(notes) }] }, { name: "Loop", type: "audio", clips: [{ slot: 0, length: 4 }] }] });
  const shim = new ShimHarness(set).ready();
  return { shim, clip: set.song.tracks[0]!.clipSlots[0]!.clip!.id };
}

test("notes: every note once, the fields asked for, each of Live's answers used only within an atom", () => {
  const { shim, clip } = harness();
  const flat = shim.value({ op: "notes", target: clip, end: 64, fields: ["note_id", "pitch", "velocity"] }) as number[];
  assert.is(flat.length, 2000 * 3);
  const ids = new Set(flat.filter((_v, i) => i % 3 === 0));
  assert.is(ids.size, 2000);
  const sorted = [...shim.set.song.tracks[0]!.clipSlots[0]!.clip!.notes].sort((a, b) => a.note_id - b.note_id);
  const byId = new Map(sorted.map((n) => [n.note_id, [n.pitch, n.velocity]]));
  for (let i = 0; i < flat.length; i += 3) assert.equal([flat[i + 1], flat[i + 2]], byId.get(flat[i]!));
  for (const m of shim.toNode) for (const a of m) assert.ok(typeof a !== "string" || a.length <= MAX_ATOM_CHARS);
});

test("notes_write: a page changes only the notes it lists; a page over an atom, an audio clip, a field Live lacks: refused", () => {
  const { shim, clip } = harness(4);
  const notes = () => shim.set.song.tracks[0]!.clipSlots[0]!.clip!.notes;
  const [first, second] = notes();
  assert.equal(shim.batch({ op: "notes_write", target: clip, fn: "apply_note_modifications", fields: ["note_id", "velocity"], values: [first!.note_id, 9] }).r, [{ v: null }]);
  assert.equal([notes()[0]!.velocity, notes()[1]!.velocity], [9, second!.velocity]);
  const many = Array.from({ length: 3000 }, (_v, i) => [first!.note_id, i]).flat();
  const audio = shim.set.song.tracks[1]!.clipSlots[0]!.clip!.id;
  const refused = shim.batch(
    { op: "notes_write", target: clip, fn: "apply_note_modifications", fields: ["note_id", "velocity"], values: many },
    { op: "notes", target: audio, end: 4, fields: ["note_id"] },
    { op: "notes", target: clip, end: 4, fields: ["note_id", "colour"] },
  ).r;
  assert.equal(refused[0], { e: "a page of notes longer than an atom" });
  assert.match((refused[1] as { e: string }).e, /no function get_notes_extended/);
  assert.equal(refused[2], { e: "not a note property: colour" });
});

test.run();
