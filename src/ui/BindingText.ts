// A gesture's binding as the device shows it: in the grid, its action's title with the arguments that
// differ from the defaults ("Record (bars 8)"), or a list's length; in the help column, what each action
// does, or a list's steps one by one (a list is edited through export and import).
import { describeArgs } from "../actions/ActionParams";
import type { ActionRegistry } from "../actions/ActionRegistry";
import { asCall, isList, isWait, type Binding, type ListStep } from "../control/Mapping";
import type { ActionCall } from "../actions/Action";
import { unknownName } from "./MappingReport";
import { counted } from "../log/Counted";

function callTitle(registry: ActionRegistry, call: ActionCall): string {
  const definition = registry.get(call.action);
  if (definition === undefined) return unknownName(call.action);
  const args = describeArgs(definition.params ?? {}, call.args);
  return args === "" ? definition.title : `${definition.title} (${args})`;
}

function stepTitle(registry: ActionRegistry, step: ListStep): string {
  return isWait(step) ? `wait ${step.wait}` : callTitle(registry, asCall(step));
}

/** The grid's text for a binding. */
export function bindingTitle(registry: ActionRegistry, binding: Binding): string {
  if (isList(binding)) return `list of ${counted(binding.length, "step")}`;
  return callTitle(registry, asCall(binding as string | ActionCall));
}

/** The action a gesture's menu shows: the binding's own; none for a list (its steps are in the help). */
export function menuAction(binding: Binding | undefined): string | undefined {
  return binding === undefined || isList(binding) ? undefined : asCall(binding as string | ActionCall).action;
}

/** The help column's text for a binding. */
export function bindingHelp(registry: ActionRegistry, binding: Binding): string {
  if (isList(binding)) {
    const steps = binding.map((step, index) => `${index + 1}. ${stepTitle(registry, step)}`).join(" ");
    return `List: ${steps}. Pressing again while it runs cancels it; export, edit and import the mapping to change it.`;
  }
  const call = asCall(binding as string | ActionCall);
  const definition = registry.get(call.action);
  if (definition === undefined) return `${unknownName(call.action)}: no action has this id (renamed or misspelled); it does nothing`;
  return `${callTitle(registry, call)}: ${definition.description}`;
}
