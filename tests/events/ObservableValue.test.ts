import { test } from "uvu";
import * as assert from "uvu/assert";
import { ObservableValue } from "../../src/events/ObservableValue";

test("notifies subscribers of changes only, until they unsubscribe", () => {
  const volume = new ObservableValue(0.5);
  const seen: number[] = [];
  const off = volume.subscribe((value) => seen.push(value));
  volume.set(0.5);
  volume.set(0.7);
  assert.is(volume.get(), 0.7);
  off();
  volume.set(0.9);
  assert.equal(seen, [0.7]);
  assert.is(volume.get(), 0.9);
});

test("a listener removed by an earlier one during a change is not called", () => {
  const armed = new ObservableValue(false);
  const seen: string[] = [];
  let offSecond = () => {};
  armed.subscribe(() => {
    seen.push("first");
    offSecond();
  });
  offSecond = armed.subscribe(() => seen.push("second"));
  armed.set(true);
  assert.equal(seen, ["first"]);
});

test.run();
