// Checks a device's presentation as Live would show it with the bundle's texts in it: every text
// fits its box, every box lies in the device view, and no two text boxes overlap.
import type { MaxBox, MaxPatcherFile, Rect } from "./MaxPatcher";
import { type Shown, overflow, showsText, textOf } from "./textBoxes";
import { cellOverflow, cellWordsOf, isCell } from "./cellBoxes";

function overlaps([ax, ay, aw, ah]: Rect, [bx, by, bw, bh]: Rect): boolean {
  return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
}

/**
 * What does not fit in `file`'s presentation showing `shown`, one line each. Hidden boxes count: the
 * patcher shows them in some state (the Restart button).
 */
export function layoutProblems(file: MaxPatcherFile, shown: Shown): string[] {
  const [, , width, height] = file.patcher.openrect;
  const placed = file.patcher.boxes.map(({ box }) => box).filter((box) => box.presentation === 1 && box.presentation_rect);
  const problems: string[] = [];
  const name = (box: MaxBox) => `${box.maxclass} ${box.id}`;
  for (const box of placed) {
    const [x, y, w, h] = box.presentation_rect as Rect;
    if (x < 0 || y < 0 || x + w > width || y + h > height) problems.push(`${name(box)} leaves the ${width}×${height} device`);
    if (isCell(box)) {
      const words = cellWordsOf(box, shown.cells);
      const why = cellOverflow(box, words);
      if (why !== undefined) problems.push(`${name(box)} "${words.map((word) => word.text).join(" ")}": ${why}`);
    }
    if (!showsText(box)) continue;
    const text = textOf(box, shown);
    const why = overflow(box, text);
    if (why !== undefined) problems.push(`${name(box)} "${text}": ${why}`);
  }
  const texts = placed.filter((box) => showsText(box) || isCell(box));
  texts.forEach((a, index) => {
    for (const b of texts.slice(index + 1)) {
      if (overlaps(a.presentation_rect as Rect, b.presentation_rect as Rect)) problems.push(`${name(a)} overlaps ${name(b)}`);
    }
  });
  return problems;
}
