// How a grid cell's [jsui] (./main.ts) lays out a knob: its number and label, then each gesture word and
// its action's title, word by word in three styles, wrapped at the cell's width as a [comment] wraps.
// A [comment] has one font and one text colour for all its text (Cycling '74, comment reference:
// https://docs.cycling74.com/reference/comment, fontname/fontface/textcolor are box attributes), so the
// three styles in one flowing text are drawn with mgraphics. The generator lays out the picture and the
// layout check with the same function and an upper bound of the font's widths. ES5 (the [jsui]).
import { type CellPart, hasGesture, PART_SEPARATOR } from "../wire/GridCell";

/** bold: the knob's label; dim: its number, the gesture words and their separators; plain: the titles. */
export type Style = "bold" | "dim" | "plain";

/** Live's font (Ableton m4l-production-guidelines, "Fonts") at the 9 pt of Ableton's device text. */
export var FONT_SIZE = 9;
export var REGULAR_FONT = "Ableton Sans Medium";
export var BOLD_FONT = "Ableton Sans Bold";
/** One line of 9 pt text: 1.2 em rounded up, as the layout check measures a comment's lines. */
export var LINE_STEP = 11;
/** The text's inset in the cell: 3 px across, 2 down, as a comment's (scripts/patchers/textBoxes.ts). */
export var CELL_INSET: [number, number] = [3, 2];
/** A cell shows three lines: 37 px with the inset. */
export var CELL_LINES = 3;
/** The device's text colour (the status line's info colour), and a dimmer grey for what frames the titles. */
export var TEXT_COLOR = [0.847, 0.847, 0.847, 1.0];
export var DIM_COLOR = [0.6, 0.6, 0.6, 1.0];

export interface StyleLook {
  font: string;
  color: number[];
}
export var LOOKS: { [style in Style]: StyleLook } = {
  bold: { font: BOLD_FONT, color: TEXT_COLOR },
  dim: { font: REGULAR_FONT, color: DIM_COLOR },
  plain: { font: REGULAR_FONT, color: TEXT_COLOR },
};

export interface Word {
  text: string;
  style: Style;
  /** A "·" between two gestures or names: not drawn at the start of a line, where the break separates them. */
  separator?: boolean;
}

/** A word where the cell draws it: its left edge and its line (0 first), inside the inset. */
export interface PlacedWord extends Word {
  x: number;
  line: number;
}

/** How wide a word is in its style: mgraphics.text_measure in Max, the check's upper bound elsewhere. */
export type Measure = (text: string, style: Style) => number;

function push(words: Word[], text: string, style: Style, separator?: boolean): void {
  var split = text.split(" ");
  for (var i = 0; i < split.length; i++) if (split[i] !== "") words.push(separator ? { text: split[i]!, style, separator } : { text: split[i]!, style });
}

/** The cell's words in order: "9" dim, "REC" bold, then per part "·" and "press" dim, "Record" plain. */
export function cellWords(position: string, label: string, parts: readonly CellPart[]): Word[] {
  var words: Word[] = [];
  push(words, position, "dim");
  push(words, label, "bold");
  for (var i = 0; i < parts.length; i++) {
    var part = parts[i]!;
    if (hasGesture(part) && i > 0) push(words, PART_SEPARATOR, "dim", true);
    if (hasGesture(part)) push(words, part.gesture, "dim");
    // A bare "·" part (a device's name · its bank) separates as the gestures' does.
    if (!hasGesture(part) && part.text === PART_SEPARATOR) push(words, PART_SEPARATOR, "dim", true);
    else push(words, part.text, "plain");
  }
  return words;
}

/**
 * Each word placed, a line broken before a word that would pass `width`; a word wider than a line stays
 * whole at the start of its own (the check finds it). Words are a regular space apart, as a comment's; a
 * separator that would start a line is left out.
 */
export function layoutCell(words: readonly Word[], width: number, measure: Measure): PlacedWord[] {
  var placed: PlacedWord[] = [];
  var space = measure(" ", "plain");
  var x = 0;
  var line = 0;
  for (var i = 0; i < words.length; i++) {
    var word = words[i]!;
    var wide = measure(word.text, word.style);
    if (x > 0 && x + wide > width) {
      line++;
      x = 0;
    }
    if (x === 0 && word.separator) continue;
    placed.push({ text: word.text, style: word.style, x, line });
    x += wide + space;
  }
  return placed;
}

/** The placed words joined into runs, one a style on a line: one show_text each, spaced as the font spaces them. */
export function runsOf(placed: readonly PlacedWord[]): PlacedWord[] {
  var runs: PlacedWord[] = [];
  for (var i = 0; i < placed.length; i++) {
    var word = placed[i]!;
    var last = runs[runs.length - 1];
    if (last !== undefined && last.line === word.line && last.style === word.style) last.text += " " + word.text;
    else runs.push({ text: word.text, style: word.style, x: word.x, line: word.line });
  }
  return runs;
}

/** A line's baseline from the cell's top: a descent (a fifth of a line) above the line's bottom. */
export function baseline(line: number): number {
  return CELL_INSET[1] + (line + 1) * LINE_STEP - Math.ceil(LINE_STEP / 5);
}
