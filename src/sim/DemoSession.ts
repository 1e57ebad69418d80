// The scripted session `npm start` plays on the demo set: select a track with the track knob, arm the
// external synth group, record 4 bars, loop the scene, log the set. Every step plays the knob the active
// mapping binds to the action; an action the bundle does not implement yet is named, and done by hand
// (as in Live's UI) where that makes sense, so the session always reaches its end.
import type { Demo } from "./Demo";
import type { Track } from "./live/Track";

export interface SessionOutput {
  heading(text: string): void;
  /** `note`: what the session did or could not do; `status`: the device's status line. */
  line(text: string, kind: "plain" | "note" | "status"): void;
}

const EXTERNAL_SYNTH = "Prophet";
/** Turns of the track knob before giving up on reaching the track (the demo set has 11). */
const MAX_TURNS = 12;

export async function playDemoSession(demo: Demo, out: SessionOutput): Promise<void> {
  const synth = trackNamed(demo, EXTERNAL_SYNTH);
  const knob = (actionId: string, steps?: number, byHand?: ByHand) => playKnob(demo, out, actionId, steps, byHand);

  out.heading(`1. Select the ${EXTERNAL_SYNTH} track with the track knob`);
  const click = { what: `clicking ${EXTERNAL_SYNTH}`, run: () => demo.set.selectTrack(synth.id) };
  for (let turns = 0; turns < MAX_TURNS && demo.set.song.view.selectedTrack !== synth; turns++) {
    if (!(await knob("nav.tracks", 1, click))) break;
  }
  out.line(`selected track: ${demo.set.song.view.selectedTrack?.name ?? "-"}`, "plain");

  out.heading("2. Arm the external synth group");
  await knob("track.arm", undefined, {
    what: "arming its MIDI and audio tracks",
    // The tail track records release tails only when a recording asks for it.
    run: () => synth.groupedTracks().slice(0, 2).forEach((t) => demo.set.setProperty(t.id, "arm", 1)),
  });

  out.heading("3. Record 4 bars");
  await knob("record.barLength", 2);
  // One bar of count-in when the song is stopped, the 4 bars, and one bar to finish.
  if (await knob("record.normal")) await demo.bars(6);

  out.heading("4. Loop the scene");
  await knob("scene.loop");
  await demo.bars(1);

  out.heading("5. Log the set");
  if (!(await knob("log.set"))) out.line(demo.app.summary(), "plain");
}

interface ByHand {
  what: string;
  run: () => void;
}

/** Plays the knob bound to `actionId`; false (after `byHand`, if any) when the action is not implemented yet. */
async function playKnob(demo: Demo, out: SessionOutput, actionId: string, steps?: number, byHand?: ByHand): Promise<boolean> {
  if (!demo.implemented(actionId)) {
    out.line(`${actionId} is not implemented in the bundle yet${byHand ? `: ${byHand.what} in Live's UI instead` : ""}`, "note");
    byHand?.run();
    await demo.rig.settle();
    return false;
  }
  const mark = demo.rig.fromNode.length;
  const played = await demo.ec4.play(actionId, steps);
  const how = played.gesture === "scroll" ? `turn ${steps}` : played.gesture;
  out.line(`EC4 ${played.group} knob ${played.position} (${played.label}): ${how} → ${actionId}`, "plain");
  for (const message of demo.rig.fromNode.slice(mark)) {
    if (message[0] === "status") out.line(message.slice(1).join(" "), "status");
  }
  return true;
}

function trackNamed(demo: Demo, name: string): Track {
  const track = demo.set.song.tracks.find((t) => t.name === name);
  if (!track) throw new Error(`the demo set has no track ${name}`);
  return track;
}
