// The set a rehearsal runs on: a Live Set file (.als, read by src/sim/als/AlsFile.ts) or a set description
// (.json, as tests/fixtures and the set.export action write them). Every failure is one line (SetFileError).
// A set with no Protocol0 Input device gets the input tracks README's set-up asks for, one per group
// channel of the mapping, so the virtual EC4 reaches the device; the pre-show check reads the set as it is.
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import type { MappingDocument } from "../control/Mapping";
import { readLiveSet, SetFileError } from "./als/AlsFile";
import type { SetDescription, TrackDescription } from "./live/SetDescription";
import { channelName, EC4_INPUT } from "./live/Track";
import { INPUT_DEVICE_NAME } from "./Ec4Port";

export { SetFileError };

export async function readSetFile(file: string): Promise<SetDescription> {
  if (extname(file).toLowerCase() === ".als") return readLiveSet(file);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SetFileError(code === "ENOENT" ? `${file}: no such file` : `${file}: ${(error as Error).message}`);
  }
  let description: unknown;
  try {
    description = JSON.parse(text);
  } catch {
    throw new SetFileError(`${file} is neither a Live set (.als) nor a set description (JSON)`);
  }
  const tracks = (description as { tracks?: unknown } | null)?.tracks;
  if (!Array.isArray(tracks)) throw new SetFileError(`${file} is not a set description (it has no "tracks" list)`);
  return description as SetDescription;
}

const holdsInput = (track: TrackDescription): boolean =>
  (track.devices ?? []).some((d) => d.name === INPUT_DEVICE_NAME) || (track.tracks ?? []).some(holdsInput);

/** The set with an input track for each group channel when no track holds Protocol0 Input; the names added. */
export function withInputTracks(description: SetDescription, mapping: MappingDocument): { description: SetDescription; added: string[] } {
  if (description.tracks.some(holdsInput)) return { description, added: [] };
  const channels = new Map<number, string>();
  for (const group of mapping.groups) if (!channels.has(group.addressing.channel)) channels.set(group.addressing.channel, group.name);
  const inputs: TrackDescription[] = [...channels].map(([channel, group]) => ({
    name: `EC4 ${group}`,
    type: "midi",
    inputType: EC4_INPUT,
    inputChannel: channelName(channel),
    monitoring: 0,
    devices: [{ name: INPUT_DEVICE_NAME, className: "MxDeviceMidiEffect", type: "midi_effect" }],
  }));
  return { description: { ...description, tracks: [...description.tracks, ...inputs] }, added: inputs.map((t) => `${t.name} (${t.inputChannel ?? ""})`) };
}
