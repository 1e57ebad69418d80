// What action implementations reach: the model for reads, the mirror for writes Live must
// answer, sequences for anything that waits, the log, and the app for set-wide operations.
import type { Logger } from "../log/Logger";
import type { Mirror } from "../lom/Mirror";
import type { LiveObjects } from "../model/LiveObjects";
import type { SongFacade } from "../model/SongFacade";
import type { TrackMapper } from "../model/TrackMapper";
import type { SequenceContext } from "../sequence/SequenceContext";
import type { StatusLine } from "./ActionContract";
import type { InFlight } from "./InFlight";

export interface ActionDeps {
  readonly song: SongFacade;
  readonly mirror: Mirror;
  readonly objects: LiveObjects;
  readonly mapper: TrackMapper;
  readonly seq: SequenceContext;
  readonly log: Logger;
  /** What is under way, kept where a Node restart finds it (InFlight.ts). */
  readonly inFlight: InFlight;
  /** The device's status line, for what the musician should see at once (a chosen length, a mode). */
  readonly status: StatusLine;
  /** Cancels every sequence and reads the whole set again. */
  reinitialise(): Promise<void>;
  /** Clears the Max console the log is posted to. */
  clearLogs(): void;
  /** The platform probe's line (src/platform/PlatformProbe.ts), once it has finished. */
  readonly platform: { line(): Promise<string> };
}
