// The scripted session `npm start` plays on the demo set: select a track with the track knob, arm the
// external synth group, record 4 bars (the recording selects the scene it records into), loop that scene,
// log the set. Every step plays the knob the active
// mapping binds to the action, as a musician would on the EC4, and shows the knob first, then what it
// caused in the order it happened.
import { GESTURE_WORDS } from "../actions/GestureNames";
import type { Demo } from "./Demo";
import type { Track } from "./live/Track";
import type { Heard } from "./Transcript";

export interface SessionOutput {
  heading(text: string): void;
  /** A line of the session's own: the knob it played, what it selected. */
  line(text: string): void;
  /** A console post or a status line of the device, as it happened. */
  heard(heard: Heard): void;
}

const EXTERNAL_SYNTH = "Prophet";
/** Turns of the track knob before giving up on reaching the track: one per track of the demo set. */
const MAX_TURNS = 15;

export async function playDemoSession(demo: Demo, out: SessionOutput): Promise<void> {
  const synth = trackNamed(demo, EXTERNAL_SYNTH);
  const knob = (actionId: string, steps?: number) => playKnob(demo, out, actionId, steps);
  // What time passing caused (the end of the take) belongs to the step before the next heading.
  const heading = (text: string): void => {
    showHeard(demo, out);
    out.heading(text);
  };

  heading(`1. Select the ${EXTERNAL_SYNTH} track with the track knob`);
  for (let turns = 0; turns < MAX_TURNS && demo.set.song.view.selectedTrack !== synth; turns++) await knob("nav.tracks", 1);
  out.line(`selected track: ${demo.set.song.view.selectedTrack?.name ?? "-"}`);

  heading("2. Arm the external synth group");
  await knob("track.arm");

  heading("3. Record 4 bars");
  await knob("record.barLength", 2);
  await knob("record.normal");
  // One bar of count-in when the song is stopped, the 4 bars, and one bar to finish.
  await demo.bars(6);

  heading("4. Loop the recorded scene");
  const scene = demo.set.song.view.selectedScene;
  out.line(`selected scene: ${scene ? String(demo.set.read(scene.id, "name")[0]) : "-"}`);
  await knob("scene.loop");
  await demo.bars(1);

  heading("5. Log the set");
  await knob("log.set");
}

/** Plays the knob bound to `actionId` and prints it, then the posts and status lines it caused. */
export async function playKnob(demo: Demo, out: SessionOutput, actionId: string, steps?: number): Promise<void> {
  showHeard(demo, out);
  const played = await demo.ec4.play(actionId, steps);
  const word = GESTURE_WORDS[played.gesture];
  const how = played.gesture === "scroll" ? `${word} ${steps ?? 0}` : word;
  const shift = played.shifted === true ? " with shift held" : "";
  out.line(`EC4 ${played.group} knob ${played.position} (${played.label}): ${how}${shift} → ${actionId}`);
  showHeard(demo, out);
}

/** Prints what the device posted and showed since it was last printed. */
export function showHeard(demo: Demo, out: SessionOutput): void {
  for (const heard of demo.transcript.take()) out.heard(heard);
}

function trackNamed(demo: Demo, name: string): Track {
  const track = demo.set.song.tracks.find((t) => t.name === name);
  if (!track) throw new Error(`the demo set has no track ${name}`);
  return track;
}
