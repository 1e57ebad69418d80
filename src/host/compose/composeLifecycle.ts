// The lifecycle's composition step, the last: it drives what the earlier steps built (reading the set,
// picking up a restart's saved state, the stored mapping after a preset load) and holds the controller's
// messages meanwhile.
import type { Reports } from "./composeReports";
import type { Model } from "./composeModel";
import type { Control } from "./composeControl";
import type { Ui } from "./composeUi";
import { HeldMidi } from "../../control/HeldMidi";
import { loadedStatus } from "../../ui/StatusLine";
import { Lifecycle } from "../Lifecycle";
import { SetReading } from "../SetReading";

export interface Life {
  /** Loading, syncing, ready, resyncing, waiting for Live, restarting, failed. */
  readonly lifecycle: Lifecycle;
  /** Controller messages, held while the set is read. */
  readonly midi: HeldMidi;
}

export function composeLifecycle({ log, status }: Reports, model: Model, control: Control, ui: Ui): Life {
  const { mirror, song, platform, seq } = model;
  const { input, inputChannels, stateDict, saved, storedSet } = control;
  const { router, store } = input;
  const midi = new HeldMidi((atoms) => router.receive(atoms), log, () => router.forgetHeld());
  const lifecycle = new Lifecycle({
    reading: new SetReading({ mirror, song, beats: seq.beats, inputChannels, platform, log }),
    pickUp: () => stateDict.pickUp(saved),
    presetLoaded: () => {
      ui.deviceUi.readStored();
      storedSet.read();
    },
    midi,
    ticks: seq.ticks,
    log,
    status,
    readyText: () => (store.active ? loadedStatus("ready", store.active) : "ready"),
  });
  // Replies lost together (a reloaded shim) may leave gaps in the mirror: the set is read again.
  model.client.onLostReply = () => lifecycle.lostReply();
  return { lifecycle, midi };
}
