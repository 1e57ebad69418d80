// What is under way and must survive Node for Max restarting: the recording (with what it must put
// back), the looping scenes, the recording length, the quantize-takes switch, the parameter cursor, each
// one SavedValue with its key and schema version. The device keeps them in a [dict] of its own, which a Node restart leaves
// alone and Live does not save with the set (so they cost no undo step): `{ key: { version, kept } }`.
// A restarted bundle reads them back after its first sync; each is validated whole, and one that is
// not what its schema writes is dropped with a warning, never half-applied.
import type { Logger } from "../../log/Logger";
import type { JsonValue } from "./SavedSchema";
import { SavedValue, type SavedDeclaration } from "./SavedValue";

export type SavedJson = { [key: string]: JsonValue };

export class SavedState {
  private readonly values: SavedValue<unknown>[] = [];
  private queued = false;

  constructor(
    private readonly write: (state: SavedJson) => void,
    private readonly log: Logger,
  ) {}

  /** The feature's value, saved whenever it is replaced. */
  declare<T>(declaration: SavedDeclaration<T>): SavedValue<T> {
    if (this.values.some((value) => value.declaration.key === declaration.key)) throw new Error(`saved state "${declaration.key}" declared twice`);
    const value = new SavedValue(declaration, () => this.changed());
    this.values.push(value);
    return value;
  }

  /** Hands each feature the value an earlier bundle saved; one that fails is logged and the others still restore. */
  restore(state: SavedJson): void {
    for (const saved of this.values) {
      const { key } = saved.declaration;
      const entry = state[key];
      if (entry === undefined || entry === null) continue;
      const kept = saved.read(entry);
      if (kept === undefined) {
        this.log.warn(`what was under way (${key}) was dropped: it is not what this script saves`);
        continue;
      }
      try {
        const { restored } = saved.declaration;
        if (restored) restored.call(saved.declaration, kept);
        else saved.set(kept);
      } catch (error) {
        this.log.error(`what was under way (${key}) could not be picked up`, error);
      }
    }
    this.changed();
  }

  /** A value was replaced: the state is written once, at the end of this turn. */
  private changed(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.write(this.collect());
    });
  }

  private collect(): SavedJson {
    const state: SavedJson = {};
    for (const saved of this.values) if (saved.get() !== null) state[saved.declaration.key] = saved.entry();
    return state;
  }
}
