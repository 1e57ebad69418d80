// The actions a mapping may name, from their definitions: what the mapping is validated against, the
// README's table and the device's menus read. Installing hands them the services and makes the state
// they share, once.
import type { ActionContext, ActionDefinition, ActionInput, ActionState } from "./Action";
import type { ActionServices } from "./ActionServices";
import { NEED_KEYS, type Need, type NeedValues } from "./Needs";
import { resolveArgs, type Args } from "./ActionParams";

/** "area.name"; mapping.schema.json's actionId pattern is the same (a test keeps them equal). */
export const ACTION_ID_PATTERN = /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/;

/** The area of the musician's own actions (src/actions/user/): loaded from files, replaced on each reload. */
export const USER_AREA = "user.";

export class ActionRegistry {
  private readonly definitions = new Map<string, ActionDefinition>();
  private services: ActionServices | null = null;
  private readonly states = new Map<ActionState<unknown>, unknown>();
  private readonly listeners: (() => void)[] = [];

  /** Definitions come from code, so a malformed or duplicate id is a programming error. */
  constructor(definitions: readonly ActionDefinition[]) {
    for (const definition of definitions) this.add(definition);
  }

  private add(definition: ActionDefinition): void {
    if (!ACTION_ID_PATTERN.test(definition.id)) throw new Error(`malformed action id "${definition.id}"`);
    if (this.definitions.has(definition.id)) throw new Error(`action "${definition.id}" defined twice`);
    if (definition.gestures.length === 0) throw new Error(`action "${definition.id}" accepts no gesture`);
    this.definitions.set(definition.id, { ...definition });
  }

  /**
   * Replaces every user action (ids in USER_AREA) with `definitions`, checked as the built-in ones are
   * (a bad one throws and nothing changes); then tells the listeners (the device's menus).
   */
  replaceUserActions(definitions: readonly ActionDefinition[]): void {
    const builtIn = [...this.definitions.values()].filter((definition) => !definition.id.startsWith(USER_AREA));
    const before = new Map(this.definitions);
    this.definitions.clear();
    try {
      for (const definition of [...builtIn, ...definitions]) {
        if (definition.state !== undefined && definition.id.startsWith(USER_AREA)) throw new Error(`user action "${definition.id}" declares a state`);
        this.add(definition);
      }
    } catch (error) {
      this.definitions.clear();
      for (const [id, definition] of before) this.definitions.set(id, definition);
      throw error;
    }
    for (const listener of this.listeners) listener();
  }

  /** Called after the user actions were replaced. */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Hands the actions their services and makes each shared state (which may keep what is in flight). */
  install(services: ActionServices): void {
    this.services = services;
    this.states.clear();
    for (const { state } of this.definitions.values()) if (state && !this.states.has(state)) this.states.set(state, state.create(services));
  }

  get isInstalled(): boolean {
    return this.services !== null;
  }

  /** What a run of `definition` receives; `found` holds each of its needs, resolved; `given` the mapping's arguments. */
  inputFor(definition: ActionDefinition, context: ActionContext, found: ReadonlyMap<Need, NeedValues[Need]>, given?: Args): ActionInput {
    if (this.services === null) throw new Error("the actions are not installed");
    const needs = Object.fromEntries([...found].map(([need, value]) => [NEED_KEYS[need], value]));
    const steps = context.gesture === "scroll" ? context.scroll.direction * context.scroll.delta : 0;
    const state = definition.state ? this.states.get(definition.state) : undefined;
    const args = resolveArgs(definition.params ?? {}, given);
    return { ...(needs as unknown as ActionInput), ...this.services, context, steps, state, args };
  }

  /** Replaces what a registered action does (and its refusal, when given): tests drive the runner with runs of their own. */
  implement(id: string, run: (input: ActionInput) => unknown, refuse?: (input: ActionInput) => string | undefined): void {
    const definition = this.definitions.get(id);
    if (definition === undefined) throw new Error(`cannot implement unknown action "${id}"`);
    this.definitions.set(id, refuse === undefined ? { ...definition, run } : { ...definition, run, refuse });
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
