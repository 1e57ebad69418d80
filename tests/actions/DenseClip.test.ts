// A clip of 10,000 notes, each note action played as EC4 bytes through the input devices: the notes are
// read and written in pages (src/wire/NotePages.ts), so no atom on a cord and no page handed to Live goes
// over 30,000 characters, and no shim block over BLOCK_BUDGET (its modelled time at the central rates).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BLOCK_BUDGET, MAX_ATOM_CHARS } from "../../src/wire/liveApiCosts";
import { DENSE_CLIP_NOTES, denseClipFigure, denseClipSet, denseNotes } from "../../src/sim/measure/measureDenseClip";
import { decodeBatch, MSG_BATCH } from "../../src/wire/protocol";
import { actionRig, type ActionRig } from "../support/ec4";
import { clipAt } from "../support/liveState";

const clip = (r: ActionRig) => clipAt(r.set, "Dense", 0)!;

/**
 * The note writes the bundle sends from now on, by function: each is one LiveAPI call, and in Live one
 * undo entry (no undo grouping reaches Max for Live: DESIGN.md "What Max and Live charge").
 */
function noteWrites(r: ActionRig): Record<string, number> {
  const counts: Record<string, number> = {};
  r.rig.wire.tap((message) => {
    if (message.to !== "shim" || message.atoms[0] !== MSG_BATCH) return;
    for (const op of decodeBatch(message.atoms.slice(1)).ops) {
      const fn = op.op === "notes_write" || op.op === "call" ? String(op.fn) : undefined;
      if (fn === "apply_note_modifications" || fn === "remove_notes_by_id") counts[fn] = (counts[fn] ?? 0) + 1;
    }
  });
  return counts;
}

function assertWithinBudgets(r: ActionRig, action: string, mark: number): void {
  const figure = denseClipFigure(r.rig, action, r.rig.ledger.blocks.slice(mark));
  assert.ok(figure.maxAtomChars <= MAX_ATOM_CHARS, `longest atom ${figure.maxAtomChars}`);
  assert.ok(figure.maxCallArgumentChars <= MAX_ATOM_CHARS, `longest page ${figure.maxCallArgumentChars}`);
  assert.ok(figure.longestBlockCalls <= BLOCK_BUDGET.calls, `calls ${figure.longestBlockCalls}`);
  assert.ok(figure.longestBlockNewObjects <= BLOCK_BUDGET.newObjects, `objects ${figure.longestBlockNewObjects}`);
  assert.ok(figure.modelledLongestBlockMs <= BLOCK_BUDGET.modelledMs, `block ${figure.modelledLongestBlockMs} ms`);
  assert.equal(r.rig.wire.cutAtoms, []);
}

test("velocities of 10,000 notes: every note scaled by 5%, in pages within an atom and a block", async () => {
  const r = await actionRig(denseClipSet());
  const mark = r.rig.ledger.mark();
  const writes = noteWrites(r);
  await r.play("clip.velocity", 1);
  assert.equal(writes, { apply_note_modifications: 11 }, "10,000 changed velocities: 11 pages");
  const byId = new Map(clip(r).notes.map((n) => [n.note_id, n.velocity]));
  assert.is(byId.size, DENSE_CLIP_NOTES);
  const before = denseNotes().map((n) => n.velocity!);
  // The notes keep the order they were made in, so their ids follow it.
  const ids = [...byId.keys()].sort((a, b) => a - b);
  ids.forEach((id, i) => {
    const was = before[i]!;
    const scaled = Math.round(was * 1.05);
    assert.is(byId.get(id), Math.min(127, scaled === was ? was + 1 : scaled), `note ${i} from ${was}`);
  });
  assert.ok(r.statuses().some((line) => line.includes("Velocities of") && line.includes("+5%")), r.statuses().join("\n"));
  assertWithinBudgets(r, "clip.velocity", mark);
});

test("monophonic on 10,000 notes: of each 40-note chord the highest stays, ending at the next chord (the last as it was)", async () => {
  const r = await actionRig(denseClipSet());
  const mark = r.rig.ledger.mark();
  const writes = noteWrites(r);
  await r.play("clip.mono");
  assert.equal(writes, { remove_notes_by_id: 10, apply_note_modifications: 1 }, "9,750 notes removed 1,000 a call, 249 shortened in one page");
  const notes = clip(r).notes;
  assert.is(notes.length, DENSE_CLIP_NOTES / 40);
  const last = Math.max(...notes.map((n) => n.start_time));
  for (const note of notes) {
    assert.is(note.pitch, 79);
    assert.is(note.duration, note.start_time === last ? 0.5 : 0.25, `at ${note.start_time}`);
  }
  assert.equal(new Set(notes.map((n) => n.start_time)).size, notes.length);
  assertWithinBudgets(r, "clip.mono", mark);
});

test("transpose of 10,000 notes, a turn of five detents: the first at once and the other four once the knob rests, each in pages", async () => {
  const r = await actionRig(denseClipSet());
  const mark = r.rig.ledger.mark();
  const writes = noteWrites(r);
  await r.play("clip.transpose", 5);
  await r.rig.advance(2_000);
  // A page holds about 1,030 notes of note_id and pitch: 10 pages a write, and each page is an undo entry in Live.
  assert.equal(writes, { apply_note_modifications: 20 });
  const pitches = clip(r).notes.map((n) => n.pitch);
  assert.equal(pitches, denseNotes().map((n) => n.pitch + 5));
  assert.ok(r.statuses().some((line) => line.includes("the clip transposed +5 semitones")), r.statuses().join("\n"));
  assertWithinBudgets(r, "clip.transpose", mark);
});

test.run();
