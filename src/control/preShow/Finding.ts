// What the pre-show check reads (PreShowContext) and says (Finding): one item in the musician's words, with
// the knob when one is concerned and the fix; and how it names a knob's gesture.
import type { ActionRegistry } from "../../actions/ActionRegistry";
import type { SongFacade } from "../../model/SongFacade";
import type { MappingDocument } from "../Mapping";
/** A track holding Protocol0 Input, with the channel its device reports (0: All Channels). */
export interface InputReport {
  name: string;
  channel: number;
}

export interface PreShowContext {
  mapping: MappingDocument;
  song: SongFacade;
  registry: ActionRegistry;
  inputs: readonly InputReport[];
}

export interface Finding {
  /** "Main knob 9 (REC)", with the gesture when one is concerned; absent for what concerns the set or the mapping as a whole. */
  knob?: string;
  problem: string;
  fix: string;
}

export type PreShowRule = (context: PreShowContext) => Finding[];

/** One line: "Main knob 9 (REC), press: … Fix: …". */
export function findingText(finding: Finding): string {
  return `${finding.knob === undefined ? "" : `${finding.knob}: `}${finding.problem}. Fix: ${finding.fix}.`;
}

/** How the check names a knob: "Main knob 9 (REC)". */
export function knobName(group: string, position: number, label: string): string {
  return `${group} knob ${position}${label === "" || label === "-" ? "" : ` (${label})`}`;
}
