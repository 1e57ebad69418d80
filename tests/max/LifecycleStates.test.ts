// The lifecycle's transitions (src/host/Lifecycle.ts) through the real path: the built bundle and shim in
// the rig, [live.thisdevice] banging, node.script restarted, Live answering late, replies lost. Each
// transition is a debug line of the bundle's log file; the tests read them there.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import defaultMapping from "../../src/control/defaultMapping.json";
import { generateMusicianSet } from "../../src/sim/live/generateMusicianSet";
import { LiveSet } from "../../src/sim/live/LiveSet";
import { METRO_MS, Rig } from "../../src/sim/max/Rig";
import { REPLY_TIMEOUT_TICKS } from "../../src/lom/LomClient";
import { REFUSED } from "../../src/ui/StatusLine";
import { MSG_BATCH, MSG_REPLY } from "../../src/wire/protocol";
import { actionRig } from "../support/ec4";
import { divergences } from "../support/modelCheck";
import { appOf, rigWith } from "../support/rigWith";
import { fixture } from "../sim/simSets";

/** Every transition the bundles of this rig logged, as "from → to". */
function transitions(rig: Rig): string[] {
  const log = readFileSync(join(rig.logDir, "protocol0.log"), "utf8");
  return [...log.matchAll(/lifecycle: (.+ → .+)$/gm)].map((match) => match[1]!);
}

const statuses = (rig: Rig): string[] => rig.fromNode.filter((atoms) => atoms[0] === "status").map((atoms) => atoms.slice(1).join(" "));
const READY = `info ready: ${defaultMapping.groups.length} groups loaded`;
const LOAD = ["loading → syncing", "syncing → restarting", "restarting → ready"];

const tempo = (set: LiveSet): number => Number(set.read("live_set", "tempo")[0]);

/** The lifecycle's state when the status line first shows `text`. */
function stateWhenShown(rig: Rig, text: string): () => string | undefined {
  let state: string | undefined;
  rig.wire.tap(({ to, atoms }) => {
    if (state === undefined && to === "patcher" && atoms[0] === "status" && atoms[2] === text) state = appOf(rig).lifecycle.state;
  });
  return () => state;
}

/** Main knob 1 turned one detent: the tempo knob. */
const turnTempo = (rig: Rig) => rig.sendToNode("midi", "cc", 4, 1, 1);

test("a load: loading, syncing, restarting (what an earlier bundle left is picked up), ready; a knob turned meanwhile acts once the set is read", async () => {
  const set = LiveSet.fromDescription(fixture("flat"));
  const rig = new Rig({ set });
  let during: string | undefined;
  const acted = stateWhenShown(rig, "Tempo 121 BPM");
  rig.wire.tap((message) => {
    if (during !== undefined || message.to !== "shim" || message.atoms[0] !== MSG_BATCH) return;
    during = appOf(rig).lifecycle.state;
    turnTempo(rig);
  });
  await rig.start();
  await rig.advance(1_000);
  assert.is(during, "syncing", "the knob was turned while the set was read");
  assert.is(acted(), "ready", "it acted once the set was read");
  assert.equal(transitions(rig), LOAD);
  assert.is(appOf(rig).lifecycle.state, "ready");
  assert.is(tempo(set), 121, "the held turn acted on the read set");
  assert.equal(rig.posts("error"), []);
});

test("Live answering late: waiting for Live between tries, then restarting and ready", async () => {
  const rig = new Rig({ set: LiveSet.fromDescription(fixture("flat"), { liveSetLate: 3 }) });
  await rig.start();
  assert.is(appOf(rig).lifecycle.state, "waiting for Live");
  await rig.advance(10_000);
  const retry = ["waiting for Live → syncing", "syncing → waiting for Live"];
  assert.equal(transitions(rig), ["loading → syncing", "syncing → waiting for Live", ...retry, ...retry, "waiting for Live → syncing", ...LOAD.slice(1)]);
  assert.is(statuses(rig).pop(), READY);
});

test("a preset load in a ready device: no transition, the structure checked", async () => {
  const { rig } = await rigWith("demo");
  const before = transitions(rig);
  rig.thisDeviceBangs();
  await rig.advance(300);
  assert.equal(transitions(rig), before);
  assert.equal(before, LOAD);
  assert.is(appOf(rig).syncCount, 1);
});

test("reinitialise: resyncing, then ready; a knob turned during the resync waits for it", async () => {
  const { rig, set } = await rigWith("flat");
  const acted = stateWhenShown(rig, "Tempo 121 BPM");
  const resync = appOf(rig).reinitialise();
  assert.is(appOf(rig).lifecycle.state, "resyncing");
  turnTempo(rig);
  await rig.advance(300);
  await resync;
  await rig.advance(1_000);
  assert.is(acted(), "ready", "held while the set was read, then acted");
  assert.is(tempo(set), 121);
  assert.equal(transitions(rig), [...LOAD, "ready → resyncing", "resyncing → ready"]);
});

test("a resync Live does not answer leaves the script failed, knobs still act; the next resync lands: ready", async () => {
  const { rig, set } = await rigWith("flat");
  set.answerLate(1);
  void appOf(rig).reinitialise();
  await rig.advance(300);
  assert.is(appOf(rig).lifecycle.state, "failed");
  assert.ok(rig.posts("error").some((line) => line.includes("sync failed")), rig.posts("error").join("\n"));
  void appOf(rig).reinitialise();
  await rig.advance(300);
  assert.is(appOf(rig).lifecycle.state, "ready");
  assert.equal(transitions(rig), [...LOAD, "ready → resyncing", "resyncing → failed", "failed → resyncing", "resyncing → ready"]);
  assert.equal(divergences(appOf(rig), set), []);
});

test("a lost reply: resyncing, then ready", async () => {
  const { rig, set } = await rigWith("flat");
  let batch: unknown = null;
  let lost = false;
  rig.wire.tap((message) => {
    const { atoms } = message;
    if (batch === null && message.to === "shim" && atoms[0] === MSG_BATCH && atoms.includes("tempo")) batch = atoms[1];
    if (!lost && batch !== null && message.to === "node" && atoms[0] === MSG_REPLY && atoms[1] === batch) {
      lost = true;
      rig.wire.discard("node");
    }
  });
  turnTempo(rig);
  await rig.advance(REPLY_TIMEOUT_TICKS * METRO_MS + 1_000);
  assert.ok(lost, "the tempo write's reply was lost");
  assert.equal(transitions(rig), [...LOAD, "ready → resyncing", "resyncing → ready"]);
  assert.equal(divergences(appOf(rig), set), []);
});

test("a Node restart: the new bundle loads again and picks up what was under way", async () => {
  const r = await actionRig("flat");
  await r.play("scene.loop");
  await r.rig.restartNode();
  await r.rig.advance(500);
  assert.equal(transitions(r.rig), [...LOAD, ...LOAD]);
  assert.ok(r.infos().includes("Picking up what was under way before the restart"), r.infos().join("\n"));
  assert.is(r.app.song.scenes()[0]!.looping, true);
});

test("the status line: an error outlives the lifecycle's lines", async () => {
  const set = LiveSet.fromDescription(fixture("flat"), { liveSetLate: 1 });
  const rig = new Rig({ set, storedMapping: "{ not a mapping" });
  await rig.start();
  await rig.advance(1_000);
  assert.is(appOf(rig).lifecycle.state, "ready");
  assert.ok(rig.posts("warn").some((line) => line.includes("waiting for Live")), "the wait is logged");
  const shown = statuses(rig);
  assert.match(shown.pop() ?? "", new RegExp(`^error ${REFUSED}`));
  assert.not.ok(shown.includes("warn waiting for Live"), shown.join("\n"));
});

test("the status line: the set's reading progress ends on ready", async () => {
  const rig = new Rig({ set: LiveSet.fromDescription(generateMusicianSet()) });
  await rig.start();
  await rig.advance(500);
  const shown = statuses(rig);
  assert.ok(shown.includes("info Reading the set: 16 / 25 tracks"), shown.join("\n"));
  assert.is(shown.pop(), READY);
});

test.run();
