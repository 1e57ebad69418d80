// The mapping as the device's [pattr p0_mapping] holds it (and what the set keeps, [pattr p0_set]): a list of atoms, each a piece of the JSON of at
// most MAX_ATOM_CHARS characters, since Max cuts a longer atom on the cord (liveApiCosts.ts). A blob
// parameter holds "any type of data you can store with a pattr object: single values, lists, or strings"
// (Cycling '74, Live parameters), and Live saves it with the set.
//   one atom, the JSON itself                       a mapping of at most MAX_ATOM_CHARS (what earlier devices stored)
//   p0chunks <count> <chars> <piece 1> … <piece n>  a longer one: its pieces in order, their number and total length
// A list that does not add up (a piece missing, cut or not text) is refused whole, never half applied.
import type { Atom } from "../wire/protocol";
import { MAX_ATOM_CHARS } from "../wire/liveApiCosts";

export const CHUNKED = "p0chunks";

/** The atoms that store `json`. */
export function storedAtoms(json: string): Atom[] {
  if (json.length <= MAX_ATOM_CHARS) return [json];
  const pieces: string[] = [];
  for (let at = 0; at < json.length; at += MAX_ATOM_CHARS) pieces.push(json.slice(at, at + MAX_ATOM_CHARS));
  return [CHUNKED, pieces.length, json.length, ...pieces];
}

export type StoredText = { ok: true; text: string } | { ok: false; message: string };

/**
 * The JSON a stored list holds: a lone text's atoms joined as Max prints them, or the pieces checked and
 * joined; `what` names it in the refusals.
 */
export function storedText(atoms: readonly Atom[], what = "the mapping"): StoredText {
  if (atoms[0] !== CHUNKED) return { ok: true, text: atoms.map(String).join(" ") };
  const [, count, chars] = atoms;
  const pieces = atoms.slice(3);
  if (typeof count !== "number" || typeof chars !== "number") return { ok: false, message: `the stored pieces of ${what} have no count` };
  if (pieces.length !== count) return { ok: false, message: `${pieces.length} of ${what}'s ${count} stored pieces arrived` };
  if (pieces.some((piece) => typeof piece !== "string")) return { ok: false, message: `a stored piece of ${what} is not text` };
  const text = pieces.join("");
  if (text.length !== chars) return { ok: false, message: `the stored pieces of ${what} hold ${text.length} of its ${chars} characters` };
  return { ok: true, text };
}
