// The main device's logic: live.thisdevice, node.script behind its gate, the shim, the tick, the
// MIDI from the input device, and the [route] that sorts the bundle's messages for the UI.
import type { Box, PatcherBuilder } from "./PatcherBuilder";
import { FILES, FROM_BUNDLE, INPUT_SEND_NAME, MIDI_SEND_NAME, TO_BUNDLE, TO_SHIM } from "../../src/wire/DeviceMessages";
import { wireMappingStorage } from "./mappingStorage";
import { wireSetStorage } from "./setStorage";
import { wireActionsFolderStorage } from "./actionsFolder";
import { wireRemotes } from "./remotes";
import { wireWatchdog } from "./watchdog";

/** The [route] that sorts the bundle's messages by selector, and the outlet of each selector. */
export interface Dispatch {
  box: Box;
  outlet(selector: string): number;
}

/** Where messages bound for node.script go in: the right inlet of the [gate] in front of it. */
export interface NodeInbox {
  box: Box;
  inlet: number;
}

/** The device's own [dict] for what is under way. */
export const STATE_DICT_NAME = "---p0_state";

/** What goes into node.script through the inbox [gate]. */
export type ToNode = (from: Box, outlet?: number) => void;

/** The lifecycle states node.script reports out of its right outlet, each of which stops the script's inputs. */
const LIFECYCLE_STATES = ["stop", "terminated", "restarting", "start"];

/** Every selector the bundle sends to the patcher, in the order of the [route]'s outlets. */
const ROUTED = [
  FROM_BUNDLE.lomBatch,
  FROM_BUNDLE.lomHello,
  FROM_BUNDLE.status,
  FROM_BUNDLE.uiGroups,
  FROM_BUNDLE.uiEncoder,
  FROM_BUNDLE.uiKnob,
  FROM_BUNDLE.uiEditing,
  FROM_BUNDLE.uiHelp,
  FROM_BUNDLE.uiActions,
  FROM_BUNDLE.uiArgs,
  FROM_BUNDLE.uiArgValues,
  FROM_BUNDLE.uiArg,
  FROM_BUNDLE.uiArgText,
  FROM_BUNDLE.mappingStore,
  FROM_BUNDLE.mappingRead,
  FROM_BUNDLE.setStore,
  FROM_BUNDLE.setRead,
  FROM_BUNDLE.clearConsole,
  FROM_BUNDLE.scriptReady,
  FROM_BUNDLE.inputWarning,
  FROM_BUNDLE.actionsFolderStore,
  FROM_BUNDLE.actionsFolderRead,
];

/** Logic: live.thisdevice, metro, node.script ↔ js, MIDI receive, mapping storage, dispatch of UI messages. */
export function wireCore(p: PatcherBuilder): { node: Box; inbox: NodeInbox; dispatch: Dispatch; gaveUp: Box; patcher: Box } {
  const thisDevice = p.obj("live.thisdevice");
  const ready = p.msg(TO_BUNDLE.ready);
  const shim = p.obj(`js ${FILES.shim}`);
  const node = p.obj(`node.script ${FILES.bundle} @autostart 1 @watch 0`);
  const { inbox, toNode, open, shut } = wireInbox(p, node);
  p.connect(thisDevice, 0, ready);
  p.connect(ready, 0, shim);
  toNode(ready);
  toNode(shim);
  const { metro, lifecycle } = wireTick(p, node, toNode, shut);
  const dispatch = wireDispatch(p, node, shim);
  wireHello(p, dispatch, shim, metro);
  wireMappingStorage(p, dispatch, toNode);
  wireSetStorage(p, dispatch, toNode);
  wireActionsFolderStorage(p, dispatch, toNode);
  wireRemotes(p, shim);
  wireHeldMidi(p, toNode, { open, lifecycle, shim });
  const onReady = wireReady(p, dispatch, toNode, { open, shim });
  return { node, inbox, dispatch, ...wireWatchdog(p, node, lifecycle, onReady) };
}

/**
 * A message reaching node.script before its script has run is dropped with "Node script not ready
 * can't handle message …" on the Max console, and the lifecycle `start` comes before the script has
 * loaded (https://docs.cycling74.com/max8/vignettes/08_n4m_lifecycle). So everything bound for it
 * passes this [gate], opened by the script's p0_ready and closed when it stops. A closed gate drops
 * silently; what it dropped the script asks for again at start (lom_hello; its UI fills itself).
 * The gate stays in Max: no code of the bundle runs while the script is not ready, so only a Max object
 * can turn a message away then. It is routing, not logic: what it turns away is counted by the shim.
 */
function wireInbox(p: PatcherBuilder, node: Box): { inbox: NodeInbox; toNode: ToNode; open: Box; shut: Box } {
  const gate = p.obj("gate");
  p.connect(gate, 0, node);
  const inbox: NodeInbox = { box: gate, inlet: 1 };
  const toNode: ToNode = (from, outlet = 0) => p.connect(from, outlet, gate, 1);
  const open = p.msg("1");
  const shut = p.msg("0");
  p.connect(open, 0, gate);
  p.connect(shut, 0, gate);
  return { inbox, toNode, open, shut };
}

/**
 * The tick starts with the bundle's first lom_hello and stops when node.script reports the script
 * stopped (lifecycle events out of its right outlet, the docs above; no [print] of them: Ableton
 * m4l-production-guidelines, "There are no prints in the Max Console on load").
 */
function wireTick(p: PatcherBuilder, node: Box, toNode: ToNode, shut: Box): { metro: Box; lifecycle: Box } {
  p.section();
  const metro = p.obj("metro 17");
  toNode(metro);
  const lifecycle = p.obj(`route ${LIFECYCLE_STATES.join(" ")}`);
  p.connect(node, 1, lifecycle);
  const stopMetro = p.msg("stop");
  p.connect(stopMetro, 0, metro);
  for (let outlet = 0; outlet < LIFECYCLE_STATES.length; outlet++) {
    p.connect(lifecycle, outlet, stopMetro);
    p.connect(lifecycle, outlet, shut);
  }
  return { metro, lifecycle };
}

/** The [route] of the bundle's messages; those that do not go to the UI go to the shim, the input devices, Max. */
function wireDispatch(p: PatcherBuilder, node: Box, shim: Box): Dispatch {
  p.section();
  const router = p.obj(`route ${ROUTED.join(" ")}`);
  p.connect(node, 0, router);
  const dispatch: Dispatch = { box: router, outlet: (selector) => ROUTED.indexOf(selector) };
  const toShim = p.obj(`prepend ${FROM_BUNDLE.lomBatch}`);
  p.connect(router, dispatch.outlet(FROM_BUNDLE.lomBatch), toShim);
  p.connect(toShim, 0, shim);
  // Only a bug prints here: every message the bundle sends is routed.
  p.connect(router, ROUTED.length, p.obj("print p0_unrouted"));
  // A warning about an input track goes to every input device, each picks its own track's.
  const toInputs = p.obj(`prepend ${FROM_BUNDLE.inputWarning}`);
  p.connect(router, dispatch.outlet(FROM_BUNDLE.inputWarning), toInputs);
  p.connect(toInputs, 0, p.obj(`send ${INPUT_SEND_NAME}`));
  // `clearmaxwindow` is a message of the `max` object (Max's messages to Max reference).
  p.connect(router, dispatch.outlet(FROM_BUNDLE.clearConsole), p.msg("; max clearmaxwindow"));
  return dispatch;
}

/** On each bundle start: greet the shim, start the tick. */
function wireHello(p: PatcherBuilder, dispatch: Dispatch, shim: Box, metro: Box): void {
  const onHello = p.obj("t b b");
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.lomHello), onHello);
  const hello = p.msg(FROM_BUNDLE.lomHello);
  p.connect(onHello, 0, hello);
  p.connect(hello, 0, shim);
  p.connect(onHello, 1, metro);
}

/**
 * The input script sends whole `midi cc|note <channel> <number> <value>` messages (src/wire/ControllerMidi.ts).
 * Until the script is ready they take the [gate]'s second outlet to the shim, which counts them and
 * tells the script with p0_ready (a debug line, nothing on the console: src/shim/held.ts). The counting
 * is the shim's, tested on the real file (tests/shim/held.test.ts); the [gate] only routes, as above.
 */
function wireHeldMidi(p: PatcherBuilder, toNode: ToNode, from: { open: Box; lifecycle: Box; shim: Box }): void {
  p.section();
  const midiIn = p.obj(`receive ${MIDI_SEND_NAME}`);
  const midiGate = p.obj("gate 2 2");
  p.connect(midiIn, 0, midiGate, 1);
  toNode(midiGate, 0);
  const holding = p.msg("2");
  p.connect(holding, 0, midiGate);
  p.connect(from.open, 0, midiGate);
  for (let outlet = 0; outlet < LIFECYCLE_STATES.length; outlet++) p.connect(from.lifecycle, outlet, holding);
  const held = p.obj(`prepend ${TO_SHIM.midiHeld}`);
  p.connect(midiGate, 1, held);
  p.connect(held, 0, from.shim);
}

/**
 * p0_ready, right to left: let messages in, have the shim report the MIDI held back, tell the script
 * its state [dict], start the watchdog's stable timer. Answers the trigger, whose left outlet the
 * watchdog takes.
 */
function wireReady(p: PatcherBuilder, dispatch: Dispatch, toNode: ToNode, to: { open: Box; shim: Box }): Box {
  const onReady = p.obj("t b b b b");
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.scriptReady), onReady);
  p.connect(onReady, 3, to.open);
  const report = p.msg(TO_SHIM.midiReport);
  p.connect(onReady, 2, report);
  p.connect(report, 0, to.shim);
  // What is under way (a recording, a looping scene) lives in a [dict] of the device's own, which a
  // Node restart leaves alone and Live does not save (so it costs no undo step): the script learns its
  // name, `---` made unique to the device by Max for Live (m4l-production-guidelines, "Local and
  // global naming"), with each p0_ready (src/actions/saved/SavedState.ts).
  p.obj(`dict ${STATE_DICT_NAME}`);
  const stateDict = p.msg(`${TO_BUNDLE.stateDict} ${STATE_DICT_NAME}`);
  p.connect(onReady, 1, stateDict);
  toNode(stateDict);
  return onReady;
}
