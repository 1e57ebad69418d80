// Max's [js] Dict object (https://docs.cycling74.com/max8/vignettes/jsdict) over the shared DictStore.
// Keys may be hierarchical with "::", as in Max.
import type { DictStore, JsonObject, JsonValue } from "./DictStore";
import { copy } from "./DictStore";

export function dictClass(store: DictStore) {
  return class Dict {
    readonly name: string;
    quiet = false;

    constructor(name?: string) {
      this.name = name ?? store.uniqueName();
      store.entry(this.name);
    }

    get(key: string): unknown {
      const value = lookup(store.entry(this.name), key);
      if (value === undefined) return null;
      if (value !== null && typeof value === "object" && !Array.isArray(value)) {
        // Max answers a sub-dictionary as a Dict of its own.
        const child = new Dict();
        store.set(child.name, value);
        return child;
      }
      return copy(value);
    }

    set(key: string, ...values: JsonValue[]): void {
      const path = key.split("::");
      let node = store.entry(this.name);
      for (const part of path.slice(0, -1)) {
        const next = node[part];
        if (next === null || typeof next !== "object" || Array.isArray(next)) node[part] = {};
        node = node[part] as JsonObject;
      }
      node[path[path.length - 1]] = values.length === 1 ? copy(values[0]) : copy(values);
    }

    contains(key: string): number {
      return lookup(store.entry(this.name), key) === undefined ? 0 : 1;
    }

    getkeys(): string[] | string | null {
      const keys = Object.keys(store.entry(this.name));
      // Max answers a single key as a bare string and no keys as null.
      return keys.length === 0 ? null : keys.length === 1 ? keys[0] : keys;
    }

    getsize(key: string): number {
      const value = lookup(store.entry(this.name), key);
      return Array.isArray(value) ? value.length : value === undefined ? 0 : 1;
    }

    remove(key: string): void {
      delete store.entry(this.name)[key];
    }

    clear(): void {
      store.set(this.name, {});
    }

    parse(json: string): void {
      store.set(this.name, JSON.parse(json) as JsonObject);
    }

    stringify(): string {
      return JSON.stringify(store.entry(this.name));
    }
  };
}

function lookup(root: JsonObject, key: string): JsonValue | undefined {
  let node: JsonValue | undefined = root;
  for (const part of key.split("::")) {
    if (node === null || typeof node !== "object" || Array.isArray(node)) return undefined;
    node = node[part];
  }
  return node;
}
