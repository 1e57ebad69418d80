// Messages lost on the wire, as a reloaded shim or a dropped Max message would lose them: each loss
// also drops whatever else was queued for node.script at that moment.
import { MSG_BATCH, MSG_EVENT, MSG_REPLY } from "../../src/wire/protocol";
import type { Rig } from "../../src/sim/max/Rig";

/** Loses the next observer event; answers whether it has been lost yet. */
export function loseNextEvent(rig: Rig): () => boolean {
  let lose = true;
  rig.wire.tap((message) => {
    if (lose && message.to === "node" && message.atoms[0] === MSG_EVENT) {
      lose = false;
      rig.wire.discard("node");
    }
  });
  return () => !lose;
}

/** Loses the reply to the batch that snapshots `id()` (the object read first after a structural change). */
export function loseSnapshotReply(rig: Rig, id: () => number): () => boolean {
  let lose = true;
  let batch: unknown = null;
  rig.wire.tap((message) => {
    const atoms = message.atoms;
    if (message.to === "shim" && atoms[0] === MSG_BATCH && atoms.some((a, i) => a === "snapshot" && atoms[i + 1] === id())) batch = atoms[1];
    if (lose && batch !== null && message.to === "node" && atoms[0] === MSG_REPLY && atoms[1] === batch) {
      lose = false;
      rig.wire.discard("node");
    }
  });
  return () => !lose;
}
