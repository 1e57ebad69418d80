import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Atom } from "../../src/wire/protocol";
import { MAX_MESSAGE_CHAIN, Wire } from "../../src/sim/max/Wire";

test("send only queues: nothing is delivered until drain", () => {
  const wire = new Wire();
  const got: Atom[][] = [];
  wire.connect("shim", (atoms) => got.push(atoms));
  wire.send("shim", ["lom_batch", "{}"]);
  assert.equal(got, []);
  assert.is(wire.idle, false);
  assert.is(wire.drain(), 1);
  assert.equal(got, [["lom_batch", "{}"]]);
  assert.is(wire.idle, true);
});

test("a message sent during a delivery is delivered after it, not inside it, in FIFO order", () => {
  const wire = new Wire();
  const log: string[] = [];
  wire.connect("shim", (atoms) => {
    log.push(`shim in ${atoms[0]}`);
    wire.send("node", ["reply", atoms[1]]);
    log.push(`shim out ${atoms[0]}`);
  });
  wire.connect("node", (atoms) => log.push(`node ${atoms.join(" ")}`));
  wire.send("shim", ["a", 1]);
  wire.send("shim", ["b", 2]);
  assert.is(wire.drain(), 4);
  assert.equal(log, ["shim in a", "shim out a", "shim in b", "shim out b", "node reply 1", "node reply 2"]);
});

test("counts messages and bytes per direction, as Max text", () => {
  const wire = new Wire();
  wire.connect("node", () => {});
  wire.connect("shim", () => {});
  wire.send("node", ["lom_reply", '{"rid":1,"r":[]}']);
  wire.send("node", ["bang"]);
  wire.send("shim", ["lom_hello"]);
  wire.drain();
  assert.equal(wire.stats.node, { messages: 2, bytes: "lom_reply ".length + '{"rid":1,"r":[]}'.length + "bang".length });
  assert.equal(wire.stats.shim, { messages: 1, bytes: "lom_hello".length });
  assert.equal(wire.stats.patcher, { messages: 0, bytes: 0 });
});

test("a message loop ends in a clear livelock error instead of hanging", () => {
  const wire = new Wire();
  wire.connect("shim", () => wire.send("node", ["ping"]));
  wire.connect("node", () => wire.send("shim", ["pong"]));
  wire.send("shim", ["start"]);
  assert.throws(() => wire.drain(), (error: Error) => error.message.includes("livelock") && error.message.includes(String(MAX_MESSAGE_CHAIN)));
});

test("a large burst answering one message is not a livelock", () => {
  const wire = new Wire();
  let events = 0;
  wire.connect("shim", () => {
    for (let i = 0; i < MAX_MESSAGE_CHAIN * 5; i++) wire.send("node", ["lom_event", i]);
  });
  wire.connect("node", () => void events++);
  wire.send("shim", ["lom_batch"]);
  wire.drain();
  assert.is(events, MAX_MESSAGE_CHAIN * 5);
});

test("discard drops what was queued for one endpoint only", () => {
  const wire = new Wire();
  const got: Atom[][] = [];
  wire.connect("node", (atoms) => got.push(atoms));
  wire.connect("shim", (atoms) => got.push(atoms));
  wire.send("node", ["lost"]);
  wire.send("shim", ["kept"]);
  assert.is(wire.discard("node"), 1);
  wire.drain();
  assert.equal(got, [["kept"]]);
});

test("deliverNow delivers inside the current call, for tests that force re-entry", () => {
  const wire = new Wire();
  const got: Atom[][] = [];
  wire.connect("shim", (atoms) => got.push(atoms));
  wire.deliverNow("shim", ["now"]);
  assert.equal(got, [["now"]]);
  assert.is(wire.stats.shim.messages, 1);
});

test.run();
