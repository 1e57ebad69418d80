// The REC knobs: record the current track for the chosen bar length or until stopped, record an
// external synth's audio from its MIDI clip, cancel, and choose the bar length.
import type { ActionDeps } from "./ActionDeps";
import type { ActionRegistry } from "./ActionRegistry";
import { planAudioRecording, planTrackRecording } from "./recording/RecordingPlan";
import { RecordingSession } from "./recording/RecordingSession";
import { afterLoading } from "./afterLoading";
import type { AbstractTrack } from "../model/AbstractTrack";

export function installRecordingActions(registry: ActionRegistry, deps: ActionDeps): void {
  const { song } = deps;
  const session = new RecordingSession(deps);

  /**
   * A press while recording stops or cancels that recording instead of starting another. The plan
   * needs the clip slots of the tracks it records, which are loaded only for what is in focus.
   */
  const recordOr = (track: () => AbstractTrack, start: () => unknown) => () => {
    if (session.active !== null) return session.interrupt();
    const tracks = [track().baseTrack, ...track().baseTrack.subTracks];
    return afterLoading(deps, "Record: clip slots", tracks.filter((t) => t.cls === "Track").map((t) => ({ id: t.id, child: "clip_slots" })), start);
  };

  registry.implement(
    "record.normal",
    recordOr(() => song.currentTrack()!, () => session.start(planTrackRecording(song, song.currentTrack()!, session.barLength.bars))),
  );
  registry.implement(
    "record.unlimited",
    recordOr(() => song.currentTrack()!, () => session.start(planTrackRecording(song, song.currentTrack()!, null))),
  );
  registry.implement(
    "record.audioOnly",
    recordOr(() => song.currentExternalSynthTrack()!, () => session.start(planAudioRecording(song, song.currentExternalSynthTrack()!))),
    () => (session.active === null && song.currentExternalSynthTrack() === null ? "the current track is not an external synth" : undefined),
  );
  registry.implement(
    "record.cancel",
    () => session.active?.cancel("cancelled from the controller"),
    () => (session.active === null ? "no recording under way" : undefined),
  );
  registry.implement("record.barLength", (context) => {
    if (context.gesture !== "scroll") return;
    session.barLength.scroll(context.scroll);
    deps.inFlight.changed();
    deps.log.info(`Fixed recording: ${session.barLength.label}`);
    deps.status.show("info", `Fixed recording: ${session.barLength.label}`);
  });
}
