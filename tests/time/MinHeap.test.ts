import { test } from "uvu";
import * as assert from "uvu/assert";
import { MinHeap } from "../../src/time/MinHeap";

test("pops by increasing key, first in first out among equal keys", () => {
  const heap = new MinHeap<string>();
  const keys = [5, 3, 9, 3, 1, 5, 7, 0, 3];
  keys.forEach((key, index) => heap.push(key, `${key}:${index}`));
  assert.is(heap.peekKey(), 0);
  const expected = keys
    .map((key, index) => ({ key, index }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map(({ key, index }) => `${key}:${index}`);
  assert.equal(heap.drain(), expected);
  assert.is(heap.pop(), undefined);
  assert.is(heap.peekKey(), undefined);
});

test("stays ordered under interleaved pushes and pops", () => {
  const heap = new MinHeap<number>();
  const reference: number[] = [];
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 1000;
  for (let round = 0; round < 2000; round++) {
    if (round % 3 === 2) {
      reference.sort((a, b) => a - b);
      assert.is(heap.pop(), reference.shift());
    } else {
      const key = next();
      heap.push(key, key);
      reference.push(key);
    }
  }
  reference.sort((a, b) => a - b);
  assert.equal(heap.drain(), reference);
});

test.run();
