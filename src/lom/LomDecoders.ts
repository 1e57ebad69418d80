// How the raw atoms LiveAPI answers decode into the values LomClasses.ts declares.
import type { Raw } from "../wire/protocol";

export type Decoder<T> = (raw: Raw) => T;

export const int: Decoder<number> = (raw) => Number(raw[0] ?? 0);
export const float: Decoder<number> = int;
export const bool: Decoder<boolean> = (raw) => raw[0] === 1 || raw[0] === "1" || raw[0] === "true";
export const text: Decoder<string> = (raw) => raw.map(String).join(" ");
/** A single-object child or reference (`["id", 5]`); `null` for `id 0`. */
export const ref: Decoder<number | null> = (raw) => (raw.length >= 2 && Number(raw[1]) !== 0 ? Number(raw[1]) : null);
export const strings: Decoder<string[]> = (raw) => raw.map(String);

export function decodeIds(raw: Raw): number[] {
  const ids: number[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) if (raw[i] === "id" && Number(raw[i + 1]) !== 0) ids.push(Number(raw[i + 1]));
  return ids;
}
