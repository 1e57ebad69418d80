// How far each running list has gone, saved so a restarted script finds it (src/actions/saved): the
// knob by its group's index, position and gesture, the list's hash (a list edited meanwhile is not the
// one that ran), the step under way and, for a wait on the grid, the song position it ends at. Numbers
// only, so the [dict] interns no symbol.
import { GESTURES, type ActionContext, type Gesture } from "../actions/Action";
import { flatList, number, orNone } from "../actions/saved/SavedSchema";
import type { SavedState } from "../actions/saved/SavedState";
import type { SavedValue } from "../actions/saved/SavedValue";
import { isList, type ListStep, type MappingDocument } from "./Mapping";

export interface RunningList {
  group: number;
  position: number;
  gesture: number;
  hash: number;
  step: number;
  /** The song position the wait under way ends at; -1 when the step is not a wait on the grid. */
  due: number;
}

/** What a restarted script picks up: the list, the knob it runs for, and where it was. */
export interface RestoredList {
  steps: readonly ListStep[];
  context: ActionContext;
  step: number;
  due: number;
}

/** A 32-bit hash of the list as the mapping writes it (FNV-1a). */
export function listHash(steps: readonly ListStep[]): number {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(steps);
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** No list running is saved as nothing (null), so an idle script's [dict] has no entry. */
const SCHEMA = orNone(flatList({ group: number, position: number, gesture: number, hash: number, step: number, due: number }), 0);

export class ListProgress {
  private readonly value: SavedValue<RunningList[] | null>;

  constructor(
    saved: SavedState,
    private readonly mapping: () => MappingDocument | undefined,
    restore: (list: RestoredList) => void,
  ) {
    this.value = saved.declare({
      key: "lists",
      version: 1,
      schema: SCHEMA,
      initial: null,
      restored: (lists) => {
        this.value.set(null);
        for (const list of lists ?? []) {
          const found = this.find(list);
          if (found !== undefined) restore(found);
        }
      },
    });
  }

  /** The knob a gesture came from, as numbers. */
  address(context: ActionContext): Pick<RunningList, "group" | "position" | "gesture"> {
    const group = this.mapping()?.groups.findIndex((g) => g.name === context.encoder.group) ?? -1;
    return { group, position: context.encoder.position, gesture: GESTURES.indexOf(context.gesture) };
  }

  add(list: RunningList): void {
    this.replace([...(this.value.get() ?? []), list]);
  }

  update(list: RunningList, step: number, due: number): void {
    list.step = step;
    list.due = due;
    this.replace([...(this.value.get() ?? [])]);
  }

  remove(list: RunningList): void {
    this.replace((this.value.get() ?? []).filter((each) => each !== list));
  }

  private replace(lists: RunningList[]): void {
    this.value.set(lists.length === 0 ? null : lists);
  }

  /** The list a saved entry names, when the mapping still binds that same list there. */
  private find(list: RunningList): RestoredList | undefined {
    const group = this.mapping()?.groups[list.group];
    const encoder = group?.encoders.find((e) => e.position === list.position);
    const gesture: Gesture | undefined = GESTURES[list.gesture];
    const binding = gesture === undefined ? undefined : encoder?.[gesture];
    if (group === undefined || encoder === undefined || gesture === undefined || binding === undefined || !isList(binding)) return undefined;
    if (listHash(binding) !== list.hash || list.step >= binding.length) return undefined;
    const context = { gesture, encoder: { group: group.name, position: encoder.position, label: encoder.label } } as ActionContext;
    return { steps: binding, context, step: list.step, due: list.due };
  }
}
