// Wires the controller input together: registry → runner and lists, validator → store → router, default mapping loaded.
import { createActionRegistry } from "../actions/ActionCatalogue";
import type { ActionRegistry } from "../actions/ActionRegistry";
import type { SavedState } from "../actions/saved/SavedState";
import type { SequenceContext } from "../sequence/SequenceContext";
import { ActionLists } from "./ActionLists";
import { ActionRunner, type ActionRunnerOptions } from "./ActionRunner";
import { ControllerWarnings } from "./ControllerWarnings";
import { EncoderRouter } from "./EncoderRouter";
import defaultMapping from "./defaultMapping.json";
import { MappingStore } from "./MappingStore";
import { MappingValidator } from "./MappingValidator";

/** The runner's options, handed on whole. */
export interface ControlInputOptions extends Omit<ActionRunnerOptions, "registry"> {
  /** The catalogue by default. */
  registry?: ActionRegistry;
  /** The default EC4 document when omitted. */
  mapping?: unknown;
  /** Where lists run, and where what they have reached is saved. */
  sequences: SequenceContext;
  saved: SavedState;
}

export interface ControlInput {
  registry: ActionRegistry;
  runner: ActionRunner;
  /** Runs a gesture's binding: an action, or a list of steps. */
  lists: ActionLists;
  store: MappingStore;
  router: EncoderRouter;
  /** The controller's warnings, shown on the status line too. */
  warnings: ControllerWarnings;
}

/** When the start-up mapping is invalid the errors are logged and the router maps nothing until a valid load. */
export function createControlInput(options: ControlInputOptions): ControlInput {
  const registry = options.registry ?? createActionRegistry();
  const { logger, clock } = options;
  const runner = new ActionRunner({ ...options, registry });
  const store = new MappingStore(new MappingValidator(registry));
  const warnings = new ControllerWarnings(clock, logger, options.status);
  const { sequences, saved, status } = options;
  const lists = new ActionLists({ runner, registry, sequences, saved, status, logger, mapping: () => store.active });
  const router = new EncoderRouter({ store, clock, logger, warnings, dispatch: (binding, context) => lists.run(binding, context) });
  const loaded = store.load(options.mapping ?? defaultMapping);
  if (!loaded.ok) {
    for (const error of loaded.errors) logger.error(`mapping ${error.path || "/"}: ${error.message}`);
  }
  return { registry, runner, lists, store, router, warnings };
}
