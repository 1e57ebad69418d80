// The main device (audio effect on the master track): bundle, shim, tick, MIDI from the input device,
// mapping storage, and the mapping UI in presentation mode. Its parts are wired in the files it imports.
import type { MaxPatcherFile } from "./MaxPatcher";
import { PatcherBuilder } from "./PatcherBuilder";
import { DEVICE_TYPES, amxdTypeNumber } from "./amxd";
import { FILES } from "../../src/wire/DeviceMessages";
import { wireCore } from "./mainCore";
import { wirePanel } from "./mainPanel";
import { type EditorUi, wireEditor } from "./knobEditor";
import { wireEncoders } from "./encoderGrid";
import { type ArgumentUi, wireArguments } from "./argumentEditor";
import { MAIN_WIDTH } from "./mainLayout";

/** Inlets/outlets of the shim: it declares `inlets = 1; outlets = 2` (the bundle, the [live.remote~] pool). */
export const SHIM_IO: [number, number] = [1, 2];

/** Box ids of the parts of the UI the bundle fills, for pictures of the device. */
export interface MainDeviceUi {
  group: string;
  status: string;
  /** The knob editor: its heading, its press, long press and scroll menus, and the actions' descriptions. */
  editor: EditorUi;
  /** The edited knob's arguments: their menu, the chosen one's value menu, text field and number box. */
  args: ArgumentUi;
  /** Per knob position 1..16: the text showing its label and actions. */
  cells: string[];
  /** The panel behind the edited knob's cell. */
  edited: string;
}

export interface MainDevice {
  file: MaxPatcherFile;
  ui: MainDeviceUi;
}

/**
 * An audio effect must pass its input on, or the master track goes silent: [plugin~] → [plugout~], both
 * channels, as Ableton maxdevtools cpu-reporter/CPU Reporter.amxd wires them (Cycling '74 plugout~
 * reference: "the input is copied to the audio outputs of the plug-in").
 */
function wireAudio(p: PatcherBuilder): void {
  const input = p.obj("plugin~");
  const output = p.obj("plugout~");
  p.connect(input, 0, output, 0);
  p.connect(input, 1, output, 1);
  p.section();
}

export function mainDevice(): MainDevice {
  const p = new PatcherBuilder({ [FILES.shim]: SHIM_IO });
  wireAudio(p);
  const { inbox, dispatch, gaveUp, patcher } = wireCore(p);
  const panel = wirePanel(p, inbox, dispatch, gaveUp);
  const editor = wireEditor(p, inbox, dispatch);
  const args = wireArguments(p, inbox, dispatch);
  const grid = wireEncoders(p, inbox, dispatch, patcher);
  const file = p.build({ width: MAIN_WIDTH, amxdtype: amxdTypeNumber(DEVICE_TYPES.audioEffect) });
  return { file, ui: { ...panel, editor, args, ...grid } };
}
