// What every run is handed besides its needs: the song (the model, the only code that speaks LOM),
// what the script runs on, the log and the status line.
import type { Logger } from "../log/Logger";
import type { SongFacade } from "../model/SongFacade";
import type { SequenceContext } from "../sequence/SequenceContext";
import type { SavedState } from "./saved/SavedState";
import type { SetState } from "./saved/SetState";

/** The device's status line. */
export interface StatusLine {
  show(level: "info" | "warn" | "error", text: string): void;
}

/** The status line as actions see it: also what it shows now, and a late refinement that never hides newer news. */
export interface ShownStatusLine extends StatusLine {
  shown(): string | undefined;
  /** Shows `text` in place of `over` only while the line still shows `over` (Live's text for a value). */
  refine(over: string, text: string): void;
}

/** What a gesture's start and end do to Live's undo history (src/model/LiveUndoSteps.ts). */
export interface UndoSteps {
  /** `turn`: a knob's detents, whose parameter writes wait for its end (ParameterTurns); else a press. */
  begin(name: string, turn: boolean): void;
  end(): void;
}

/** The script's own machinery an action may use. */
export interface ActionRuntime {
  /** Tick and beat schedulers, the event bus and the running sequences. */
  readonly sequences: SequenceContext;
  /** What is under way, kept where a Node restart finds it: each feature declares its value there. */
  readonly saved: SavedState;
  /** What the musician made that Live saves with the set (the snapshot slots): each feature declares its value there. */
  readonly withSet: SetState;
  /** Cancels every sequence and reads the whole set again. */
  reinitialise(): Promise<void>;
  /** Clears the Max console the log is posted to. */
  clearLogs(): void;
  /** The active mapping's prefix of the scenes song mode skips (its `skipScenePrefix`), if it sets one. */
  skipScenePrefix(): string | undefined;
  /** The platform probe's line (Live's version, undo steps, atom lengths, LiveAPI times), once it has finished. */
  platformLine(): Promise<string>;
  /** The pre-show check of the set and the active mapping: one line an item, none when all is well. */
  preShowCheck(): string[];
  /** The channel the Protocol0 Input on a track reports (0 All Channels), when it reported one. */
  inputChannel(trackId: number): number | undefined;
  /** Writes an exported set description beside the log file; the path written. */
  writeSetFile(text: string): string;
}

export interface ActionServices {
  readonly song: SongFacade;
  readonly runtime: ActionRuntime;
  readonly log: Logger;
  readonly status: ShownStatusLine;
}
