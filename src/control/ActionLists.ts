// Runs what a gesture binds: an action (with its arguments) through the runner, or a list of steps as
// one Sequence. A list's action steps each run as the knob's press would (their own undo step and status
// text), one after the other as each ends; a step that does not end well stops the list, and the status
// line names it. Waits in bars or beats end on the song's grid while it plays (the step after runs in the
// tick the bar or beat line is reached); stopped, they last as long at the tempo. The same gesture again
// while its list runs cancels it; `set.reinit` cancels every sequence, lists included. What each list
// has reached is saved (ListProgress.ts), so a restarted script picks up a list waiting on the grid.
import type { ActionContext } from "../actions/Action";
import { GESTURE_WORDS } from "../actions/GestureNames";
import type { ActionRegistry } from "../actions/ActionRegistry";
import type { StatusLine } from "../actions/ActionServices";
import type { SavedState } from "../actions/saved/SavedState";
import { ObservableValue } from "../events/ObservableValue";
import { messageOf } from "../log/ErrorText";
import type { Logger } from "../log/Logger";
import { Sequence } from "../sequence/Sequence";
import type { SequenceContext } from "../sequence/SequenceContext";
import type { ActionRunner, RunEnd } from "./ActionRunner";
import { ListProgress, listHash, type RestoredList, type RunningList } from "./ListProgress";
import { asCall, isList, isWait, type Binding, type ListStep, type MappingDocument } from "./Mapping";
import { parseWait } from "./WaitText";

export interface ActionListsOptions {
  runner: ActionRunner;
  registry: ActionRegistry;
  sequences: SequenceContext;
  saved: SavedState;
  status: StatusLine;
  logger: Logger;
  /** The active mapping, where a restarted script finds the lists it saved. */
  mapping: () => MappingDocument | undefined;
}

/** A refused step: the list stops, in the musician's words (expected, so logged at debug only). */
class StepNotDone extends Error {
  readonly expected = true;
}

/** "Log knob 6, press": where the musician finds the list. */
function placeOf(context: ActionContext): string {
  return `${context.encoder.group} knob ${context.encoder.position}, ${GESTURE_WORDS[context.gesture]}`;
}

export class ActionLists {
  private readonly running = new Map<string, Sequence<unknown>>();
  /** Lists cancelled by their own knob, said already; any other cancel (the song stopping, a reinit) is told at the end. */
  private readonly pressedOff = new Set<Sequence<unknown>>();
  private readonly progress: ListProgress;

  constructor(private readonly options: ActionListsOptions) {
    this.progress = new ListProgress(options.saved, options.mapping, (list) => this.restored(list));
  }

  /** Lists running now. */
  get size(): number {
    return this.running.size;
  }

  /** Never throws (the runner's promise): a list's failures end on the status line. */
  run(binding: Binding, context: ActionContext): void {
    if (!isList(binding)) {
      const call = asCall(binding as Exclude<Binding, readonly unknown[]>);
      return this.options.runner.run(call.action, context, { args: call.args });
    }
    const key = keyOf(context);
    const running = this.running.get(key);
    if (running !== undefined) {
      this.options.status.show("warn", `${placeOf(context)}: list cancelled`);
      this.pressedOff.add(running);
      return running.cancel();
    }
    try {
      this.start(binding, context, 0, null);
    } catch (error) {
      this.options.logger.error(`${placeOf(context)}: the list could not start`, error);
      this.options.status.show("error", `${placeOf(context)}: the list could not start`);
    }
  }

  /**
   * Runs `steps` from `from`; `dueAt` (a song position) first finishes a wait that was under way when
   * the script restarted.
   */
  private start(steps: readonly ListStep[], context: ActionContext, from: number, dueAt: number | null): void {
    const key = keyOf(context);
    const place = placeOf(context);
    let sequence: Sequence<unknown> = new Sequence(this.options.sequences, `${place} list`);
    let current = dueAt === null ? from : from - 1;
    const entry: RunningList = { ...this.progress.address(context), hash: listHash(steps), step: dueAt === null ? from : from - 1, due: dueAt ?? -1 };
    if (dueAt !== null) sequence = sequence.add(() => this.waitUntil(dueAt, `${place} resumed`), { name: "resumed wait" });
    steps.forEach((step, index) => {
      if (index < from) return;
      const name = this.stepName(step);
      sequence = sequence.add(
        () => {
          current = index;
          const wait = isWait(step) ? parseWait(step.wait) : undefined;
          const line = wait === undefined || wait.unit === "ms" ? null : this.options.sequences.beats.gridLine(wait.count, wait.unit);
          this.progress.update(entry, index, line ?? -1);
          return isWait(step) ? this.waitStep(step.wait, line, `${place} ${name}`) : this.actionStep(step, context, index, name);
        },
        { name },
      );
    });
    this.running.set(key, sequence);
    this.progress.add(entry);
    sequence.onEnd((ended) => {
      if (this.running.get(key) === ended) this.running.delete(key);
      this.progress.remove(entry);
      const stopped = `${place}: list stopped at step ${current + 1} (${this.stepName(steps[current]!)})`;
      if (ended.isCancelled && this.pressedOff.delete(ended)) this.options.logger.debug(`${place}: list cancelled at step ${current + 1}`);
      else if (ended.isCancelled) this.options.status.show("warn", `${stopped}: cancelled (the song stopped, or the set was read again)`);
      else if (ended.isErrored) {
        this.options.status.show("warn", `${stopped}: ${messageOf(ended.error)}`);
      }
    });
    sequence.done();
  }

  /** An action step: pressed as the knob would be; it lasts until the action has ended. */
  private actionStep(step: Exclude<ListStep, { wait: string }>, context: ActionContext, index: number, name: string): Sequence<unknown> {
    const call = asCall(step);
    const end = new ObservableValue<RunEnd | undefined>(undefined);
    this.options.runner.run(call.action, { gesture: "press", encoder: context.encoder }, { args: call.args, ended: (result) => end.set(result) });
    return new Sequence(this.options.sequences, `${placeOf(context)} step ${index + 1}`)
      .waitFor(end, (result): result is RunEnd => result !== undefined, { timeoutTicks: Infinity, name })
      .add((result) => {
        if (!result.ok) throw new StepNotDone(result.reason);
      })
      .done();
  }

  /** A wait: to the grid `line` while the song plays, else as long at the tempo (or in ms). */
  private waitStep(text: string, line: number | null, name: string): Sequence<unknown> {
    const wait = parseWait(text);
    const sequence = new Sequence(this.options.sequences, name);
    if (wait === undefined) throw new StepNotDone(`"${text}" is not a wait`);
    const beats = line === null ? null : this.options.sequences.beats.beatsUntil(line);
    if (beats !== null) return sequence.waitBeats(beats).done();
    const ms = wait.unit === "ms" ? wait.count : this.options.sequences.beats.durationMs(wait.count, wait.unit);
    return sequence.waitMs(Math.max(1, ms)).done();
  }

  /** The rest of a grid wait under way at a restart: to the song position it was due at. */
  private waitUntil(due: number, name: string): Sequence<unknown> {
    const beats = this.options.sequences.beats.beatsUntil(due);
    if (beats === null) throw new StepNotDone("the song moved on while the script restarted");
    return new Sequence(this.options.sequences, name).waitBeats(beats).done();
  }

  private restored(list: RestoredList): void {
    const place = placeOf(list.context);
    if (list.due < 0 || this.options.sequences.beats.beatsUntil(list.due) === null) {
      this.options.status.show("warn", `${place}: the list stopped when the script restarted, at step ${list.step + 1} (${this.stepName(list.steps[list.step]!)})`);
      return;
    }
    this.options.logger.info(`${place}: list picked up after the restart, at step ${list.step + 2}`);
    this.start(list.steps, list.context, list.step + 1, list.due);
  }

  private stepName(step: ListStep): string {
    if (isWait(step)) return `wait ${step.wait}`;
    const { action } = asCall(step);
    return this.options.registry.get(action)?.title ?? action;
  }
}

function keyOf(context: ActionContext): string {
  return `${context.encoder.group}/${context.encoder.position}/${context.gesture}`;
}
