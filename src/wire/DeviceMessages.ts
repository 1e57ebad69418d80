// Max message names the generated patchers route between node.script, the [js] files and the UI.
// The bundle and the patcher generator (scripts/patchers) share them; the LOM ones are in ./protocol.ts.
import { INPUT_CHANNEL_SELECTOR, INPUT_TRACK_SELECTOR, MIDI_SELECTOR } from "./ControllerMidi";
import { MSG_BATCH, MSG_HELLO, MSG_MIDI_DROPPED, MSG_MIDI_HELD, MSG_MIDI_REPORT } from "./protocol";

/** bundle → patcher, dispatched by the main device's [route]. */
export const FROM_BUNDLE = {
  lomBatch: MSG_BATCH,
  lomHello: MSG_HELLO,
  /** `status <level> <text>`: shown in the status line. */
  status: "status",
  /** `ui_groups <name...>`: the group selector's items. */
  uiGroups: "ui_groups",
  /**
   * `ui_encoder <position 1-16> <label> [<gesture> <text>]...`: a grid cell; each part names a gesture that
   * has an action and the action's title ("press" "Tap tempo" "turn" "Tempo"), or "-" and a text of Live's
   * (GridCell.ts). Label "-" for an unmapped knob.
   */
  uiEncoder: "ui_encoder",
  /**
   * `ui_knob <position 1-16> <press> <longPress> <scroll>`: the knob the editor shows, each action as its
   * menu index (0 is "-", n the nth title of that gesture's `ui_actions`); the grid highlights that position.
   */
  uiKnob: "ui_knob",
  /** `ui_editing <text>`: the editor's heading, naming the edited knob ("Main knob 9 · REC"). */
  uiEditing: "ui_editing",
  /** `ui_help <text>`: the descriptions of the edited knob's actions, shown under the editor. */
  uiHelp: "ui_help",
  /** `ui_actions <gesture> <title...>`: the items of that gesture's menu ("-" is added first by the patcher). */
  uiActions: "ui_actions",
  /** `ui_args <label...>`: the argument menu, the edited knob's arguments ("press bars"), or "-" when none. */
  uiArgs: "ui_args",
  /** `ui_arg_values <item...>`: the value menu for the chosen argument: "default", then its words. */
  uiArgValues: "ui_arg_values",
  /** `ui_arg <argument index> <value index> <number>`: set, without output, in the argument menu, the value menu and the number box. */
  uiArg: "ui_arg",
  /** `ui_arg_text <text>`: the text field's content, set without output. */
  uiArgText: "ui_arg_text",
  /**
   * `mapping_store <json>`: into the device's stored parameter ([pattr p0_mapping], with `set`, so it
   * sends nothing back), which Live saves with the set and its presets.
   */
  mappingStore: "mapping_store",
  /** `mapping_read`: the bundle asks for the stored copy; the patcher answers `mapping_stored <json>`. */
  mappingRead: "mapping_read",
  /**
   * `set_store <json>`: into the device's [pattr p0_set] (with `set`, so it sends nothing back), which Live
   * saves with the set: what the musician made there (the snapshot slots), src/actions/saved/SetState.ts.
   */
  setStore: "set_store",
  /** `set_read`: bangs [pattr p0_set], which answers `set_restore <json>`. */
  setRead: "set_read",
  /** `clear_console`: the patcher sends `clearmaxwindow` to `max` (the clear-logs action). */
  clearConsole: "clear_console",
  /**
   * `p0_ready`: sent once every handler is registered. node.script's lifecycle `start` comes before the
   * script has loaded (Cycling '74, Node for Max lifecycle), and a message arriving before is dropped
   * with "Node script not ready can't handle message …": the patcher lets nothing in until this.
   */
  scriptReady: "p0_ready",
  /**
   * `input_warning <track id> <text...>`: to every input device through [send p0_input]; the one on that
   * track shows the text beside its channel (an input track on All Channels while the groups own
   * channels), or its channel alone again when there is no text.
   */
  inputWarning: "input_warning",
  /**
   * `actions_folder_store <path>`: into the device's stored parameter [pattr p0_actions] (with `set`), saved
   * with the set like the mapping: the folder of the musician's own actions ("" for the default).
   */
  actionsFolderStore: "actions_folder_store",
  /** `actions_folder_read`: the bundle asks for the stored folder; the patcher answers `actions_folder_stored [<path>]`. */
  actionsFolderRead: "actions_folder_read",
} as const;

/** patcher → bundle, besides the shim's lom_reply / lom_event / lom_ready. */
export const TO_BUNDLE = {
  /** Sent by [live.thisdevice] once the device (and LiveAPI) is ready. */
  ready: "ready",
  /** `midi cc|note <channel> <number> <value>`, sent whole by the input device's script (ControllerMidi.ts). */
  midi: MIDI_SELECTOR,
  /**
   * `input_track <id>`: the Live id of the track holding an input device, sent at its ready and before
   * each `midi`: the bundle keeps that track reachable (not skipped into, never disarmed).
   */
  inputTrack: INPUT_TRACK_SELECTOR,
  /** `input_channel <id> <channel>`: an input track's channel (0: All Channels), checked against the mapping. */
  inputChannel: INPUT_CHANNEL_SELECTOR,
  /** `ui_group <index>` (0-based) chosen in the group selector. */
  uiGroup: "ui_group",
  /** `ui_knob <position 1-16>`: a knob clicked in the grid, to edit. */
  uiKnob: "ui_knob",
  /** `ui_action <position 1-16> <press|longPress|scroll> <menu index>`: 0 for none, n for the nth of that gesture's `ui_actions`. */
  uiAction: "ui_action",
  /** `ui_arg_pick <index>`: the argument chosen in the argument menu (0-based). */
  uiArgPick: "ui_arg_pick",
  /** `ui_arg_value <index>`: the value menu's choice: 0 is the default, n the argument's nth word. */
  uiArgValue: "ui_arg_value",
  /** `ui_arg_number <value>`: a number typed in the number box (dragging sends nothing until the mouse is up). */
  uiArgNumber: "ui_arg_number",
  /** `ui_arg_text <atoms...>`: the text field's content once Return is pressed. */
  uiArgText: "ui_arg_text",
  mappingImport: "mapping_import",
  mappingExport: "mapping_export",
  /**
   * `mapping_stored [<json>]`: every output of [pattr p0_mapping], whatever made it: the copy Live put
   * there (a set or preset load, an undo) or the answer to the bundle's `mapping_read`; empty when
   * nothing is stored.
   */
  mappingStored: "mapping_stored",
  /** `set_restore [<json>]`: every output of [pattr p0_set] (set or preset load, Live's undo, a `set_read`). */
  setRestore: "set_restore",
  /** `midi_dropped <n>`: controller messages held back before the script was ready, sent by the shim with p0_ready. */
  midiDropped: MSG_MIDI_DROPPED,
  /**
   * `state_dict <name>`: the device's own [dict ---p0_state] (the `---` made unique by Max for Live),
   * sent with each p0_ready: where the script keeps what is under way across a Node restart.
   */
  stateDict: "state_dict",
  /** `actions_folder <path>`: the folder the musician chose in the device's folder dialog ([opendialog fold]). */
  actionsFolder: "actions_folder",
  /** `actions_folder_stored [<path>]`: what [pattr p0_actions] outputs (a set load, an undo, a read); empty for the default. */
  actionsFolderStored: "actions_folder_stored",
} as const;

/**
 * patcher → shim, about what the inbox [gate] held back: the shim counts it because it outlives the
 * script ([js] runs as long as the device does; node.script's script is what is not ready).
 */
export const TO_SHIM = { midiHeld: MSG_MIDI_HELD, midiReport: MSG_MIDI_REPORT } as const;

/**
 * The patcher's watchdog: after the script terminates it sends `script start` again after each delay in
 * turn; once they are used up it shows an error and a Restart button. The count starts over once the
 * script has run STABLE_MS since its p0_ready (a script that dies on each start does not loop forever).
 */
export const RESTART_BACKOFF_MS = [1_000, 5_000, 30_000] as const;
export const STABLE_MS = 60_000;
export const RESTART_BUTTON = "Restart";
export const GAVE_UP_STATUS = "error Protocol0 stopped and did not restart: press Restart";

/**
 * The global [send]/[receive] name between the input device and the main device. Names starting with
 * `---` are made unique per device by Max for Live, so this one must not
 * (Ableton m4l-production-guidelines, "Local and global naming").
 */
export const MIDI_SEND_NAME = "p0_midi";
/** The other way: the main device to the input devices (a warning about their track). */
export const INPUT_SEND_NAME = "p0_input";
/** What an input device on All Channels shows beside its channel when the groups own channels. */
export const ALL_CHANNELS_HINT = "all: set one";

/** File names, relative to device/, that the patchers load. */
export const FILES = { bundle: "protocol0.js", shim: "lom-shim.js", input: "p0-input.js", cell: "p0-cell.js" } as const;
