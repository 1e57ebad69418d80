// A grid cell as `ui_encoder` carries it after the knob's label: parts, each a gesture word and its text
// ("press" "Tap tempo"), so the cell's [jsui] can set the label, the gesture words and the titles apart.
// Shared by the bundle, which sends them, the cell's [jsui], which draws them, and the tools that print
// a cell as one line. ES5: the [jsui] is built from it.
import type { Atom } from "./protocol";

/** The gesture word of a part that has none: a name or a value of Live's, the shift knob's role. */
export var NO_GESTURE = "-";
/** Between a knob's gestures, in the one-line text and in the drawn cell. */
export var PART_SEPARATOR = "·";

export interface CellPart {
  /** "press", "long", "double", "turn", or NO_GESTURE. */
  gesture: string;
  text: string;
}

/** The parts as atoms, two a part: a title or a Live name stays one symbol, as it was. */
export function cellAtoms(parts: readonly CellPart[]): Atom[] {
  var atoms: Atom[] = [];
  for (var i = 0; i < parts.length; i++) atoms.push(parts[i]!.gesture, parts[i]!.text);
  return atoms;
}

/** The parts of a message's atoms after the label; a last atom alone is a part without a gesture. */
export function cellParts(atoms: readonly Atom[]): CellPart[] {
  var parts: CellPart[] = [];
  for (var i = 0; i < atoms.length; i += 2) {
    parts.push(i + 1 < atoms.length ? { gesture: String(atoms[i]), text: String(atoms[i + 1]) } : { gesture: NO_GESTURE, text: String(atoms[i]) });
  }
  return parts;
}

/** Whether a part shows its gesture word, after a separator when a part came before it. */
export function hasGesture(part: CellPart): boolean {
  return part.gesture !== NO_GESTURE;
}

/** The parts on one line, as the log and the REPL print a cell: "press Tap tempo · turn Tempo". */
export function cellText(parts: readonly CellPart[]): string {
  var words: string[] = [];
  for (var i = 0; i < parts.length; i++) {
    var part = parts[i]!;
    if (hasGesture(part) && i > 0) words.push(PART_SEPARATOR);
    if (hasGesture(part)) words.push(part.gesture);
    words.push(part.text);
  }
  return words.join(" ");
}
