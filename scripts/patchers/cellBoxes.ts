// The grid cells' [jsui] boxes (src/cell/main.ts) for the picture and the layout check: their words laid
// out by the [jsui]'s own function, with the text metrics' upper bound in place of Max's measure, so a
// cell that fits here fits in Live.
import type { MaxBox, Rect } from "./MaxPatcher";
import { type Measure, type PlacedWord, type Word, CELL_INSET, FONT_SIZE, LINE_STEP, LOOKS, baseline, cellWords, layoutCell, runsOf } from "../../src/cell/CellLayout";
import { escapeXml } from "./svgDocument";
import { textWidth } from "./textMetrics";

export const isCell = (box: MaxBox): boolean => box.maxclass === "jsui";

const measure: Measure = (text, style) => textWidth(text, { size: FONT_SIZE, bold: style === "bold" });

/** What a cell shows: the bundle's words for it, else its number (its argument) as it loads. */
export function cellWordsOf(box: MaxBox, shown: { [boxId: string]: Word[] } | undefined): Word[] {
  const [position = ""] = (box["jsarguments"] as unknown[] | undefined) ?? [];
  return shown?.[box.id] ?? cellWords(String(position), "", []);
}

function room(box: MaxBox): number {
  const [, , width] = box.presentation_rect ?? [0, 0, 0, 0];
  return width - 2 * CELL_INSET[0];
}

/** The words laid out in a cell `width` px wide. */
export function placedAt(width: number, words: readonly Word[]): PlacedWord[] {
  return layoutCell(words, width - 2 * CELL_INSET[0], measure);
}

export function lineCount(placed: readonly PlacedWord[]): number {
  return placed.reduce((most, word) => Math.max(most, word.line + 1), 0);
}

function placedWords(box: MaxBox, words: readonly Word[]): PlacedWord[] {
  return layoutCell(words, room(box), measure);
}

/** Why the words do not fit in the cell, or nothing when they do. */
export function cellOverflow(box: MaxBox, words: readonly Word[]): string | undefined {
  const placed = placedWords(box, words);
  const lines = lineCount(placed);
  const [, , , height] = box.presentation_rect ?? [0, 0, 0, 0];
  if (lines * LINE_STEP + 2 * CELL_INSET[1] > height) return `${lines} lines need ${lines * LINE_STEP + 2 * CELL_INSET[1]} px, the cell is ${height} px high`;
  const wide = placed.find((word) => word.x + measure(word.text, word.style) > room(box));
  return wide === undefined ? undefined : `"${wide.text}" passes the cell's right edge`;
}

/** The cell's words as SVG text, each in its style's weight and colour. */
export function cellSvg(box: MaxBox, words: readonly Word[], color: (rgba: readonly number[]) => string): string {
  const [x, y] = (box.presentation_rect ?? [0, 0, 0, 0]) as Rect;
  return runsOf(placedWords(box, words))
    .map((word) => {
      const weight = word.style === "bold" ? "bold" : "normal";
      const at = `x="${x + CELL_INSET[0] + Math.round(word.x * 10) / 10}" y="${y + baseline(word.line)}"`;
      return `<text ${at} font-size="${FONT_SIZE}" font-weight="${weight}" fill="${color(LOOKS[word.style].color)}">${escapeXml(word.text)}</text>`;
    })
    .join("");
}
