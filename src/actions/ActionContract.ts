// What an action runs against besides the model: Live's undo steps, the device's status line and the
// question whether Live has what it needs. The control layer's runner drives actions through these;
// the host provides them.
import type { Gesture, Need } from "./Action";

/** Live's undo steps (Song.begin_undo_step / end_undo_step), reached through the LOM bridge. */
export interface UndoSteps {
  begin(name: string): void;
  end(): void;
}

/** The device's status line. */
export interface StatusLine {
  show(level: "info" | "warn" | "error", text: string): void;
}

/** Answers whether Live currently has what an action needs (read from the mirror). */
export interface SelectionProbe {
  has(need: Need): boolean;
}

/**
 * Where a mapping binds actions, as the README's action reference reads it: knobs by group and position,
 * an action id per gesture. The control layer's MappingDocument is one; actions never import it.
 */
export interface ActionBindings {
  readonly groups: readonly {
    readonly name: string;
    readonly encoders: readonly ({ readonly position: number } & { readonly [gesture in Gesture]?: string })[];
  }[];
}
