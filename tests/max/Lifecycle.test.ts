// node.script's life as Max runs it: the script loads after its process starts (messages before are
// dropped with Max's line), the patcher lets nothing in before p0_ready, max-api promises that reject
// and exceptions nobody caught, a process that dies and the patcher's watchdog bringing it back.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import defaultMapping from "../../src/control/defaultMapping.json";
import { GAVE_UP_STATUS, RESTART_BACKOFF_MS } from "../../src/wire/DeviceMessages";
import { LiveSet } from "../../src/sim/live/LiveSet";
import { METRO_MS, Rig } from "../../src/sim/max/Rig";
import { FIRST_SYNC_PAUSES_MS, WAITING_FOR_LIVE } from "../../src/host/Lifecycle";
import { msToTicks } from "../../src/time/TickScheduler";
import { divergences } from "../support/modelCheck";
import { appOf } from "../support/rigWith";
import { fixture, loadSet } from "../sim/simSets";
import { menuItem } from "../support/menuItems";
import { temporaryFolder } from "../../src/sim/TemporaryFolder";

async function started(storedMapping?: string): Promise<Rig> {
  const rig = new Rig({ set: LiveSet.fromDescription(fixture("demo")), storedMapping });
  await rig.start();
  return rig;
}

function logFile(rig: Rig): string {
  return readFileSync(join(rig.logDir, "protocol0.log"), "utf8");
}

/** Edits knob 16's scroll in the device: the mapping stored with the set changes. */
async function editKnob(rig: Rig): Promise<void> {
  const item = menuItem(appOf(rig).control.registry, "scroll", "nav.tracks");
  rig.sendToNode("ui_action", 16, "scroll", item);
  await rig.settle();
}

const knob16 = (rig: Rig) => appOf(rig).control.store.active?.groups[0]?.encoders.find((e) => e.position === 16)?.scroll;

test("a normal load posts nothing on the Max console, from any source", async () => {
  const rig = await started();
  // An input track set up as the README says: on its group's channel.
  rig.addInputDevice(rig.set.song.tracks.find((t) => t.name === "EC4 Main")?.devices[0]?.id ?? 0);
  await rig.advance(1_000);
  assert.equal(rig.console, []);
  assert.ok(rig.scriptRunning);
  assert.ok(logFile(rig).includes(" synced: "), "the load is in the log file");

  const restored = await started(JSON.stringify(defaultMapping));
  await restored.advance(1_000);
  assert.equal(restored.console, [], "a restored mapping too");
});

test("a first sync Live does not answer: 'waiting for Live', tries again after growing pauses, one line a try, then ready", async () => {
  const rig = new Rig({ set: LiveSet.fromDescription(fixture("flat"), { liveSetLate: 3 }) });
  await rig.start();
  const tries = () => rig.posts("warn", "node").filter((line) => line.includes(WAITING_FOR_LIVE)).length;
  const status = () => rig.fromNode.filter((atoms) => atoms[0] === "status").map((atoms) => atoms.slice(1).join(" ")).pop();
  const ms = (pause: number) => msToTicks(pause) * METRO_MS;
  assert.is(appOf(rig).syncCount, 0);
  assert.is(tries(), 1);
  assert.is(status(), `warn ${WAITING_FOR_LIVE}`);
  const [first, second, third] = FIRST_SYNC_PAUSES_MS as [number, number, number];
  await rig.advance(ms(first));
  assert.is(tries(), 2, "the second try, after the first pause");
  await rig.advance(ms(second) - METRO_MS);
  assert.is(tries(), 2, "the second pause is longer");
  await rig.advance(METRO_MS);
  assert.is(tries(), 3);
  await rig.advance(ms(third));
  assert.is(appOf(rig).syncCount, 1, "the fourth try lands");
  assert.is(tries(), 3, "each try logged once");
  assert.is(status(), `info ready: ${defaultMapping.groups.length} groups loaded`);
  assert.equal(rig.posts("error"), []);
  assert.equal(divergences(appOf(rig), rig.set), []);
});

test("the fake node.script drops what arrives before its script has run, with Max's line", async () => {
  // What the device did before the gate: [live.thisdevice]'s ready and the shim's lom_ready go straight in.
  const rig = new Rig({ set: loadSet("demo") });
  rig.launch();
  rig.wire.send("node", ["ready"]);
  rig.wire.send("node", ["lom_ready"]);
  await rig.settle();
  assert.equal(rig.posts("error", "node"), [
    "node: Node script not ready can't handle message ready",
    "node: Node script not ready can't handle message lom_ready",
  ]);
  assert.ok(rig.scriptRunning, "the script still starts");
});

test("EC4 MIDI before the script is ready is dropped silently and counted at debug", async () => {
  const rig = new Rig({ set: loadSet("demo") });
  rig.launch();
  for (let i = 0; i < 3; i++) rig.sendToNode("midi", 1, 0xb0, 10, 65);
  await rig.settle();
  await rig.advance(100);
  assert.equal(rig.console, []);
  assert.ok(logFile(rig).includes("DEBUG 3 controller messages dropped before the script was ready"), logFile(rig));
});

test("a max-api outlet that rejects is caught and logged; the script keeps running", async () => {
  const rig = await started();
  rig.failOutlets(new Error("socket closed"));
  rig.sendToNode("ui_knob", 5); // the bundle answers with outlets, each rejecting
  await rig.settle();
  rig.failOutlets(null);
  assert.ok(rig.posts("error", "node").some((line) => line.includes("max-api outlet failed") && line.includes("socket closed")));
  assert.ok(rig.scriptRunning);
  assert.is(rig.scriptStarts, 1, "no restart");
  const mark = rig.fromNode.length;
  rig.sendToNode("ui_knob", 5);
  await rig.settle();
  assert.ok(rig.fromNode.slice(mark).some((m) => m[0] === "ui_knob" && m[1] === 5), "and answers again");
});

test("the fake Node ends a process on a rejection nobody caught, as Node 15+ does", async () => {
  const dir = temporaryFolder("p0-reject");
  const bundlePath = join(dir, "bundle.js");
  writeFileSync(
    bundlePath,
    `const max = require("max-api");
max.addHandler("poke", () => void max.outlet("status", "info", "poked"));
max.outlet("p0_ready");`,
  );
  const rig = new Rig({ set: loadSet("demo"), bundlePath });
  await rig.start();
  rig.failOutlets(new Error("socket closed"));
  rig.sendToNode("poke");
  await rig.settle();
  assert.not.ok(rig.scriptRunning, "the process ended");
  assert.ok(rig.posts("error", "node").some((line) => line.startsWith("node: unhandledRejection: Error: socket closed")));
  await rig.advance(RESTART_BACKOFF_MS[0]);
  assert.ok(rig.scriptRunning, "the watchdog started it again");
  assert.is(rig.scriptStarts, 2);
});

test("an exception nobody caught is logged, never fatal", async () => {
  const rig = await started();
  rig.throwInNode(new Error("boom"));
  await rig.settle();
  assert.ok(rig.posts("error", "node").some((line) => line.includes("uncaught exception") && line.includes("boom")));
  assert.ok(rig.scriptRunning);
  assert.is(rig.scriptStarts, 1);
});

test("a killed Node process comes back after 1 s, resyncs and keeps the edited mapping", async () => {
  const rig = await started();
  await editKnob(rig);
  assert.is(knob16(rig), "nav.tracks");
  const before = appOf(rig);
  rig.set.setProperty("live_set", "tempo", 97); // changed while it is down
  rig.killNode();
  await rig.advance(RESTART_BACKOFF_MS[0] - 1);
  assert.not.ok(rig.scriptRunning, "not before the first delay");
  await rig.advance(1);
  await rig.advance(500);
  assert.ok(rig.scriptRunning);
  const after = appOf(rig);
  assert.is.not(after, before);
  assert.is(after.syncCount, 1);
  assert.equal(divergences(after, rig.set), []);
  assert.is(after.song.tempo(), 97);
  assert.is(knob16(rig), "nav.tracks", "the stored mapping came back");
  assert.equal(rig.posts("error"), []);
});

test("after three restarts in a row the watchdog gives up; the Restart button brings the device back", async () => {
  const rig = await started();
  await editKnob(rig);
  for (const delay of RESTART_BACKOFF_MS) {
    rig.killNode();
    await rig.advance(delay);
    assert.ok(rig.scriptRunning, `restarted after ${delay} ms`);
  }
  rig.killNode();
  await rig.advance(120_000);
  assert.not.ok(rig.scriptRunning);
  assert.ok(rig.restartOffered);
  assert.is(rig.patcherStatus, GAVE_UP_STATUS);
  assert.is(rig.scriptStarts, 1 + RESTART_BACKOFF_MS.length);

  rig.pressRestart();
  await rig.advance(500);
  assert.ok(rig.scriptRunning);
  assert.not.ok(rig.restartOffered);
  assert.is(appOf(rig).syncCount, 1);
  assert.is(knob16(rig), "nav.tracks");
  assert.equal(rig.posts("error"), []);
});

test.run();
