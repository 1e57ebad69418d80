// The scripted session `npm start` plays on the demo set: select a track with the track knob, arm the
// external synth group, record 4 bars (the recording selects the scene it records into), loop that scene,
// log the set. Every step plays the knob the active
// mapping binds to the action, as a musician would on the EC4.
import type { Demo } from "./Demo";
import type { Track } from "./live/Track";

export interface SessionOutput {
  heading(text: string): void;
  /** `status`: the device's status line. */
  line(text: string, kind: "plain" | "status"): void;
}

const EXTERNAL_SYNTH = "Prophet";
/** Turns of the track knob before giving up on reaching the track: one per track of the demo set. */
const MAX_TURNS = 15;

export async function playDemoSession(demo: Demo, out: SessionOutput): Promise<void> {
  const synth = trackNamed(demo, EXTERNAL_SYNTH);
  const knob = (actionId: string, steps?: number) => playKnob(demo, out, actionId, steps);

  out.heading(`1. Select the ${EXTERNAL_SYNTH} track with the track knob`);
  for (let turns = 0; turns < MAX_TURNS && demo.set.song.view.selectedTrack !== synth; turns++) await knob("nav.tracks", 1);
  out.line(`selected track: ${demo.set.song.view.selectedTrack?.name ?? "-"}`, "plain");

  out.heading("2. Arm the external synth group");
  await knob("track.arm");

  out.heading("3. Record 4 bars");
  await knob("record.barLength", 2);
  await knob("record.normal");
  // One bar of count-in when the song is stopped, the 4 bars, and one bar to finish.
  await demo.bars(6);

  out.heading("4. Loop the recorded scene");
  const scene = demo.set.song.view.selectedScene;
  out.line(`selected scene: ${scene ? String(demo.set.read(scene.id, "name")[0]) : "-"}`, "plain");
  await knob("scene.loop");
  await demo.bars(1);

  out.heading("5. Log the set");
  await knob("log.set");
}

/** Plays the knob bound to `actionId` and prints it with the status lines it caused. */
export async function playKnob(demo: Demo, out: SessionOutput, actionId: string, steps?: number): Promise<void> {
  const mark = demo.rig.fromNode.length;
  const played = await demo.ec4.play(actionId, steps);
  const how = played.gesture === "scroll" ? `turn ${steps}` : played.gesture;
  out.line(`EC4 ${played.group} knob ${played.position} (${played.label}): ${how} → ${actionId}`, "plain");
  for (const message of demo.rig.fromNode.slice(mark)) {
    if (message[0] === "status") out.line(message.slice(1).join(" "), "status");
  }
}

function trackNamed(demo: Demo, name: string): Track {
  const track = demo.set.song.tracks.find((t) => t.name === name);
  if (!track) throw new Error(`the demo set has no track ${name}`);
  return track;
}
