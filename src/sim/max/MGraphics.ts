// A [jsui]'s `mgraphics` as far as the device's cells use it: the font routines, the colour, move_to and
// show_text, recorded as the text a paint draws. Its semantics, from Cycling '74's MGraphics reference
// (https://docs.cycling74.com/apiref/js/mgraphics; https://docs.cycling74.com/max8/vignettes/jsmgraphics):
// `size` is the box's width and height; redraw() asks Max for a paint(), which Max runs later, when it
// redraws the patcher (so several redraws before one refresh draw once); text_measure gives the width and
// height of a text in the current font; show_text draws at the current point, then moves it along.
// Widths come from the caller: Max measures the real font, which no test has (scripts/patchers/textMetrics.ts
// is an upper bound of it).
// Only pixel coordinates are modelled, so drawing refuses relative ones: with `relative_coords = 1` Max
// places points about -1..1 across the box (https://docs.cycling74.com/max7/vignettes/jsmgraphics, "The
// mgraphics Coordinate Systems"). `autofill = 1` only makes stroke() fill the path too (the apiref above),
// and text is not stroked; a script that strokes fails here anyway, as there is no stroke().

/** One show_text: where, in which font and colour. */
export interface DrawnText {
  text: string;
  x: number;
  y: number;
  font: string;
  size: number;
  color: readonly number[];
}

export type FontWidth = (text: string, font: string, size: number) => number;

export class MGraphics {
  relative_coords = 1;
  autofill = 1;
  readonly size: [number, number];
  /** What the last paint drew. */
  drawn: DrawnText[] = [];
  /** redraw() calls since the last paint: Max paints once for them. */
  pending = 0;
  private font = "Arial";
  private fontSize = 10;
  private color: readonly number[] = [0, 0, 0, 1];
  private at: [number, number] = [0, 0];
  private inited = false;

  constructor(
    size: [number, number],
    private readonly width: FontWidth,
  ) {
    this.size = size;
  }

  init(): void {
    this.inited = true;
  }

  redraw(): void {
    if (!this.inited) throw new Error("mgraphics.init() was not called");
    this.pending++;
  }

  /** Before a paint: Max starts each with a clear surface. */
  startPaint(): void {
    this.drawn = [];
    this.pending = 0;
  }

  select_font_face(font: string): void {
    this.font = font;
  }

  set_font_size(size: number): void {
    this.fontSize = size;
  }

  set_source_rgba(...rgba: (number | number[])[]): void {
    this.color = rgba.flat();
  }

  move_to(x: number, y: number): void {
    this.pixels();
    this.at = [x, y];
  }

  text_measure(text: string): [number, number] {
    return [this.width(text, this.font, this.fontSize), Math.ceil(this.fontSize * 1.2)];
  }

  show_text(text: string): void {
    this.pixels();
    const [x, y] = this.at;
    this.drawn.push({ text, x, y, font: this.font, size: this.fontSize, color: this.color });
    this.at = [x + this.width(text, this.font, this.fontSize), y];
  }

  private pixels(): void {
    if (this.relative_coords !== 0) throw new Error("mgraphics draws in relative coordinates (relative_coords 1), which the simulator does not model");
  }
}
