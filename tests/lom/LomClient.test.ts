// The bundle's LOM client on its own: the atoms it sends, how it puts reply chunks together, priorities.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Atom, SnapNode, SnapshotSpec } from "../../src/wire/protocol";
import { isProbeText, MSG_BATCH, MSG_SPEC } from "../../src/wire/protocol";
import { MAX_ATOM_CHARS } from "../../src/wire/liveApiCosts";
import { LomClient, REPLY_TIMEOUT_TICKS } from "../../src/lom/LomClient";
import { Logger } from "../../src/log/Logger";
import { LiveSet } from "../../src/sim/live/LiveSet";
import { generateLargeSet } from "../../src/sim/live/generateLargeSet";
import { Rig } from "../../src/sim/max/Rig";

function client(): { client: LomClient; sent: Atom[][]; log: Logger } {
  const sent: Atom[][] = [];
  const log = new Logger();
  return { client: new LomClient((selector, ...atoms) => sent.push([selector, ...atoms]), log), sent, log };
}

const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

test("one turn's ops go as one flat batch per priority: foreground first, snapshots, observers and background() as background", async () => {
  const { client: c, sent } = client();
  const spec: SnapshotSpec = { props: ["name"] };
  void c.set(3, "name", ["Lead", "Synth"]);
  void c.request({ op: "snapshot", target: "live_set", spec });
  void c.background(() => c.get("live_set", "tempo"));
  void c.call("live_set", "create_scene", [1]);
  c.observe(7, "current_song_time", () => {}, undefined, { quantum: 0.25 });
  await turn();
  assert.equal(sent, [
    [MSG_SPEC, 0, JSON.stringify(spec)],
    [MSG_BATCH, 1, 1, "set", 3, "name", 2, "Lead", "Synth", "call", "live_set", "create_scene", 1, 1],
    [MSG_BATCH, 2, 0, "snapshot", "live_set", 0, "get", "live_set", "tempo", "observe", 1, 7, "current_song_time", 0.25],
  ]);
  void c.request({ op: "snapshot", target: 9, spec: { props: ["name"] } });
  await turn();
  assert.equal(sent.slice(3), [[MSG_BATCH, 3, 0, "snapshot", 9, 0]], "a spec of the same content is registered once");
});

test("reply chunks are put together until the final one, then decoded in op order", async () => {
  const { client: c } = client();
  const spec: SnapshotSpec = { props: ["name", "arm"], children: { clip_slots: { props: ["has_clip"] } } };
  const name = c.get(5, "name");
  const snap = c.request<SnapNode>({ op: "snapshot", target: 5, spec }, 1);
  const count = c.request<number>({ op: "getcount", target: 5, child: "clip_slots" });
  const bad = c.get(5, "nope");
  await turn();
  // get; snapshot: id, name, arm absent, 3 slots of which the second went away mid-walk (id 0); getcount; an error
  c.onReply([1, 0, 1, "Bass", 5, 1, "Bass", -1, 3, 11, 1, 0]);
  c.onReply([1, 0, 0]);
  c.onReply([1, 1, 13, 1, 1, 1, 3, -1, "Track has no property nope"]);
  assert.equal(await name, ["Bass"]);
  assert.equal(await snap, { id: 5, p: { name: ["Bass"] }, c: { clip_slots: [{ id: 11, p: { has_clip: [0] }, c: {} }, { id: 13, p: { has_clip: [1] }, c: {} }] } });
  assert.is(await count, 3);
  await bad.then(
    () => assert.unreachable(),
    (error: Error) => assert.is(error.message, "Track has no property nope"),
  );
});

test("a string Max would cut is refused before it is sent; a whole-batch error fails every op", async () => {
  const { client: c, sent } = client();
  await c.set(1, "name", "x".repeat(MAX_ATOM_CHARS + 1)).then(
    () => assert.unreachable(),
    (error: Error) => assert.is(error.message, "value too long"),
  );
  const a = c.get(1, "name");
  const b = c.get(2, "name");
  await turn();
  assert.is(sent.length, 1);
  c.onReply([1, 1, -2, "LiveAPI is not ready yet"]);
  for (const p of [a, b]) await p.then(() => assert.unreachable(), (error: Error) => assert.match(error.message, /not ready/));
});

test("a batch that keeps answering is not given up on; one silent for REPLY_TIMEOUT_TICKS is", async () => {
  const { client: c } = client();
  let lost = 0;
  c.onLostReply = () => lost++;
  const walk = c.request({ op: "snapshot", target: 1, spec: { props: [] } });
  await turn();
  c.tick(REPLY_TIMEOUT_TICKS - 1);
  c.onReply([1, 0]);
  c.tick(2 * REPLY_TIMEOUT_TICKS - 2);
  assert.is(lost, 0);
  c.tick(2 * REPLY_TIMEOUT_TICKS);
  assert.is(lost, 1);
  await walk.then(() => assert.unreachable(), (error: Error) => assert.match(error.message, /no reply/));
});

test("a large-set sync sends no string atom over MAX_ATOM_CHARS either way; the bundle sends no JSON but snapshot specs", async () => {
  const set = LiveSet.fromDescription(generateLargeSet({ tracks: 256, scenes: 32 }));
  const rig = new Rig({ set });
  let longest = 0;
  const json: string[] = [];
  rig.wire.tap((m) => {
    // The platform probe's texts are the only longer atoms, on purpose (src/host/PlatformProbe.ts).
    for (const a of m.atoms) if (typeof a === "string" && !isProbeText(a)) longest = Math.max(longest, a.length);
    // Live's own dictionary-valued properties are JSON text in replies and events; the bundle's batches never are.
    if (m.atoms[0] === MSG_BATCH && m.atoms.some((a) => typeof a === "string" && /^[[{]/.test(a))) json.push(m.atoms.join(" ").slice(0, 80));
  });
  await rig.start();
  assert.ok(longest <= MAX_ATOM_CHARS, `${longest} characters`);
  assert.equal(json, []);
  assert.equal(rig.posts("error"), []);
});

test.run();
