// The device's action menus as the tests read them: each gesture's menu lists the actions that accept
// it, in the catalogue's order, after the "-" item (index 0).
import type { Gesture } from "../../src/actions/Action";
import type { ActionRegistry } from "../../src/actions/ActionRegistry";

export function menuIds(registry: ActionRegistry, gesture: Gesture): string[] {
  return registry.all().filter((action) => action.gestures.includes(gesture)).map((action) => action.id);
}

/** The index the patcher sends for `id` in `gesture`'s menu (0 when it is not listed). */
export function menuItem(registry: ActionRegistry, gesture: Gesture, id: string): number {
  return menuIds(registry, gesture).indexOf(id) + 1;
}
