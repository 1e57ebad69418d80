// How a presentation box shows its text, for the picture and the layout check alike: which text, in
// which font, on which lines, and the room the box leaves it.
import { type MaxBox, parameterNames } from "./MaxPatcher";
import { type Font, lineHeight, textWidth, wrap } from "./textMetrics";
import type { Word } from "../../src/cell/CellLayout";

/** What the bundle has made boxes show, by box id: their text, a text colour it set, a grid cell's words. */
export interface Shown {
  text: { [boxId: string]: string };
  textcolor: { [boxId: string]: readonly number[] };
  cells?: { [boxId: string]: Word[] };
}

/** Classes that draw text, and those of them that keep it on one line. */
const TEXT_CLASSES = new Set(["comment", "live.comment", "textedit", "umenu", "live.menu", "live.text", "live.tab"]);
const MENUS = new Set(["umenu", "live.menu"]);
const WRAPPING = new Set(["comment", "live.comment", "textedit"]);

/** Text inset: Max draws a comment's text inside its box; 3 px across and 2 px down are assumed, not read from Max. */
export const INSET_X = 3;
export const INSET_Y = 2;
/** A menu keeps its right end for the ▾ arrow. */
const ARROW = 12;

export function showsText(box: MaxBox): boolean {
  return TEXT_CLASSES.has(box.maxclass);
}

/** A box's font: its fontsize (Max's default 10) and whether its font name is a bold cut. */
export function fontOf(box: MaxBox): Font {
  const size = typeof box["fontsize"] === "number" ? box["fontsize"] : 10;
  return { size, bold: String(box["fontname"] ?? "").includes("Bold") };
}

/** What a box shows: the bundle's text for it, else its saved text, menu item or parameter name. */
export function textOf(box: MaxBox, shown: Shown): string {
  const set = shown.text[box.id];
  if (set !== undefined) return set;
  if (box.maxclass === "umenu") return [box["items"] ?? ""].flat().join(" ");
  if (box.maxclass === "live.toggle" || box.maxclass === "ubutton" || box.maxclass === "panel") return "";
  if (box.maxclass !== "live.menu" && typeof box.text === "string") return box.text;
  return parameterNames(box)?.shortname ?? box.maxclass;
}

/** The width a box leaves its text on a line. */
export function lineRoom(box: MaxBox): number {
  const [, , width] = box.presentation_rect ?? [0, 0, 0, 0];
  return width - 2 * INSET_X - (MENUS.has(box.maxclass) ? ARROW : 0);
}

/**
 * The lines a box draws: a comment or textedit wraps at its width (Max's comment and textedit
 * references: the text is laid out in the box; neither has an attribute to keep it on one line),
 * a menu or button keeps its text on one line.
 */
export function linesOf(box: MaxBox, text: string): string[] {
  return WRAPPING.has(box.maxclass) ? wrap(text, lineRoom(box), fontOf(box)) : [text];
}

/** Why `text` does not fit in `box`, or nothing when it does. */
export function overflow(box: MaxBox, text: string): string | undefined {
  const font = fontOf(box);
  const lines = linesOf(box, text);
  const [, , , height] = box.presentation_rect ?? [0, 0, 0, 0];
  const tallest = lines.length * lineHeight(font) + 2 * INSET_Y;
  if (tallest > height) return `${lines.length} lines need ${tallest} px, the box is ${height} px high`;
  const widest = lines.find((line) => textWidth(line, font) > lineRoom(box));
  if (widest !== undefined) return `"${widest}" needs ${Math.ceil(textWidth(widest, font))} px, the box leaves ${lineRoom(box)}`;
  return undefined;
}
