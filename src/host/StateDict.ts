// The device's own [dict ---p0_state]: where what is under way (SavedState.ts) waits across a Node restart.
// The patcher names it with each p0_ready; the bundle writes a changed state there and reads it back once,
// after its first sync.
import type { SavedJson, SavedState } from "../actions/saved/SavedState";
import type { Logger } from "../log/Logger";
import type { Atom } from "../wire/protocol";
import type { Host } from "./Host";

export class StateDict {
  /** The dict's name, from the patcher; null until it says. */
  private name: string | null = null;
  private written = "";

  constructor(
    private readonly host: Pick<Host, "readDict" | "writeDict">,
    private readonly log: Logger,
  ) {}

  named(name: Atom | undefined): void {
    if (typeof name === "string" && name !== "") this.name = name;
  }

  write(state: SavedJson): void {
    // Detents (the parameter cursor, the recording length) change it often: only a change is written.
    const json = JSON.stringify(state);
    if (this.name === null || json === this.written) return;
    this.written = json;
    this.host.writeDict(this.name, state);
  }

  /** Once per bundle start, after its first sync: what an earlier bundle had under way. */
  async pickUp(saved: SavedState): Promise<void> {
    if (this.name === null) return;
    try {
      const kept = await this.host.readDict(this.name);
      if (Object.keys(kept).length > 0) this.log.info("Picking up what was under way before the restart");
      saved.restore(kept as SavedJson);
    } catch (error) {
      this.log.error("what was under way could not be read", error);
    }
  }
}
