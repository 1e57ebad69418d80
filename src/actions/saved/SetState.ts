// What the musician made that belongs to the set (the snapshot slots), as opposed to what is under way
// (SavedState): kept in the device's [pattr p0_set], a blob parameter Live saves with the set and its
// presets, like the mapping's [pattr p0_mapping] (scripts/patchers/setStorage.ts). One JSON object
// `{ key: { version, kept } }`, each feature one value declared with its key, schema version and schema.
// Replacing a value stores the whole object (one undo entry in Live, as a mapping edit; Ctrl+Z gives the
// earlier copy back). Every copy Live hands over (the set opening, a preset, an undo, the read at each
// start) is read value by value: one that is not what its schema writes is dropped with a warning and
// keeps its value; the others apply. The script never stores back what Live handed it.
import type { Logger } from "../../log/Logger";
import type { JsonValue } from "./SavedSchema";
import type { SavedJson } from "./SavedState";
import { SavedValue, type SavedDeclaration } from "./SavedValue";

export class SetState {
  private readonly values: SavedValue<unknown>[] = [];
  private restoring = false;
  private queued = false;

  constructor(
    /** Stores the JSON text with the set. */
    private readonly store: (json: string) => void,
    private readonly log: Logger,
  ) {}

  declare<T>(declaration: Omit<SavedDeclaration<T>, "restored">): SavedValue<T> {
    if (this.values.some((value) => value.declaration.key === declaration.key)) throw new Error(`set state "${declaration.key}" declared twice`);
    const value = new SavedValue<T>(declaration, () => this.changed());
    this.values.push(value as SavedValue<unknown>);
    return value;
  }

  /** Live's copy: `text` is its JSON, empty when nothing was stored (a new set, an undo of the first store). */
  restore(text: string): void {
    let state: SavedJson;
    try {
      const parsed = (text.trim() === "" ? {} : JSON.parse(text)) as JsonValue;
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
      state = parsed;
    } catch {
      this.log.warn("what the set keeps for Protocol0 is not JSON: kept as it was");
      return;
    }
    this.restoring = true;
    try {
      for (const saved of this.values) this.restoreOne(saved, state[saved.declaration.key]);
    } finally {
      this.restoring = false;
    }
  }

  private restoreOne(saved: SavedValue<unknown>, entry: JsonValue | undefined): void {
    const { key, initial } = saved.declaration;
    if (entry === undefined || entry === null) return saved.set(initial);
    const kept = saved.read(entry);
    if (kept === undefined) this.log.warn(`what the set keeps for ${key} was dropped: it is not what this script stores`);
    else saved.set(kept);
  }

  /** A value was replaced (not by Live's copy): the whole object is stored once, at the end of this turn. */
  private changed(): void {
    if (this.restoring || this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      const state: SavedJson = {};
      for (const saved of this.values) state[saved.declaration.key] = saved.entry();
      this.store(JSON.stringify(state));
    });
  }
}
