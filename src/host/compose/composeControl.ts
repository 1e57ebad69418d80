// The control's composition step: what is kept across a restart, the controller's input and its mapping,
// the input devices' channels, and the actions installed over the model.
import type { Host } from "../Host";
import type { Reports } from "./composeReports";
import type { Model } from "./composeModel";
import { SavedState } from "../../actions/saved/SavedState";
import type { ActionRuntime } from "../../actions/ActionServices";
import { SongSelection } from "../../actions/SongSelection";
import { createControlInput, type ControlInput } from "../../control/ControlInput";
import { InputChannels } from "../../control/InputChannels";
import { preShowCheck } from "../../control/preShow/PreShowCheck";
import { findingText, type Finding } from "../../control/preShow/Finding";
import { ALL_CHANNELS_HINT, FROM_BUNDLE } from "../../wire/DeviceMessages";
import { writeSetFile } from "../MaxFiles";
import { StateDict } from "../StateDict";
import { StoredSet } from "../StoredSet";

export interface Control {
  /** What is under way, kept in the device's [dict] across a Node restart. */
  readonly saved: SavedState;
  readonly stateDict: StateDict;
  /** MIDI in → encoders → gestures → actions, and the active mapping. */
  readonly input: ControlInput;
  /** What each input device reports of its track's channel, checked against the mapping. */
  readonly inputChannels: InputChannels;
  /** What the musician made that Live saves with the set (the snapshot slots), in the device's [pattr p0_set]. */
  readonly storedSet: StoredSet;
  /** What would go wrong at the gig with this set and the active mapping (none without a mapping). */
  preShowCheck(): Finding[];
}

/**
 * `reinitialise` reads the set again through the lifecycle, which is composed last (it drives the UI):
 * it is bound late, and safe so, as no action runs before start() lets the controller's messages in.
 */
export function composeControl(host: Host, reports: Reports, model: Model, reinitialise: () => Promise<void>): Control {
  const { log, status } = reports;
  const { seq, song } = model;
  const stateDict = new StateDict(host, log);
  const saved = new SavedState((state) => stateDict.write(state), log);
  const selection = new SongSelection(song);
  const input = createControlInput({ sequences: seq, saved, logger: log, clock: seq.ticks, undo: model.undoSteps, status, selection });
  const inputChannels = new InputChannels(
    input.store,
    input.warnings,
    (id) => song.track(id)?.name,
    (id, hint) => host.send(FROM_BUNDLE.inputWarning, id, ...(hint ? [ALL_CHANNELS_HINT] : [])),
  );
  const storedSet = new StoredSet(host, log);
  const check = (): Finding[] => {
    const mapping = input.store.active;
    if (mapping === undefined) return [];
    return preShowCheck({ mapping, song, registry: input.registry, inputs: inputChannels.reports() });
  };
  const control = { saved, stateDict, input, inputChannels, storedSet, preShowCheck: check };
  input.registry.install({ song, log, status, runtime: actionRuntime(host, reports, model, control, reinitialise) });
  return control;
}

/** The script's own machinery the actions may use. */
function actionRuntime(host: Host, { logDir }: Reports, model: Model, control: Control, reinitialise: () => Promise<void>): ActionRuntime {
  const { input, inputChannels } = control;
  return {
    sequences: model.seq,
    saved: control.saved,
    withSet: control.storedSet.state,
    reinitialise,
    // The patcher routes the message to Max.
    clearLogs: () => host.send(FROM_BUNDLE.clearConsole),
    platformLine: () => model.platform.line(),
    skipScenePrefix: () => input.store.active?.skipScenePrefix,
    preShowCheck: () => control.preShowCheck().map(findingText),
    inputChannel: (id) => inputChannels.channelOf(id),
    writeSetFile: (text) => writeSetFile(logDir, text),
  };
}
