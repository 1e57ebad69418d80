// Draws a patcher's presentation view as SVG, so the README can show the device UI without Max.
import { type MaxBox, type MaxPatcherFile, parameterNames } from "./MaxPatcher";

const STYLE: { [maxclass: string]: { fill: string; stroke: string; text: string } } = {
  comment: { fill: "none", stroke: "none", text: "#d8d8d8" },
  ubutton: { fill: "none", stroke: "#3c3c3c", text: "none" },
  umenu: { fill: "#3a3a3a", stroke: "#5a5a5a", text: "#e6e6e6" },
  "live.menu": { fill: "#3a3a3a", stroke: "#ffad56", text: "#ffad56" },
  "live.text": { fill: "#4a4a4a", stroke: "#8a8a8a", text: "#f0f0f0" },
  "live.toggle": { fill: "#ffad56", stroke: "#8a8a8a", text: "#f0f0f0" },
};
const FALLBACK = { fill: "#444", stroke: "#888", text: "#eee" };
/** Average glyph width as a fraction of the font size, to fit text as Max would. */
export const GLYPH = 0.55;
/** The SVG font stack for a box's font: Live's font where the viewer has it, a close sans-serif otherwise. */
const FAMILY = "'Ableton Sans', Arial, Helvetica, sans-serif";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Comments wrap at their width; other boxes cut their text with an ellipsis. */
export function lines(box: MaxBox, text: string, width: number, size: number): string[] {
  const perLine = Math.max(1, Math.floor(width / (size * GLYPH)));
  if (box.maxclass !== "comment") return [text.length > perLine ? `${text.slice(0, perLine - 1)}…` : text];
  const wrapped: string[] = [];
  for (const word of text.split(" ")) {
    const last = wrapped[wrapped.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= perLine) wrapped[wrapped.length - 1] = `${last} ${word}`;
    else wrapped.push(word);
  }
  return wrapped;
}

/** What a reader should see in a box: its text, its parameter name, or its class. */
function caption(box: MaxBox): string {
  if (box.maxclass === "umenu") return [box["items"] ?? ""].flat().join(" ");
  if (box.maxclass === "live.toggle" || box.maxclass === "ubutton") return "";
  if (box.maxclass !== "live.menu" && typeof box.text === "string") return box.text;
  return parameterNames(box)?.shortname ?? box.maxclass;
}

/** What the bundle has made boxes show, by box id: their text, and a text colour it set. */
export interface Shown {
  text: { [boxId: string]: string };
  textcolor: { [boxId: string]: readonly number[] };
}

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
      const size = typeof box["fontsize"] === "number" ? box["fontsize"] : 10;
      const weight = String(box["fontname"] ?? "").includes("Bold") ? "bold" : "normal";
      const menu = box.maxclass === "umenu" || box.maxclass === "live.menu";
      const text = lines(box, shown.text[box.id] ?? caption(box), w - (menu ? 14 : 6), size);
      const saved = Array.isArray(box["textcolor"]) ? (box["textcolor"] as number[]) : undefined;
      const colour = shown.textcolor[box.id] ?? saved;
      const fill = colour ? svgColor(colour) : style.text;
      return [
        `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${style.fill}" stroke="${style.stroke}" rx="2"/>`,
        `<text x="${x + 3}" y="${y + Math.min(h, size + 3)}" font-size="${size}" font-weight="${weight}" fill="${fill}">`,
        // Max draws a comment's lines inside its box: those below it are not seen.
        ...text.filter((_, index) => index === 0 || size + 3 + index * (size + 2) <= h).map((line, index) => `<tspan x="${x + 3}" dy="${index === 0 ? 0 : size + 2}">${escapeXml(line)}</tspan>`),
        "</text>",
        menu ? `<text x="${x + w - 10}" y="${y + Math.min(h, size + 3)}" font-size="${size}" fill="${style.text}">▾</text>` : "",
      ].join("");
    });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FAMILY}">`,
    `<rect width="${width}" height="${height}" fill="#262626"/>`,
    ...shapes,
    "</svg>",
    "",
  ].join("\n");
}
