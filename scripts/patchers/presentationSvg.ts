// Draws a patcher's presentation view as SVG, so the README can show the device UI without Max.
import { escapeXml, svgDocument } from "./svgDocument";
import type { MaxPatcherFile } from "./MaxPatcher";
import { INSET_X, INSET_Y, type Shown, fontOf, linesOf, textOf } from "./textBoxes";
import { lineHeight } from "./textMetrics";
import { cellSvg, cellWordsOf, isCell } from "./cellBoxes";

const STYLE: { [maxclass: string]: { fill: string; stroke: string; text: string } } = {
  comment: { fill: "none", stroke: "none", text: "#d8d8d8" },
  ubutton: { fill: "none", stroke: "#3c3c3c", text: "none" },
  panel: { fill: "#333333", stroke: "#ffad56", text: "none" },
  // A grid cell's [jsui] draws its words only (cellBoxes.ts): no background, no border.
  jsui: { fill: "none", stroke: "none", text: "none" },
  umenu: { fill: "#3a3a3a", stroke: "#5a5a5a", text: "#e6e6e6" },
  "live.menu": { fill: "#3a3a3a", stroke: "#ffad56", text: "#ffad56" },
  "live.text": { fill: "#4a4a4a", stroke: "#8a8a8a", text: "#f0f0f0" },
  "live.toggle": { fill: "#ffad56", stroke: "#8a8a8a", text: "#f0f0f0" },
};
const FALLBACK = { fill: "#444", stroke: "#888", text: "#eee" };

/** An RGBA colour of Max (0..1 floats) as an SVG colour. */
function svgColor([r = 0, g = 0, b = 0]: readonly number[]): string {
  const hex = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 255).toString(16).padStart(2, "0");
  return `#${hex(r)}${hex(g)}${hex(b)}`;
}

/**
 * The presentation of `file`; `shown` replaces the text of boxes (by id) with what the bundle would
 * display in them, and their colour with one it set, so the picture can show a mapping loaded.
 */
export function presentationSvg(file: MaxPatcherFile, shown: Shown = { text: {}, textcolor: {} }): string {
  const [, , width, height] = file.patcher.openrect;
  const shapes = file.patcher.boxes
    .map(({ box }) => box)
    .filter((box) => box.presentation === 1 && box.presentation_rect && box["hidden"] !== 1)
    .map((box) => {
      const [x, y, w, h] = box.presentation_rect ?? [0, 0, 0, 0];
      const style = STYLE[box.maxclass] ?? FALLBACK;
      const font = fontOf(box);
      const text = linesOf(box, textOf(box, shown));
      const step = lineHeight(font);
      const saved = Array.isArray(box["textcolor"]) ? (box["textcolor"] as number[]) : undefined;
      const colour = shown.textcolor[box.id] ?? saved;
      const fill = colour ? svgColor(colour) : style.text;
      const menu = box.maxclass === "umenu" || box.maxclass === "live.menu";
      // A comment's first baseline sits a descent (about a fifth of a line) above its first line's
      // bottom; a control centres its one line.
      const baseline = box.maxclass === "comment" ? y + INSET_Y + step - Math.ceil(step / 5) : y + Math.round((h + font.size * 0.7) / 2);
      const background = Array.isArray(box["bgcolor"]) ? svgColor(box["bgcolor"] as number[]) : style.fill;
      return [
        `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${background}" stroke="${style.stroke}" rx="2"/>`,
        `<text x="${x + INSET_X}" y="${baseline}" font-size="${font.size}" font-weight="${font.bold ? "bold" : "normal"}" fill="${fill}">`,
        ...text.map((line, index) => `<tspan x="${x + INSET_X}" dy="${index === 0 ? 0 : step}">${escapeXml(line)}</tspan>`),
        "</text>",
        menu ? `<text x="${x + w - 10}" y="${baseline}" font-size="${font.size}" fill="${style.text}">▾</text>` : "",
        isCell(box) ? cellSvg(box, cellWordsOf(box, shown.cells), svgColor) : "",
      ].join("");
    });
  return svgDocument(width, height, "#262626", shapes);
}
