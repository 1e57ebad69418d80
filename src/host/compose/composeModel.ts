// The model's composition step: the wire to Live, the mirror of the set and the objects built on it.
// Everything above the model reaches Live only through what this step returns.
import type { Host } from "../Host";
import type { Reports } from "./composeReports";
import { createSequenceContext, type SequenceContext } from "../../sequence/SequenceContext";
import { LomClient } from "../../lom/LomClient";
import { Mirror } from "../../lom/Mirror";
import { MirrorSongClock } from "../../lom/MirrorSongClock";
import { MirrorHealer } from "../../lom/MirrorHealer";
import { LiveObjects } from "../../model/LiveObjects";
import { TrackMapper } from "../../model/TrackMapper";
import { SongFacade } from "../../model/SongFacade";
import { Focus } from "../../model/Focus";
import { LiveUndoSteps } from "../../model/LiveUndoSteps";
import { ParameterTurns } from "../../model/ParameterTurns";
import { msToTicks } from "../../time/TickScheduler";
import { TURN_END_MS } from "../../actions/TurnEnd";
import { PlatformProbe } from "../PlatformProbe";

export interface Model {
  readonly client: LomClient;
  readonly mirror: Mirror;
  /** Tick and beat schedulers, the event bus and the running sequences. */
  readonly seq: SequenceContext;
  /** What gestures do to Live's undo history: a turn's parameters through live.remote~, undo steps where Live has them. */
  readonly undoSteps: LiveUndoSteps;
  readonly objects: LiveObjects;
  readonly mapper: TrackMapper;
  readonly song: SongFacade;
  /** What the selection shows, kept loaded and observed. */
  readonly focus: Focus;
  /** Re-reads the mirror a slice a second while idle and repairs what differs from Live. */
  readonly healer: MirrorHealer;
  /** Live's version, its undo steps, atom lengths and LiveAPI times, probed once after the first sync. */
  readonly platform: PlatformProbe;
}

export function composeModel(host: Host, { log, status }: Reports): Model {
  const client = new LomClient((selector, ...atoms) => host.send(selector, ...atoms), log);
  // A failure of the model's own writes (no action took its answer) is told on the status line.
  const mirror = new Mirror(client, log, status);
  const seq = createSequenceContext(new MirrorSongClock(mirror), log);
  const turns = new ParameterTurns(mirror, seq.ticks, msToTicks(TURN_END_MS));
  const undoSteps = new LiveUndoSteps((fn) => client.call(mirror.songId, fn), log, turns);
  const objects = new LiveObjects(mirror, turns);
  const mapper = new TrackMapper(mirror, objects, seq.bus, log);
  const song = new SongFacade(mirror, mapper, objects);
  const focus = new Focus(mirror, song);
  focus.start();
  // Idle means no sequence running and no batch awaiting its reply, besides a settled mirror.
  // Busy while batches are on their way, not while sequences wait (a scene can loop for an hour):
  // a re-read never touches a pending write, so healing beside an action is safe.
  const healer = new MirrorHealer(mirror, () => client.batchesInFlight > 0, log);
  healer.start();
  const platform = new PlatformProbe({
    client,
    songId: () => mirror.songId,
    log,
    undoSteps: (available) => undoSteps.steps.found(available),
  });
  return { client, mirror, seq, undoSteps, objects, mapper, song, focus, healer, platform };
}
