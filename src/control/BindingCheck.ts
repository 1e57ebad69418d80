// What the schema cannot say of a gesture's binding: that each action accepts the gesture (a list's
// steps are pressed), that a list is bound to a press, and that each wait is one the device can count.
// An action id no action has is listed, not refused.
import type { Gesture } from "../actions/Action";
import type { ActionRegistry } from "../actions/ActionRegistry";
import { asCall, isList, isWait, type Binding } from "./Mapping";
import { parseWait, WAIT_RULE } from "./WaitText";

/** How a musician does each gesture: "Metronome cannot be turned". */
const GESTURE_VERBS: { readonly [gesture in Gesture]: string } = {
  press: "pressed",
  longPress: "long-pressed",
  doublePress: "double-pressed",
  scroll: "turned",
};

export interface BindingReport {
  error(path: string, message: string): void;
  unknown(path: string, id: string): void;
}

function checkAction(registry: ActionRegistry, id: string, gesture: Gesture, path: string, report: BindingReport): void {
  const definition = registry.get(id);
  if (definition === undefined) report.unknown(path, id);
  else if (!definition.gestures.includes(gesture)) report.error(path, `${definition.title} cannot be ${GESTURE_VERBS[gesture]}`);
}

export function checkBinding(registry: ActionRegistry, binding: Binding, gesture: Gesture, path: string, report: BindingReport): void {
  if (!isList(binding)) {
    const call = asCall(binding as Exclude<Binding, readonly unknown[]>);
    return checkAction(registry, call.action, gesture, typeof binding === "string" ? path : `${path}/action`, report);
  }
  if (gesture === "scroll") return report.error(path, "a list runs on a press or a long press, not on a turn");
  binding.forEach((step, index) => {
    const stepPath = `${path}/${index}`;
    if (isWait(step)) {
      if (parseWait(step.wait) === undefined) report.error(`${stepPath}/wait`, WAIT_RULE);
    } else checkAction(registry, asCall(step).action, "press", typeof step === "string" ? stepPath : `${stepPath}/action`, report);
  });
}
