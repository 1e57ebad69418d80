// The snapshot specs the client has registered with the shim (`lom_spec`): a snapshot op names its spec
// by index, so each distinct spec crosses the wire once, not with every walk. Apart from the client
// because it is its own state, kept per shim: a reloaded shim forgets them all.
import type { Atom, SnapshotSpec } from "../wire/protocol";
import { MSG_SPEC } from "../wire/protocol";
import { MAX_ATOM_CHARS } from "../wire/liveApiCosts";

export class SpecRegistry {
  /** Snapshot specs registered with the shim, by their JSON (registered once per distinct content). */
  private specIndex = new Map<string, number>();
  private readonly specJson = new WeakMap<SnapshotSpec, string>();

  constructor(private readonly send: (selector: string, ...atoms: Atom[]) => void) {}

  /** The shim knows none of them any more: each is registered again when next used. */
  forget(): void {
    this.specIndex = new Map();
  }

  /** The spec's index with the shim, registering it first if this content is new. */
  indexOf(spec: SnapshotSpec): number {
    let json = this.specJson.get(spec);
    if (json === undefined) {
      json = JSON.stringify(spec);
      this.specJson.set(spec, json);
    }
    let index = this.specIndex.get(json);
    if (index === undefined) {
      if (json.length > MAX_ATOM_CHARS) throw new Error("snapshot spec too long");
      index = this.specIndex.size;
      this.specIndex.set(json, index);
      this.send(MSG_SPEC, index, json);
    }
    return index;
  }
}
