// What a [js] script's LiveAPI looks like from outside (https://docs.cycling74.com/apiref/js/liveapi): the
// instance, its constructor's two forms and the observer callback, which LiveApi.ts implements over the set.
import type { Atom } from "./LiveObject";

export type LiveApiCallback = (args: Atom[]) => void;

/** The instance shape of @types/maxmsp's `LiveAPI` (id is a String, as the reference says). */
export interface LiveApiInstance {
  get id(): string;
  set id(value: number | string);
  path: string;
  readonly unquotedpath: string;
  readonly children: string[];
  mode: number;
  readonly type: string;
  readonly info: string;
  property: string;
  readonly proptype: string;
  getcount(child: string): number | undefined;
  goto(path: string): void;
  get(property: string): Atom[] | undefined;
  getstring(property: string): string | undefined;
  set(property: string, ...values: unknown[]): void;
  call(fn: string, ...args: unknown[]): Atom[] | string | undefined;
}

export interface LiveApiConstructor {
  new (callback?: LiveApiCallback | null, path?: string | number): LiveApiInstance;
  /** The legacy form, with the patcher first ("still supported, but no longer necessary"). */
  new (patcher: object, callback?: LiveApiCallback | null, path?: string | number): LiveApiInstance;
}
