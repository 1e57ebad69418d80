// The check every audio-effect device must pass: its input reaches its output on both channels, or Live
// hears silence where the device sits (on the master track, the whole set). Ableton maxdevtools
// cpu-reporter/CPU Reporter.amxd cords [plugin~] outlet n to [plugout~] inlet n for n = 0, 1; Cycling '74's
// plugout~ reference: "the input is copied to the audio outputs of the plug-in".
import { type MaxPatcher, objectName } from "../../scripts/patchers/MaxPatcher";
import { boxes } from "./deviceFiles";

const CHANNELS = 2;

/** What keeps the patcher from passing its audio through; empty when both channels pass. */
export function audioPassthroughErrors(patcher: MaxPatcher): string[] {
  const ids = (name: string) => boxes(patcher).filter((box) => objectName(box) === name).map((box) => box.id);
  const inputs = ids("plugin~");
  const outputs = ids("plugout~");
  if (inputs.length === 0) return ["no [plugin~]"];
  if (outputs.length === 0) return ["no [plugout~]"];
  const errors: string[] = [];
  for (let channel = 0; channel < CHANNELS; channel++) {
    const passes = patcher.lines.some(
      ({ patchline: { source, destination } }) =>
        inputs.includes(source[0]) && source[1] === channel && outputs.includes(destination[0]) && destination[1] === channel,
    );
    if (!passes) errors.push(`channel ${channel + 1} does not pass from [plugin~] to [plugout~]`);
  }
  return errors;
}
