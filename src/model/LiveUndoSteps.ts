// Live's undo steps for the action runner: Song.begin_undo_step / end_undo_step through the bridge. They
// are in Live 12's Python API (shared/reference/live12-python-api-inventory.json) but not on Cycling '74's
// LOM pages, so a Live may lack them: once the platform probe (its `info` of the song) or a refused call
// says so, both become no-ops and the log says once that actions run without grouping (each change they
// make is then its own undo step, as Live records LOM edits).
import type { Logger } from "../log/Logger";
import type { FunctionName } from "../lom/LomNames";

export const BEGIN_UNDO_STEP = "begin_undo_step" satisfies FunctionName<"Song">;
export const END_UNDO_STEP = "end_undo_step" satisfies FunctionName<"Song">;

export const NO_UNDO_STEPS_WARNING =
  "Live's Song has no begin_undo_step / end_undo_step: actions run without undo grouping (each change is its own undo step)";

/** The action runner's UndoSteps (src/actions/ActionServices.ts), on Live's Song. */
export class LiveUndoSteps {
  /** null until the probe or a call tells. */
  private present: boolean | null = null;

  /** `call`: calls a function of the song and answers Live's reply (rejects when Live refuses). */
  constructor(
    private readonly call: (fn: string) => Promise<unknown>,
    private readonly log: Logger,
  ) {}

  /** Whether Live offers them: null while unknown. */
  get available(): boolean | null {
    return this.present;
  }

  begin(): void {
    this.send(BEGIN_UNDO_STEP);
  }

  end(): void {
    this.send(END_UNDO_STEP);
  }

  /** What the platform probe found. */
  found(available: boolean): void {
    if (available) this.present ??= true;
    else this.missing();
  }

  private send(fn: string): void {
    if (this.present === false) return;
    this.call(fn).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      // The shim checks names against the song's `info` and answers "Song has no function …".
      if (message.includes(`no function ${fn}`)) this.missing();
      else this.log.warn(`Live refused ${fn}: ${message}`);
    });
  }

  private missing(): void {
    if (this.present === false) return;
    this.present = false;
    this.log.warn(NO_UNDO_STEPS_WARNING);
  }
}
