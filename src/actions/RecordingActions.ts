// The REC knobs: record the current track for the chosen bar length or until stopped, record an
// external synth's audio from its MIDI clip, cancel, and choose the bar length.
import type { ActionDeps } from "./ActionDeps";
import type { ActionRegistry } from "./ActionRegistry";
import { planAudioRecording, planTrackRecording } from "./recording/RecordingPlan";
import { RecordingSession } from "./recording/RecordingSession";

export function installRecordingActions(registry: ActionRegistry, deps: ActionDeps): void {
  const { song } = deps;
  const session = new RecordingSession(deps);

  /** A press while recording stops or cancels that recording instead of starting another. */
  const recordOr = (start: () => unknown) => () => (session.active === null ? start() : session.interrupt());

  registry.implement(
    "record.normal",
    recordOr(() => session.start(planTrackRecording(song, song.currentTrack()!, session.barLength.bars))),
  );
  registry.implement(
    "record.unlimited",
    recordOr(() => session.start(planTrackRecording(song, song.currentTrack()!, null))),
  );
  registry.implement(
    "record.audioOnly",
    recordOr(() => session.start(planAudioRecording(song, song.currentExternalSynthTrack()!))),
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
    deps.log.info(`Fixed recording: ${session.barLength.label}`);
    deps.status.show("info", `Fixed recording: ${session.barLength.label}`);
  });
}
