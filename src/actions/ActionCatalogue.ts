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
  action("transport.tempo", "Tempo", SCROLL, [], "Scrolls the song tempo, one BPM per step."),
  action("transport.playStop", "Play / stop", PRESS, [], "Starts or stops the song."),
  action("transport.metronome", "Metronome", PRESS, [], "Toggles the metronome."),

  action("nav.tracks", "Tracks", SCROLL, [], "Selects the next or previous visible track."),
  action("nav.scenes", "Scenes", SCROLL, [], "Selects the next or previous scene."),
  action("nav.devices", "Devices", SCROLL, ["selectedTrack"], "Selects the next or previous device of the selected track."),
  action("nav.parameter", "Parameter", SCROLL, ["selectedDevice"], "Selects the next or previous parameter of the selected device."),
  action("nav.parameterValue", "Parameter value", SCROLL, ["selectedParameter"], "Scrolls the value of the selected parameter."),
  action("nav.foldGroup", "Fold group", PRESS, ["currentTrack"], "Folds or unfolds the current group track."),

  action("track.arm", "Arm", PRESS, ["currentTrack"], "Toggles the arm of the current track."),
  action("track.solo", "Solo", PRESS, ["currentTrack"], "Toggles the solo of the current track."),
  action("track.mute", "Mute", PRESS, ["currentTrack"], "Toggles the mute of the current track."),
  action("track.monitoring", "Monitoring", PRESS, ["currentTrack"], "Switches the monitoring state of the current track."),
  action("track.volume", "Volume", SCROLL, ["currentTrack"], "Scrolls the volume of the current track."),
  action("track.allVolumes", "All volumes", SCROLL, [], "Scrolls the volume of every track together."),

  action("scene.fire", "Fire scene", PRESS, ["selectedScene"], "Fires the selected scene."),
  action("scene.loop", "Loop scene", PRESS, ["selectedScene"], "Toggles looping of the selected scene."),
  action("scene.create", "Create scene", PRESS, [], "Creates a scene after the selected one."),
  action("scene.duplicate", "Duplicate scene", PRESS, ["selectedScene"], "Duplicates the selected scene."),
  action("scene.delete", "Delete scene", PRESS, ["selectedScene"], "Deletes the selected scene."),
  action("scene.split", "Split scene", PRESS_OR_SCROLL, ["selectedScene"], "Press splits the selected scene; scroll chooses the split point."),
  action("scene.crop", "Crop scene", PRESS_OR_SCROLL, ["selectedScene"], "Press crops the selected scene; scroll chooses the bar length kept."),

  action("clip.start", "Clip start", SCROLL, ["selectedClip"], "Scrolls the start of the selected clip."),
  action("clip.end", "Clip end", SCROLL, ["selectedClip"], "Scrolls the end of the selected clip."),
  action("clip.loop", "Clip loop", SCROLL, ["selectedClip"], "Moves the loop of the selected clip."),
  action("clip.velocity", "Clip velocities", SCROLL, ["selectedClip"], "Scales the note velocities of the selected MIDI clip."),
  action("clip.mono", "Clip to mono", PRESS, ["selectedClip"], "Removes overlapping notes of the selected MIDI clip."),
  action("clip.duplicate", "Duplicate clip", PRESS, ["selectedClip"], "Duplicates the selected clip in its track."),

  action("record.normal", "Record", PRESS, ["currentTrack"], "Records the current track for the chosen bar length."),
  action("record.audioOnly", "Record audio", PRESS, ["currentTrack"], "Records the audio of the current track only."),
  action("record.unlimited", "Record unlimited", PRESS, ["currentTrack"], "Records the current track until stopped."),
  action("record.cancel", "Cancel recording", PRESS, [], "Cancels the recording under way."),
  action("record.barLength", "Recording length", SCROLL, [], "Scrolls the recording bar length."),

  action("set.reinit", "Reinitialise", PRESS, [], "Re-reads the Live set and resets the script state."),

  action("log.currentTrack", "Log current track", PRESS, [], "Logs the state of the current track."),
  action("log.set", "Log set", PRESS, [], "Logs the state of the whole set."),
  action("log.stats", "Set statistics", PRESS, [], "Logs statistics about the set."),
  action("log.clear", "Clear log", PRESS, [], "Clears the log window."),

  action("test.hook", "Test hook", PRESS, [], "An empty hook for trying features against Live."),
];

export function createActionRegistry(): ActionRegistry {
  const registry = new ActionRegistry();
  for (const definition of ACTION_CATALOGUE) registry.register(definition);
  return registry;
}
