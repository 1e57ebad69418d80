// Base of every wrapper: a Live id and the mirror it reads from. Wrappers are created once per
// id by LiveObjects and reused for the life of the set, so state kept on them survives moves.
import type { Answer } from "./Answer";
import type { Mirror } from "../lom/Mirror";
import type { ChildName, LomClassName, PropName, PropValue } from "../lom/LomClasses";
import type { FunctionArgs, FunctionName, SettableProp, WriteValue } from "../lom/LomNames";

export abstract class LiveObject<C extends LomClassName> {
  constructor(
    readonly id: number,
    protected readonly mirror: Mirror,
    protected readonly cls: C,
  ) {}

  /** False once Live deleted the object. */
  get exists(): boolean {
    return this.mirror.node(this.id)?.type === this.cls;
  }

  protected prop<P extends PropName<C>>(prop: P): PropValue<C, P> | undefined {
    return this.mirror.get(this.id, this.cls, prop);
  }

  protected childIds(child: ChildName<C>): readonly number[] {
    return this.mirror.children(this.id, this.cls, child);
  }

  protected write<P extends SettableProp<C>>(prop: P, value: WriteValue<C, P>): Answer {
    return this.mirror.set(this.id, this.cls, prop, value);
  }

  protected invoke<F extends FunctionName<C>>(fn: F, ...args: FunctionArgs<C, F>): Answer {
    return this.mirror.call(this.id, this.cls, fn, args);
  }

  toString(): string {
    return `${this.constructor.name}(${this.id})`;
  }
}
