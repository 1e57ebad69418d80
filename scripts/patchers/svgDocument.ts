// What the generated pictures share (the devices' presentation views, the EC4 layout): the SVG document
// around their shapes, Live's font where the viewer has it, and text escaped for XML.

/** The SVG font stack: Live's font where the viewer has it, a close sans-serif otherwise. */
export const FAMILY = "'Ableton Sans', Arial, Helvetica, sans-serif";

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A whole SVG file: `width` × `height` on a `background`, then `body`, one element a line. */
export function svgDocument(width: number, height: number, background: string, body: readonly string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FAMILY}">`,
    `<rect width="${width}" height="${height}" fill="${background}"/>`,
    ...body,
    "</svg>",
    "",
  ].join("\n");
}
