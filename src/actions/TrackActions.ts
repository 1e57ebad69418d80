// The current-track knobs. They act on song.currentTrack(), so an ExternalSynthTrack is one instrument:
// arming it arms its MIDI and audio tracks and sets their monitoring.
import { afterLoading } from "./afterLoading";
import { scrollSteps } from "./Action";
import type { ActionDeps } from "./ActionDeps";
import type { ActionRegistry } from "./ActionRegistry";
import type { AbstractTrack } from "../model/AbstractTrack";

/** How long a knob turn lasts after its last detent, for what it loaded to stay loaded. */
const TURN_MS = 2_000;

/** Groups arm their sub tracks; other tracks need Live's can_be_armed (returns and master have no arm). */
function canArm(track: AbstractTrack): boolean {
  return track.isFoldable || track.baseTrack.canBeArmed;
}

export function installTrackActions(registry: ActionRegistry, deps: ActionDeps): void {
  const { song } = deps;
  const current = (): AbstractTrack => song.currentTrack()!;
  /** The master track has no mute and no solo (https://docs.cycling74.com/apiref/lom/track/). */
  const notMaster = (what: string) => () => (song.currentTrack()?.baseTrack.kind === "master" ? `the master track has no ${what}` : undefined);

  registry.implement(
    "track.arm",
    () => current().arm(!current().isArmed),
    () => {
      const track = song.currentTrack()!;
      if (!canArm(track)) return `${track.name} cannot be armed`;
      // The controller comes in through it: disarmed, the next knob would not be heard.
      if (track.isArmed && track.baseTrack.holdsInput) return `${track.name} holds Protocol0 Input and stays armed`;
      return undefined;
    },
  );
  registry.implement("track.solo", () => current().setSolo(!current().solo), notMaster("solo"));
  registry.implement("track.mute", () => current().setMute(!current().mute), notMaster("mute"));
  registry.implement(
    "track.monitoring",
    () => {
      const synth = song.currentExternalSynthTrack()!;
      deps.log.info(`${synth.name}: monitoring the ${synth.monitorsAudio ? "MIDI" : "audio"} path`);
      return synth.switchMonitoring();
    },
    () => (song.currentExternalSynthTrack() === null ? `${song.currentTrack()!.name} is not an external synth` : undefined),
  );
  registry.implement("track.volume", (context) => current().baseTrack.volume()?.scroll(scrollSteps(context)));
  // The top-level tracks: a group's volume already scales what is inside it.
  // Their mixers are loaded for a turn of the knob (and a moment after it), not for good: one observer
  // a top-level track would be spent on a rare knob.
  registry.implement("track.allVolumes", (context) => {
    const tracks = song.abstractTracks().map((track) => track.baseTrack);
    const lists = tracks.map((t) => ({ id: t.id, child: "mixer_device" }));
    return afterLoading(deps, "All volumes", lists, () => Promise.all(tracks.map((track) => track.volume()?.scroll(scrollSteps(context)))), TURN_MS);
  });}
