// What the device's status line says: its levels, and the texts about the mapping document that the
// device UI and the stored copy it follows (StoredMapping.ts) both show.
import type { MappingDocument } from "../control/Mapping";
import type { UnknownAction, ValidationResult } from "../control/MappingValidator";

export type Level = "info" | "warn" | "error";

/** Shows a text on the status line and logs it (the device UI's `status`). */
export type ShowStatus = (level: Level, text: string, logAs?: "debug") => void;

/** What the device UI tells of the documents that arrive (StoredMapping.ts reports through it too). */
export interface MappingFeedback {
  status: ShowStatus;
  /** A refused document: its first error on the status line after `prefix`, the first ten in the help area. */
  refused(prefix: string, doc: unknown, result: Extract<ValidationResult, { ok: false }>): void;
  /** A document became active: its unknown actions, if any, are told once. */
  arrived(doc: MappingDocument, unknown: readonly UnknownAction[]): void;
}

/** The status line's start when the stored copy is refused: the active mapping stays. */
export const REFUSED = "stored mapping not applied, the mapping in use stays";

/**
 * The status line once a mapping is active: at start and after a restore. A `ready` refresh leaves the
 * status line alone, so a refused restore stays readable.
 */
export function loadedStatus(event: "ready" | "restored", doc: MappingDocument): string {
  const count = doc.groups.length;
  return `${event}: ${count} ${count === 1 ? "group" : "groups"} loaded`;
}
