// How wide and how tall the device's text is, estimated without Max or the font: an upper bound, so a
// text that fits here fits in Live. Ableton Sans's metrics are not published; Arial's are, through
// Helvetica's (Adobe's Helvetica AFM, which Arial matches glyph for glyph in advance width), and Ableton
// Sans is a grotesque of the same proportions. Every glyph is taken FONT_MARGIN wider than Arial's, a
// bold one BOLD_MARGIN wider again, and a character not in the table as wide as the widest glyph.

/** Helvetica's advance widths in 1/1000 em, for the characters the device shows. */
const WIDTHS: { [char: string]: number } = {
  " ": 278, "!": 278, '"': 355, "#": 556, $: 556, "%": 889, "&": 667, "'": 191, "(": 333, ")": 333,
  "*": 389, "+": 584, ",": 278, "-": 333, ".": 278, "/": 278, ":": 278, ";": 278, "<": 584, "=": 584,
  ">": 584, "?": 556, "@": 1015, "[": 278, "\\": 278, "]": 278, "^": 469, _: 556, "`": 333, "{": 334,
  "|": 260, "}": 334, "~": 584, "·": 278, "…": 1000, "–": 556, "—": 1000, "−": 584, "’": 222, "×": 584,
  A: 667, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 722, I: 278, J: 500, K: 667, L: 556, M: 833,
  N: 722, O: 778, P: 667, Q: 778, R: 722, S: 667, T: 611, U: 722, V: 667, W: 944, X: 667, Y: 667, Z: 611,
  a: 556, b: 556, c: 500, d: 556, e: 556, f: 278, g: 556, h: 556, i: 222, j: 222, k: 500, l: 222, m: 833,
  n: 556, o: 556, p: 556, q: 556, r: 333, s: 500, t: 278, u: 556, v: 500, w: 722, x: 500, y: 500, z: 500,
  ...Object.fromEntries([..."0123456789"].map((digit) => [digit, 556])),
};
const WIDEST = Math.max(...Object.values(WIDTHS));
/** Ableton Sans against Arial: 15 % for a font whose widths we could not read. */
const FONT_MARGIN = 1.15;
/** Helvetica Bold against Helvetica: at most 25 % wider (i, j, l: 278 against 222). */
const BOLD_MARGIN = 1.25;

export interface Font {
  size: number;
  bold: boolean;
}

/** The width in px of `text` on one line, at most what Live draws. */
export function textWidth(text: string, { size, bold }: Font): number {
  let em = 0;
  for (const char of text) em += WIDTHS[char] ?? WIDEST;
  return (em / 1000) * size * FONT_MARGIN * (bold ? BOLD_MARGIN : 1);
}

/** A line's height: 1.2 em, rounded up to whole px (Arial's ascent and descent are 1.15 em). */
export function lineHeight({ size }: Font): number {
  return Math.ceil(size * 1.2);
}

/**
 * `text` broken at spaces into lines no wider than `width`, as a comment wraps within its box; a word
 * wider than the line stays whole on its own line (the caller finds it too wide).
 */
export function wrap(text: string, width: number, font: Font): string[] {
  const wrapped: string[] = [];
  for (const word of text.split(" ")) {
    const last = wrapped[wrapped.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, font) <= width) wrapped[wrapped.length - 1] = `${last} ${word}`;
    else wrapped.push(word);
  }
  return wrapped;
}
