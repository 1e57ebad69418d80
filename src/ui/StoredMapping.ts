// The copy of the mapping stored with the set ([pattr p0_mapping], in pieces: StoredChunks.ts) as the
// device UI follows it: what Live puts there becomes the active mapping when valid and new, and is never
// stored back.
import type { MappingDocument } from "../control/Mapping";
import type { MappingStore } from "../control/MappingStore";
import { parseMappingText } from "../control/MappingText";
import { storedText } from "../control/StoredChunks";
import type { Atom } from "../wire/protocol";
import { loadedStatus, type MappingFeedback, REFUSED } from "./StatusLine";

export class StoredMapping {
  /** The mapping in use before anything was stored (the default): what an empty stored copy stands for. */
  private readonly fallback: MappingDocument | undefined;
  /**
   * The stored copy was refused (unreadable, invalid, newer): it stays in Live untouched, so an edit of
   * the mapping in use (the default) must not store over it; an import replaces it, as the musician chose.
   */
  private refusedCopy = false;

  /** Whether the copy stored with the set was refused and is kept there as it is. */
  get keepsRefusedCopy(): boolean {
    return this.refusedCopy;
  }

  /** The musician replaced the mapping on purpose (an import): the refused copy may go. */
  replaced(): void {
    this.refusedCopy = false;
  }

  constructor(
    private readonly store: MappingStore,
    private readonly feedback: MappingFeedback,
  ) {
    const initial = store.active;
    this.fallback = initial === undefined ? undefined : clone(initial);
  }

  /**
   * Makes the stored copy the active mapping when it is valid and differs from the active one (nothing
   * stored stands for the default). The active mapping is never stored back (no store loop), and an
   * invalid copy never replaces it: the status line says so. True when the active mapping changed.
   */
  apply(atoms: readonly Atom[]): boolean {
    const { store, feedback } = this;
    const stored = storedText(atoms);
    if (!stored.ok) {
      this.refusedCopy = true;
      feedback.status("error", `${REFUSED}: ${stored.message}`);
      return false;
    }
    let doc: unknown = this.fallback;
    if (!isNothing(stored.text)) {
      const parsed = parseMappingText(stored.text);
      if (!parsed.ok) {
        this.refusedCopy = true;
        feedback.status("error", `${REFUSED}: ${parsed.message}`);
        return false;
      }
      doc = parsed.document;
    }
    if (doc === undefined) return false;
    const checked = store.check(doc);
    if (!checked.ok) {
      this.refusedCopy = doc !== this.fallback;
      feedback.refused(REFUSED, doc, checked);
      return false;
    }
    this.refusedCopy = false;
    const active = store.active;
    if (active !== undefined && canonical(checked.mapping) === canonical(active)) return false;
    const result = store.load(doc);
    if (!result.ok) return false;
    feedback.status("info", loadedStatus("restored", result.mapping), "debug");
    feedback.arrived(result.mapping, result.unknown);
    return true;
  }
}

/** Whether an output of the [pattr] says nothing is stored (the default mapping stands). */
export function storesNothing(atoms: readonly Atom[]): boolean {
  const stored = storedText(atoms);
  return stored.ok && isNothing(stored.text);
}

/**
 * Nothing stored: an empty message. What an empty [pattr] outputs in Max is not documented; a lone 0 (a
 * number box's empty value) is taken as nothing stored too, never as a refused document.
 */
function isNothing(text: string): boolean {
  return text.trim() === "" || text.trim() === "0";
}

/** JSON with every object's keys sorted: equal for documents that differ only in key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function clone(doc: MappingDocument): MappingDocument {
  return JSON.parse(JSON.stringify(doc)) as MappingDocument;
}
