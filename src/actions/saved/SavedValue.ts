// One feature's state that must survive a Node for Max restart, as one value: replacing it saves it
// (SavedState writes the whole state once, at the end of the turn), so no code calls a save.
import type { JsonValue, Schema } from "./SavedSchema";

/** What a feature declares: its [dict] key, the version of its value's schema, and the schema. */
export interface SavedDeclaration<T> {
  readonly key: string;
  /** Raised when the schema changes: a value another version saved is dropped, never misread. */
  readonly version: number;
  readonly schema: Schema<T>;
  /** The value before anything happened; `null` in a value's type is nothing under way, not saved. */
  readonly initial: T;
  /**
   * What the feature does with the value an earlier bundle saved, once read back (the set is synced):
   * it picks up what was under way, which sets the value again. Without it, the value is set as read.
   */
  restored?(value: T): void;
}

export class SavedValue<T> {
  private value: T;

  constructor(
    readonly declaration: SavedDeclaration<T>,
    private readonly changed: () => void,
  ) {
    this.value = declaration.initial;
  }

  get(): T {
    return this.value;
  }

  /** The value as it is kept: its schema version and what its schema writes. */
  entry(): JsonValue {
    const { version, schema } = this.declaration;
    return { version, kept: schema.write(this.value) };
  }

  /** What a kept `entry` holds, when it is what this value's schema writes at its version; else undefined. */
  read(entry: JsonValue): T | undefined {
    const { version, schema } = this.declaration;
    return typeof entry === "object" && entry !== null && !Array.isArray(entry) && entry["version"] === version ? schema.read(entry["kept"]) : undefined;
  }

  /** Replaces the value, and so saves it (a value equal by === is no change). */
  set(value: T): void {
    if (value === this.value) return;
    this.value = value;
    this.changed();
  }
}
