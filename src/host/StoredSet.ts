// The device's [pattr p0_set] on the bundle's side: SetState's JSON stored in pieces of at most an atom
// (StoredChunks.ts: Max cuts a longer atom), read back at each start (its output while no script ran was
// dropped by the inbox gate, as the mapping's is) and taken whenever Live outputs a copy.
import { SetState } from "../actions/saved/SetState";
import { storedAtoms, storedText } from "../control/StoredChunks";
import type { Logger } from "../log/Logger";
import { FROM_BUNDLE, TO_BUNDLE } from "../wire/DeviceMessages";
import type { DevicePort } from "../wire/DevicePort";

export class StoredSet {
  readonly state: SetState;

  constructor(
    private readonly port: DevicePort,
    private readonly log: Logger,
  ) {
    this.state = new SetState((json) => port.send(FROM_BUNDLE.setStore, ...storedAtoms(json)), log);
  }

  /** Takes every copy the parameter outputs, and asks for the one it holds now. */
  start(): void {
    this.port.on(TO_BUNDLE.setRestore, (...atoms) => {
      const stored = storedText(atoms, "the snapshots");
      if (stored.ok) this.state.restore(stored.text);
      else this.log.warn(`the snapshots the set keeps were not applied: ${stored.message}`);
    });
    this.read();
  }

  read(): void {
    this.port.send(FROM_BUNDLE.setRead);
  }
}
