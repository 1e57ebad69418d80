// Every action id the controller mapping may name, with what it accepts and needs. The layout follows the
// original script's EC4 groups (Main, Cut, Set, Log, Test); implementations come from the actions layer.
import type { ActionDefinition, Gesture, Need } from "./Action";
import { ActionRegistry } from "./ActionRegistry";

// A press and a long press both just trigger; which one a knob uses is the mapping's choice.
const PRESS: Gesture[] = ["press", "longPress"];
const SCROLL: Gesture[] = ["scroll"];
const PRESS_OR_SCROLL: Gesture[] = ["press", "longPress", "scroll"];

function action(id: string, title: string, gestures: Gesture[], needs: Need[], description: string): ActionDefinition {
  return { id, title, description, gestures, needs };
}

export const ACTION_CATALOGUE: readonly ActionDefinition[] = [
  action("transport.tapTempo", "Tap tempo", PRESS, [], "Taps the song tempo."),
  action("transport.tempo", "Tempo", SCROLL, [], "Scrolls the song tempo, one BPM per step (a fast turn moves further)."),
  action("transport.playStop", "Play / stop", PRESS, [], "Starts or stops the song."),
  action("transport.metronome", "Metronome", PRESS, [], "Toggles the metronome."),

  action("nav.tracks", "Tracks", SCROLL, [], "Selects the next or previous visible track: folded groups are skipped, unfolded ones entered."),
  action("nav.scenes", "Scenes", SCROLL, [], "Selects the next or previous scene."),
  action("nav.devices", "Devices", SCROLL, ["selectedTrack"], "Selects the next or previous device of the selected track."),
  action("nav.parameter", "Parameter", SCROLL, ["selectedDevice"], "Chooses the next or previous parameter of the selected device for the value knob."),
  action("nav.parameterValue", "Parameter value", SCROLL, [], "Scrolls the value of the chosen parameter (or the one clicked in Live) by 1% of its range."),
  action("nav.foldGroup", "Fold group", PRESS, ["selectedTrack"], "Selects the group of the selected track and folds or unfolds it."),

  action("track.arm", "Arm", PRESS, ["currentTrack"], "Toggles the arm of the current track; an external synth arms its MIDI and audio tracks."),
  action("track.solo", "Solo", PRESS, ["currentTrack"], "Toggles the solo of the current track."),
  action("track.mute", "Mute", PRESS, ["currentTrack"], "Toggles the mute of the current track."),
  action("track.monitoring", "Monitoring", PRESS, ["currentTrack"], "Switches the current external synth between hearing its MIDI and its audio track."),
  action("track.volume", "Volume", SCROLL, ["currentTrack"], "Scrolls the volume of the current track by 1% of its range."),
  action("track.allVolumes", "All volumes", SCROLL, [], "Scrolls the volume of every top-level track together."),

  action("scene.fire", "Fire scene", PRESS, ["selectedScene"], "Fires the selected scene."),
  action("scene.loop", "Loop scene", PRESS, ["selectedScene"], "Toggles looping of the selected scene: it is fired again at its end until toggled off."),
  action("scene.create", "Create scene", PRESS, [], "Creates a scene after the selected one."),
  action("scene.duplicate", "Duplicate scene", PRESS, ["selectedScene"], "Duplicates the selected scene."),
  action("scene.delete", "Delete scene", PRESS, ["selectedScene"], "Deletes the selected scene."),
  action("scene.split", "Split scene", PRESS_OR_SCROLL, ["selectedScene"], "Scroll chooses a bar; press splits the selected scene there: the bars after it move to a copy below."),
  action("scene.crop", "Crop scene", PRESS_OR_SCROLL, ["selectedScene"], "Scroll chooses how many bars to keep; press crops the clips of the selected scene to them."),

  action("clip.start", "Clip start", SCROLL, ["selectedClip"], "Moves the start of the selected clip (its loop start when looping) by bars."),
  action("clip.end", "Clip end", SCROLL, ["selectedClip"], "Moves the end of the selected clip (its loop end when looping) by bars."),
  action("clip.loop", "Clip loop", SCROLL, ["selectedClip"], "Moves the loop of the selected clip by bars, keeping its length."),
  action("clip.velocity", "Clip velocities", SCROLL, ["selectedClip"], "Scales the note velocities of the selected MIDI clip, 5% per step."),
  action("clip.mono", "Clip to mono", PRESS, ["selectedClip"], "Makes the selected MIDI clip play one note at a time: notes end where the next starts."),
  action("clip.duplicate", "Duplicate clip", PRESS, ["selectedClip"], "Duplicates the selected clip into the next free slot below it."),

  action("record.normal", "Record", PRESS, ["currentTrack"], "Records the current track for the chosen bar length."),
  action("record.audioOnly", "Record audio", PRESS, ["currentTrack"], "Records the audio of the current track only."),
  action("record.unlimited", "Record unlimited", PRESS, ["currentTrack"], "Records the current track until stopped."),
  action("record.cancel", "Cancel recording", PRESS, [], "Cancels the recording under way."),
  action("record.barLength", "Recording length", SCROLL, [], "Scrolls the recording bar length."),

  action("set.reinit", "Reinitialise", PRESS, [], "Re-reads the Live set and resets the script state."),

  action("log.currentTrack", "Log current track", PRESS, [], "Logs the state of the current track."),
  action("log.set", "Log set", PRESS, [], "Logs the state of the whole set."),
  action("log.stats", "Set statistics", PRESS, [], "Logs the number of tracks, scenes and clips and the total length of the scenes."),
  action("log.platform", "Log platform", PRESS, [], "Logs the platform line: Live's version, its undo steps, the longest atom that arrives whole each way and LiveAPI's times."),
  action("log.clear", "Clear log", PRESS, [], "Clears the Max console."),

  action("test.hook", "Test hook", PRESS, [], "Logs the current track and scene: checks the controller reaches the script."),
];

export function createActionRegistry(): ActionRegistry {
  const registry = new ActionRegistry();
  for (const definition of ACTION_CATALOGUE) registry.register(definition);
  return registry;
}
