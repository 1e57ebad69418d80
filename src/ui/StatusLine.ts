// What the device's status line says: its levels, and the texts about the mapping document that the
// device UI and the stored copy it follows (StoredMapping.ts) both show.
import type { MappingDocument } from "../control/Mapping";
import type { MappingError } from "../control/MappingValidator";

export type Level = "info" | "warn" | "error";

/** Shows a text on the status line and logs it (the device UI's `status`). */
export type ShowStatus = (level: Level, text: string, logAs?: "debug") => void;

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

/** The status text for a refused document: the first error and how many there are. */
export function describeErrors(errors: readonly MappingError[]): string {
  const first = errors[0];
  if (first === undefined) return "invalid mapping";
  const more = errors.length > 1 ? ` (${errors.length} errors)` : " (1 error)";
  return `${first.path || "/"}: ${first.message}${more}`;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
