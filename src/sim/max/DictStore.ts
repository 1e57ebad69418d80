// Max's named dictionaries, shared by the fake max-api (getDict/setDict/updateDict) and the shim's Dict.

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export class DictStore {
  private readonly dicts = new Map<string, JsonObject>();
  private unnamed = 0;

  /** A copy of the named dict (an empty one is created, as Max does for a new name). */
  get(name: string): JsonObject {
    return copy(this.entry(name));
  }

  set(name: string, value: JsonObject): void {
    this.dicts.set(name, copy(value));
  }

  /** A fresh unique name, as Max generates for an unnamed dict (`u` + digits). */
  uniqueName(): string {
    let name: string;
    do name = `u${++this.unnamed}`;
    while (this.dicts.has(name));
    return name;
  }

  /** The live object behind a name; callers that mutate it change the dict. */
  entry(name: string): JsonObject {
    let dict = this.dicts.get(name);
    if (!dict) {
      dict = {};
      this.dicts.set(name, dict);
    }
    return dict;
  }
}

export function copy<T extends JsonValue>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
