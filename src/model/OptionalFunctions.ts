// Functions of Live's Python API that Live's Max for Live bridge does not expose (in 11.2 and 12.0:
// src/lom/lomData.json), typed because a Live whose bridge adds them would get them used: unknown until the
// platform probe (an object's `info`) or a refused call says; once missing, they are no longer called and
// the log file says so once, at debug like the platform line (`log.platform` shows it): missing is what
// every known Live answers, so a normal load stays quiet on the Max console.
import type { Logger } from "../log/Logger";
import { messageOf } from "../log/ErrorText";

export class OptionalFunctions {
  /** null until the probe or a call tells. */
  private present: boolean | null = null;

  constructor(
    private readonly log: Logger,
    /** Logged once, at debug, when they turn out missing. */
    private readonly missingNote: string,
  ) {}

  /** Whether Live offers them: null while unknown. */
  get available(): boolean | null {
    return this.present;
  }

  /** What the platform probe found. */
  found(available: boolean): void {
    if (available) this.present ??= true;
    else this.missing();
  }

  /** Calls one of them through `call` unless they are known missing; a refusal naming it marks them missing. */
  send(fn: string, call: () => Promise<unknown>): void {
    if (this.present === false) return;
    call().catch((error: unknown) => {
      const message = messageOf(error);
      // The shim checks names against the object's `info` and answers "<Class> has no function …".
      if (message.includes(`no function ${fn}`)) this.missing();
      else this.log.warn(`Live refused ${fn}: ${message}`);
    });
  }

  private missing(): void {
    if (this.present === false) return;
    this.present = false;
    this.log.debug(this.missingNote);
  }
}
