// The simulated mgraphics draws only what it models: pixel coordinates, as the cells set them.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { MGraphics } from "../../src/sim/max/MGraphics";

const drawing = (relativeCoords: number): MGraphics => {
  const mgraphics = new MGraphics([60, 40], (text) => text.length * 6);
  mgraphics.init();
  mgraphics.relative_coords = relativeCoords;
  return mgraphics;
};

test("a script that keeps relative coordinates is refused where it draws, not drawn as pixels", () => {
  const relative = drawing(1);
  assert.throws(() => relative.move_to(-1, -1), /relative coordinates/);
  assert.throws(() => relative.show_text("REC"), /relative coordinates/);
  assert.equal(relative.drawn, []);
});

test("in pixel coordinates the text lands where it was moved to, and the point moves along it", () => {
  const pixels = drawing(0);
  pixels.move_to(3, 12);
  pixels.show_text("REC");
  pixels.show_text("!");
  assert.equal(pixels.drawn.map(({ text, x, y }) => [text, x, y]), [["REC", 3, 12], ["!", 21, 12]]);
});

test.run();
