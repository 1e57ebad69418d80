// The actions a mapping may name. Metadata is registered up front (so mappings validate before any
// implementation exists); handlers are attached by the actions layer.
import type { ActionDefinition, ActionGuard, ActionHandler } from "./Action";

/** "area.name"; mapping.schema.json's actionId pattern is the same (a test keeps them equal). */
export const ACTION_ID_PATTERN = /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/;

export class ActionRegistry {
  private readonly definitions = new Map<string, ActionDefinition>();

  /** Registration happens at start-up from code, so a malformed or duplicate id is a programming error. */
  register(definition: ActionDefinition): void {
    if (!ACTION_ID_PATTERN.test(definition.id)) throw new Error(`malformed action id "${definition.id}"`);
    if (this.definitions.has(definition.id)) throw new Error(`action "${definition.id}" registered twice`);
    if (definition.gestures.length === 0) throw new Error(`action "${definition.id}" accepts no gesture`);
    this.definitions.set(definition.id, { ...definition });
  }

  /** Attaches the implementation (and optionally a guard) to a registered action. */
  implement(id: string, handler: ActionHandler, guard?: ActionGuard): void {
    const definition = this.definitions.get(id);
    if (definition === undefined) throw new Error(`cannot implement unknown action "${id}"`);
    definition.handler = handler;
    if (guard !== undefined) definition.guard = guard;
  }

  get(id: string): Readonly<ActionDefinition> | undefined {
    return this.definitions.get(id);
  }

  has(id: string): boolean {
    return this.definitions.has(id);
  }

  all(): Readonly<ActionDefinition>[] {
    return [...this.definitions.values()];
  }
}
