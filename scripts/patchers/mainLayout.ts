// Where the main device's parts sit in its presentation, and the fonts of their text. Sizes follow
// from the text they must hold, as the layout test (tests/devices/layout.test.ts) measures it.
import type { Rect } from "./MaxPatcher";
import { BOLD_FONT, CELL_INSET, CELL_LINES, FONT_SIZE, LINE_STEP, REGULAR_FONT } from "../../src/cell/CellLayout";

export { BOLD_FONT, CELL_LINES };

/**
 * The left panel, 172 px: the group selector, Import and Export in one row (72 + 2 + 48 + 2 + 48 px),
 * the editor's heading and menus, then the status line. No title: Live's device title bar names the
 * device already.
 */
export const PANEL_WIDTH = 172;
/**
 * The arguments under the menus (which end at 92 px), two rows of 16 px: the argument and value menus,
 * then the text field and the number box.
 */
export const ARGUMENT_ROWS = [94, 112] as const;
/** Three lines of status under the arguments, beside the Actions button. */
export const STATUS_RECT: Rect = [4, 130, PANEL_WIDTH - 60, 37];
/** Shown only once the script stopped for good: over the number box, which has nothing to edit then. */
export const RESTART_RECT: Rect = [4 + PANEL_WIDTH - 56, ARGUMENT_ROWS[1], 56, 16];
/** The Actions button (the folder of the musician's own actions), right of the status line. */
export const ACTIONS_RECT: Rect = [4 + PANEL_WIDTH - 56, 130, 56, 16];
/**
 * The column of the edited knob's action descriptions, beside the editor and as high as the device:
 * the longest (knob 13 of the default mapping, three actions) takes 11 of its 14 lines.
 */
export const HELP_WIDTH = 136;
export const HELP_RECT: Rect = [4 + PANEL_WIDTH + 6, 4, HELP_WIDTH, 161];
const GRID_X = HELP_RECT[0] + HELP_WIDTH + 6;
export const COLUMNS = 4;
export const ENCODERS = 16;
/**
 * A knob's cell and the gap to the next: three lines of 9 pt text (37 px with the text's inset), as
 * wide as the narrowest in which every knob of the default mapping shows its label (bold) and all its
 * actions in those lines ("9 REC press Record · long Record unlimited · turn Recording length" is the
 * longest, each gesture on its own line there). tests/devices/patchers.test.ts checks both, over every
 * group, so the width follows the content.
 */
export const CELL: [number, number] = [107, CELL_LINES * LINE_STEP + 2 * CELL_INSET[1]];
export const CELL_GAP: [number, number] = [4, 2];
/**
 * 772 px: the panel, the help column and four columns of cells, 6 px apart, with the same 4 px margin
 * on the left and the right (guidelines checklist, "Positioning"). Ableton m4l-production-guidelines,
 * "Device Width": "reducing the width of each device as much as possible"; the 4×4 grid shows a whole
 * EC4 group at once, which is the device's point, so it does not fold away.
 */
export const MAIN_WIDTH = GRID_X + COLUMNS * (CELL[0] + CELL_GAP[0]);

export function cellRect(position: number): Rect {
  const index = position - 1;
  const x = GRID_X + (index % COLUMNS) * (CELL[0] + CELL_GAP[0]);
  const y = 4 + Math.floor(index / COLUMNS) * (CELL[1] + CELL_GAP[1]);
  return [x, y, CELL[0], CELL[1]];
}

/**
 * Live's font on every box that shows text (Ableton m4l-production-guidelines, "Fonts": "Ableton Sans is
 * included as a standard font in Max ... Use this type face for a look that is consistent with Live's
 * devices"), at the 9 pt of Ableton's own device text (maxdevtools Test.amxd's live.tab "Time Mode":
 * fontsize 9.0). "Ableton Sans Medium" and "Ableton Sans Bold" are the names Max patchers carry for its
 * regular and bold cuts; the grid cells' [jsui] draws in the same (src/cell/CellLayout.ts).
 */
export const FONT = REGULAR_FONT;
export const TEXT = { fontsize: FONT_SIZE, fontname: FONT };
export const BOLD_TEXT = { fontsize: FONT_SIZE, fontname: BOLD_FONT };
