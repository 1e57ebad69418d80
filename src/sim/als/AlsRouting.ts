// A track's input as a Live Set file names it (its routing's upper and lower display strings, "Ext: All Ins"
// / "Ch. 4") mapped onto the routings the simulated Live offers (src/sim/live/Track.ts): the EC4's port by
// its name, the others by theirs; a port the simulator does not have reads as its default (All Ins, Ext. In).
import type { TrackDescription } from "../live/SetDescription";
import { AUDIO_INPUT_CHANNELS, AUDIO_INPUT_TYPES, EC4_INPUT, MIDI_INPUT_CHANNELS, MIDI_INPUT_TYPES, type RoutingChoice } from "../live/Track";

/** Live 11 and 12 write an external port as "Ext: <port>". */
const portName = (upper: string): string => upper.replace(/^Ext: /, "");

const known = (choices: RoutingChoice[], name: string): string | undefined => (choices.some((c) => c.display_name === name) ? name : undefined);

export function inputRouting(type: TrackDescription["type"], upper: string, lower: string): Pick<TrackDescription, "inputType" | "inputChannel"> {
  if (type === "group") return {};
  const midi = type === "midi";
  const port = portName(upper);
  const inputType = midi && /\bEC4\b/i.test(port) ? EC4_INPUT : known(midi ? MIDI_INPUT_TYPES : AUDIO_INPUT_TYPES, port);
  const inputChannel = known(midi ? MIDI_INPUT_CHANNELS : AUDIO_INPUT_CHANNELS, lower);
  return { ...(inputType !== undefined && { inputType }), ...(inputChannel !== undefined && { inputChannel }) };
}
