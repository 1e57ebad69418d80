// The device's status line: its levels, its one writer, and the texts about the mapping document that
// the device UI and the stored copy it follows (StoredMapping.ts) both show.
import type { ShownStatusLine } from "../actions/ActionServices";
import type { MappingDocument } from "../control/Mapping";
import type { UnknownAction, ValidationResult } from "../control/MappingValidator";
import { FROM_BUNDLE } from "../wire/DeviceMessages";
import type { DevicePort } from "../wire/DevicePort";
import { fitAtom } from "../wire/liveApiCosts";

export type Level = "info" | "warn" | "error";

/**
 * The status line's one writer: every text the bundle shows there goes through it. What may hide what:
 * news (an action's result, a warning, the mapping UI's answer) always shows; the lifecycle's own lines
 * (reading the set, waiting for Live, ready again) never hide an error; Live's late text for what is shown
 * (a turned parameter's value) shows only while the line still shows what it refines.
 */
export class StatusLineWriter implements ShownStatusLine {
  private current: { level: Level; text: string } | undefined;

  constructor(private readonly port: Pick<DevicePort, "send">) {}

  /** News: shown at once, whatever the line shows. */
  show(level: Level, text: string): void {
    this.current = { level, text };
    // A track's name may be as long as an atom: the status line shows it cut, with its mark.
    this.port.send(FROM_BUNDLE.status, level, fitAtom(text));
  }

  /** The lifecycle's line: an error on the line outlives it. */
  state(level: Level, text: string): void {
    if (this.current?.level !== "error") this.show(level, text);
  }

  /** Live's own text for what the line shows: never over a newer message. */
  refine(over: string, text: string): void {
    if (this.current?.text === over) this.show("info", text);
  }

  /** The text shown last, as it was asked for (before any cut). */
  shown(): string | undefined {
    return this.current?.text;
  }
}

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
