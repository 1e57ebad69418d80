// A grid cell's [jsui]: draws one knob of the shown group, its label bold, its number, gesture words and
// separators dimmer, its actions' titles plain (CellLayout.ts), from the patcher's `cell <position>
// <label> <parts...>` (the bundle's `ui_encoder`, routed by position). Drawn with mgraphics
// (https://docs.cycling74.com/max8/vignettes/jsmgraphics: init in global scope, paint() draws, redraw()
// asks for a paint; text_measure is the width in the current font). Max calls the top-level functions by
// message name; none may throw. ES5 only.
import { cellParts } from "../wire/GridCell";
import { CELL_INSET, cellWords, FONT_SIZE, layoutCell, LOOKS, runsOf, type Style, type Word, baseline } from "./CellLayout";

inlets = 1;
outlets = 0;
mgraphics.init();
// Pixels from the top left, as the patcher's rects; strokes are not filled.
mgraphics.relative_coords = 0;
mgraphics.autofill = 0;

/** Until the bundle speaks, the knob's number (the box's argument, after the file name). */
var words: Word[] = cellWords(String(jsarguments[1] ?? ""), "", []);

function measure(text: string, style: Style): number {
  mgraphics.select_font_face(LOOKS[style].font);
  mgraphics.set_font_size(FONT_SIZE);
  return mgraphics.text_measure(text)[0];
}

/** `cell <position> <label> [<gesture> <text>]...`: what the cell shows from now on. */
function cell(): void {
  var atoms = arrayfromargs(arguments);
  words = cellWords(String(atoms[0] ?? ""), String(atoms[1] ?? ""), cellParts(atoms.slice(2)));
  mgraphics.redraw();
}

/** Laid out where it is drawn: the fonts are measured in paint(), with the cell's size of the moment. */
function paint(): void {
  var runs = runsOf(layoutCell(words, mgraphics.size[0] - 2 * CELL_INSET[0], measure));
  for (var i = 0; i < runs.length; i++) {
    var run = runs[i]!;
    var look = LOOKS[run.style];
    mgraphics.select_font_face(look.font);
    mgraphics.set_source_rgba(look.color);
    mgraphics.move_to(CELL_INSET[0] + run.x, baseline(run.line));
    mgraphics.show_text(run.text);
  }
}
