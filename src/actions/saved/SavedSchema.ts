// How a saved value is written into the device's [dict] and read back: numbers and flat lists of
// numbers only (a Max [dict] keeps an array of numbers as it is, and a number never interns a Max
// symbol), model objects by their Live id (valid while the set is open). Reading validates: a value
// that is not what the schema writes reads as undefined, and is dropped whole (SavedState).

/** What a [dict] holds. */
export type JsonValue = number | string | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface Schema<T> {
  write(value: T): JsonValue;
  /** The value back, or undefined when `json` is not one this schema writes. */
  read(json: JsonValue | undefined): T | undefined;
}

/** The value a schema reads and writes. */
export type Of<S> = S extends Schema<infer T> ? T : never;

type Shape = { [key: string]: Schema<unknown> };
type Record<S extends Shape> = { [K in keyof S]: Of<S[K]> };

export const number: Schema<number> = {
  write: (value) => value,
  read: (json) => (typeof json === "number" && Number.isFinite(json) ? json : undefined),
};

/** A boolean as 1 or 0. */
export const flag: Schema<boolean> = {
  write: (value) => (value ? 1 : 0),
  read: (json) => (json === 1 ? true : json === 0 ? false : undefined),
};

/** `null` written as `none`, a number the schema never writes otherwise (-1 for a length, 0 for an id). */
export function orNone<T>(schema: Schema<T>, none: number): Schema<T | null> {
  return {
    write: (value) => (value === null ? none : schema.write(value)),
    read: (json) => (json === none ? null : schema.read(json)),
  };
}

/** A model object by its id, found again by `find`; one that is gone does not read. */
export function ref<T extends { readonly id: number }>(find: (id: number) => T | null | undefined): Schema<T> {
  return { write: (value) => value.id, read: (json) => (typeof json === "number" ? find(json) ?? undefined : undefined) };
}

/** A model object or none (id 0); one that is gone reads as none. */
export function optionalRef<T extends { readonly id: number }>(find: (id: number) => T | null | undefined): Schema<T | null> {
  return { write: (value) => value?.id ?? 0, read: (json) => (typeof json === "number" ? find(json) ?? null : undefined) };
}

/** A value read into a different type (`from` undefined: not one). */
export function convert<A, B>(schema: Schema<A>, from: (value: A) => B | undefined, to: (value: B) => A): Schema<B> {
  return {
    write: (value) => schema.write(to(value)),
    read: (json) => {
      const value = schema.read(json);
      return value === undefined ? undefined : from(value);
    },
  };
}

/** An object of the shape's keys (others are not written, so a wider value may be handed to `write`). */
export function record<S extends Shape>(shape: S): Schema<Record<S>> {
  return {
    write: (value) => Object.fromEntries(Object.keys(shape).map((key) => [key, shape[key]!.write(value[key])])),
    read: (json) => {
      if (json === null || typeof json !== "object" || Array.isArray(json)) return undefined;
      const value: { [key: string]: unknown } = {};
      for (const key of Object.keys(shape)) {
        const read = shape[key]!.read(json[key]);
        if (read === undefined) return undefined;
        value[key] = read;
      }
      return value as Record<S>;
    },
  };
}

/**
 * A list of records flat in one array of numbers (`[id, beats, id, beats, …]`): each of the shape's
 * schemas writes one number.
 */
export function flatList<S extends Shape>(shape: S): Schema<Record<S>[]> {
  const keys = Object.keys(shape);
  return {
    write: (items) => items.flatMap((item) => keys.map((key) => shape[key]!.write(item[key]))),
    read: (json) => {
      if (!Array.isArray(json) || json.length % keys.length !== 0) return undefined;
      const items: Record<S>[] = [];
      for (let i = 0; i < json.length; i += keys.length) {
        const item = record(shape).read(Object.fromEntries(keys.map((key, k) => [key, json[i + k]!])));
        if (item === undefined) return undefined;
        items.push(item);
      }
      return items;
    },
  };
}
