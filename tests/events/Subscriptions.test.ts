import { test } from "uvu";
import * as assert from "uvu/assert";
import { ObservableValue } from "../../src/events/ObservableValue";
import { Subscriptions } from "../../src/events/Subscriptions";

/** A Subscriptions, and `hold(label)` adding an unsubscribe that notes its label in `calls`. */
function recording() {
  const subscriptions = new Subscriptions();
  const calls: string[] = [];
  const hold = (label: string) => subscriptions.add(() => calls.push(label));
  return { subscriptions, calls, hold };
}

function throwing(message: string): () => void {
  return () => {
    throw new Error(message);
  };
}

test("dispose calls each unsubscribe once, in the order added; again, it calls nothing", () => {
  const { subscriptions, calls, hold } = recording();
  hold("a");
  hold("b");
  subscriptions.dispose();
  subscriptions.dispose();
  assert.equal(calls, ["a", "b"]);
});

test("it really stops what it holds", () => {
  const value = new ObservableValue(0);
  const seen: number[] = [];
  const subscriptions = new Subscriptions();
  subscriptions.add(value.subscribe((v) => seen.push(v)));
  value.set(1);
  subscriptions.dispose();
  value.set(2);
  assert.equal(seen, [1]);
});

test("what is added after a dispose is held until the next one", () => {
  const { subscriptions, calls, hold } = recording();
  hold("first");
  subscriptions.dispose();
  hold("second");
  assert.equal(calls, ["first"]);
  subscriptions.dispose();
  assert.equal(calls, ["first", "second"]);
});

test("the function add answers lets go of that one alone, once, and dispose skips it", () => {
  const { subscriptions, calls, hold } = recording();
  const off = hold("alone");
  hold("kept");
  off();
  off();
  assert.equal(calls, ["alone"]);
  subscriptions.dispose();
  assert.equal(calls, ["alone", "kept"]);
});

test("an unsubscribe that throws does not keep the others: its error is rethrown after all ran", () => {
  const { subscriptions, calls, hold } = recording();
  hold("a");
  subscriptions.add(throwing("gone already"));
  hold("c");
  assert.throws(() => subscriptions.dispose(), /gone already/);
  assert.equal(calls, ["a", "c"]);
  subscriptions.dispose(); // the thrower is not called again
});

test("several that throw are rethrown together", () => {
  const subscriptions = new Subscriptions();
  subscriptions.add(throwing("one"));
  subscriptions.add(throwing("two"));
  try {
    subscriptions.dispose();
    assert.unreachable("dispose should throw");
  } catch (error) {
    assert.instance(error, AggregateError);
    assert.equal(
      (error as AggregateError).errors.map((e: Error) => e.message),
      ["one", "two"],
    );
  }
});

test("an unsubscribe that adds or disposes during dispose is safe: nothing runs twice", () => {
  const { subscriptions, calls, hold } = recording();
  subscriptions.add(() => {
    calls.push("a");
    subscriptions.dispose();
    hold("late");
  });
  hold("b");
  subscriptions.dispose();
  assert.equal(calls, ["a", "b"]);
  subscriptions.dispose();
  assert.equal(calls, ["a", "b", "late"]);
});

test.run();
