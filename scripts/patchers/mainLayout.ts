// Where the main device's parts sit in its presentation, and the fonts of their text.
import type { Rect } from "./MaxPatcher";

export const ENCODERS = 16;
export const COLUMNS = 4;
/** The left panel: the title, Import and Export in one row (4 + 70 + 2 + 48 + 2 + 48 = 174 px) and a margin. */
export const PANEL_WIDTH = 176;
/**
 * A knob's cell, 4 px apart: 34 px high, three lines of 9 pt text (a line is 11 px), and 120 px wide,
 * the narrowest in which every knob of the default mapping shows its label and all its actions in those
 * three lines ("9 REC press Record · long Record unlimited · scroll Recording length" is the longest;
 * at 118 px it takes four). tests/devices/patchers.test.ts checks both, so the width follows the content.
 */
export const CELL: [number, number] = [124, 36];
export const CELL_LINES = 3;
/**
 * 678 px: the panel, a 6 px gap and four columns of cells, with the same 4 px margin on the left and the
 * right (guidelines checklist, "Positioning"). Ableton m4l-production-guidelines, "Device Width": "reducing
 * the width of each device as much as possible"; the 4×4 grid shows a whole EC4 group at once, which is
 * the device's point, so it does not fold away.
 */
export const MAIN_WIDTH = PANEL_WIDTH + 6 + COLUMNS * CELL[0];

export function cellRect(position: number): Rect {
  const index = position - 1;
  const x = PANEL_WIDTH + 6 + (index % COLUMNS) * CELL[0];
  const y = 4 + Math.floor(index / COLUMNS) * CELL[1];
  return [x, y, CELL[0] - 4, CELL[1] - 2];
}

/**
 * Live's font on every box that shows text (Ableton m4l-production-guidelines, "Fonts": "Ableton Sans is
 * included as a standard font in Max ... Use this type face for a look that is consistent with Live's
 * devices"; checklist: "All UI fonts are set to Live's font"), at the 9 pt of Ableton's own device text
 * (maxdevtools Test.amxd's live.tab "Time Mode": fontsize 9.0). "Ableton Sans Medium" and "Ableton Sans
 * Bold" are the names Max patchers carry for its regular and bold cuts.
 */
export const FONT = "Ableton Sans Medium";
export const BOLD_FONT = "Ableton Sans Bold";
export const TEXT = { fontsize: 9.0, fontname: FONT };
