// The EC4 drawn for a mapping (docs/ec4-layout.svg): each group a 4 × 4 grid of its knobs, as they sit on
// the controller, with the label, and for each gesture its word and its action's title told apart by
// colour and weight; the shift knob says "shift", and shift actions follow the knob's own, their word in
// the label's colour. Generated with the devices from the default mapping, and checked like them.
import { escapeXml, svgDocument } from "./svgDocument";
import type { ActionRegistry } from "../../src/actions/ActionRegistry";
import type { EncoderMapping, MappingDocument } from "../../src/control/Mapping";
import { GESTURE_NAMES } from "../../src/actions/GestureNames";
import { ownBindings, SHIFT_CELL, shiftBindings } from "../../src/ui/KnobBindings";
import { bindingTitle } from "../../src/ui/BindingText";
import { textWidth, type Font } from "./textMetrics";

const LINE = 11;
/** A cell holds its label and five lines: the most the default mapping's knobs have (MIX: three, two shifted). */
const CELL = { width: 150, height: 29 + 5 * LINE, gap: 6 };
const GROUPS_A_ROW = 2;
const HEADER = 26;
const MARGIN = 10;
const GRID_WIDTH = 4 * CELL.width + 3 * CELL.gap;
const GRID_HEIGHT = HEADER + 4 * CELL.height + 3 * CELL.gap;
const LABEL: Font = { size: 11, bold: true };
const WORD: Font = { size: 9, bold: false };
const TITLE: Font = { size: 9, bold: false };
/** The titles of a cell start after its widest word ("turn", "double", "⇧ long"), and at least here. */
const WORD_COLUMN = 30;
const COLOURS = { background: "#1e1e1e", cell: "#333333", unused: "#292929", label: "#ffad56", word: "#8a8a8a", title: "#f0f0f0", heading: "#d8d8d8" };


/** `text` cut with "…" to `width` (the same upper bound on text width the device's layout is checked with). */
function fitted(text: string, width: number, font: Font): string {
  if (textWidth(text, font) <= width) return text;
  let kept = text;
  while (kept.length > 0 && textWidth(`${kept}…`, font) > width) kept = kept.slice(0, -1);
  return `${kept.trimEnd()}…`;
}

/** The cell's lines: a word and a title each. */
function lines(encoder: EncoderMapping, registry: ActionRegistry): { word: string; title: string; shifted: boolean }[] {
  const shiftKnob = encoder.role === "shift" ? [{ word: "hold", title: `⇧ ${SHIFT_CELL}`, shifted: true }] : [];
  return [
    ...shiftKnob,
    ...ownBindings(encoder).map(({ gesture, binding }) => ({ word: GESTURE_NAMES[gesture], title: bindingTitle(registry, binding), shifted: false })),
    ...shiftBindings(encoder).map(({ gesture, binding }) => ({ word: `⇧ ${GESTURE_NAMES[gesture]}`, title: bindingTitle(registry, binding), shifted: true })),
  ];
}

function cell(x: number, y: number, position: number, encoder: EncoderMapping | undefined, registry: ActionRegistry): string {
  const parts = [`<rect x="${x}" y="${y}" width="${CELL.width}" height="${CELL.height}" rx="3" fill="${encoder ? COLOURS.cell : COLOURS.unused}"/>`];
  parts.push(`<text x="${x + CELL.width - 5}" y="${y + 12}" font-size="8" text-anchor="end" fill="${COLOURS.word}">${position}</text>`);
  if (encoder === undefined) return parts.join("");
  parts.push(`<text x="${x + 5}" y="${y + 14}" font-size="${LABEL.size}" font-weight="bold" fill="${COLOURS.label}">${escapeXml(fitted(encoder.label, CELL.width - 24, LABEL))}</text>`);
  const shown = lines(encoder, registry);
  const column = Math.max(WORD_COLUMN, ...shown.map(({ word }) => Math.ceil(textWidth(word, WORD)) + 4));
  shown.forEach(({ word, title, shifted }, line) => {
    const baseline = y + 29 + line * LINE;
    parts.push(`<text x="${x + 5}" y="${baseline}" font-size="${WORD.size}" fill="${shifted ? COLOURS.label : COLOURS.word}">${escapeXml(word)}</text>`);
    parts.push(`<text x="${x + 5 + column}" y="${baseline}" font-size="${TITLE.size}" fill="${COLOURS.title}">${escapeXml(fitted(title, CELL.width - 10 - column, TITLE))}</text>`);
  });
  return parts.join("");
}

export function ec4LayoutSvg(mapping: MappingDocument, registry: ActionRegistry): string {
  const rows = Math.ceil(mapping.groups.length / GROUPS_A_ROW);
  const width = 2 * MARGIN + GROUPS_A_ROW * GRID_WIDTH + (GROUPS_A_ROW - 1) * 2 * MARGIN;
  const height = 2 * MARGIN + rows * GRID_HEIGHT + (rows - 1) * 2 * MARGIN;
  const groups = mapping.groups.map((group, index) => {
    const x = MARGIN + (index % GROUPS_A_ROW) * (GRID_WIDTH + 2 * MARGIN);
    const y = MARGIN + Math.floor(index / GROUPS_A_ROW) * (GRID_HEIGHT + 2 * MARGIN);
    const heading = `<text x="${x}" y="${y + 16}" font-size="13" font-weight="bold" fill="${COLOURS.heading}">${escapeXml(`EC4 group ${index + 1}: ${group.name}`)}<tspan dx="8" font-weight="normal" fill="${COLOURS.word}">channel ${group.addressing.channel}</tspan></text>`;
    const cells = Array.from({ length: 16 }, (_, i) => {
      const position = i + 1;
      const cx = x + (i % 4) * (CELL.width + CELL.gap);
      const cy = y + HEADER + Math.floor(i / 4) * (CELL.height + CELL.gap);
      return cell(cx, cy, position, group.encoders.find((e) => e.position === position), registry);
    });
    return [heading, ...cells].join("\n");
  });
  return svgDocument(width, height, COLOURS.background, groups);
}
