// A dense clip's note actions (DESIGN.md "Budgets": a dense clip of 10,000 notes, any note action: no
// atom over 30,000 characters, no block over budget). The notes travel a page at a time (src/wire/NotePages.ts).
import { QUIET_MS } from "../../control/GestureUndo";
import type { LedgerBlock } from "../max/LiveApiLedger";
import { Rig } from "../max/Rig";
import type { NoteInit } from "../live/Clip";
import { LiveSet, type SetDescription } from "../live/LiveSet";
import { ec4Of } from "./benchRig";
import { longestBlockFields, type LongestBlockFields } from "./ledgerFields";

export const DENSE_CLIP_NOTES = 10_000;
/**
 * The note actions of the catalogue (ClipActions.ts, ClipNoteActions.ts): a velocity turn of one detent, the
 * monophonic press, and turns of five detents of the transpose and spread knobs (written twice: CoalescedTurn.ts).
 */
export const NOTE_ACTIONS = [
  { action: "clip.velocity", steps: 1 },
  { action: "clip.mono", steps: undefined },
  { action: "clip.transpose", steps: 5 },
  { action: "clip.velocitySpread", steps: 5 },
] as const;

/** Chords of 40 notes (pitches 40..79) every 16th, velocities spread over 1..127: 250 chords, 62.5 beats. */
export function denseNotes(count = DENSE_CLIP_NOTES): NoteInit[] {
  const notes: NoteInit[] = [];
  for (let i = 0; i < count; i++) {
    notes.push({ pitch: 40 + (i % 40), start_time: Math.floor(i / 40) * 0.25, duration: 0.5, velocity: 1 + ((i * 37) % 127) });
  }
  return notes;
}

/** One MIDI track whose clip in the first scene holds the dense clip: the selected clip. */
export function denseClipSet(): SetDescription {
  return { scenes: 2, tracks: [{ name: "Dense", type: "midi", clips: [{ slot: 0, length: 64, notes: denseNotes() }] }] };
}

export interface DenseClipFigure extends LongestBlockFields {
  notes: number;
  action: string;
  /** The longest string atom on any cord over the whole run (the sync's included). */
  maxAtomChars: number;
  /** The longest string the device handed Live in a call (a page of notes). */
  maxCallArgumentChars: number;
}

/** The figure of an action played on a rig: `blocks` are the ledger's blocks since the action began. */
export function denseClipFigure(rig: Rig, action: string, blocks: readonly LedgerBlock[]): DenseClipFigure {
  const { modelledLongestBlockMs, ...longest } = longestBlockFields(blocks);
  return {
    notes: DENSE_CLIP_NOTES,
    action,
    maxAtomChars: rig.wire.maxAtomChars,
    modelledLongestBlockMs,
    ...longest,
    maxCallArgumentChars: rig.set.stats.longestCallArgument,
  };
}

/** The dense clip's set synced, then one note action played as the input device hands it to node.script, until the turn rests. */
export async function measureDenseClip(action: string, steps?: number): Promise<DenseClipFigure> {
  const rig = new Rig({ set: LiveSet.fromDescription(denseClipSet()) });
  await rig.start();
  await rig.advance(200);
  const mark = rig.ledger.mark();
  await ec4Of(rig).play(action, steps);
  // The turn's second write begins once the knob rests, and reads the notes again first.
  await rig.advance(QUIET_MS + 2_000);
  return denseClipFigure(rig, action, rig.ledger.blocks.slice(mark));
}
