// `npm run release`: the frozen devices carry the unfrozen patcher and the built scripts, in the layout of
// the frozen devices Max writes (scripts/release/frozenAmxd.ts), and run from where Max would extract them.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "acorn";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { basename, join } from "node:path";
import { unpackAmxd } from "../../scripts/patchers/amxd";
import type { MaxPatcher } from "../../scripts/patchers/MaxPatcher";
import { packFrozenAmxd } from "../../scripts/release/frozenAmxd";
import { RELEASES, releaseFiles } from "../../scripts/release/release";
import { LiveSet } from "../../src/sim/live/LiveSet";
import { Clock } from "../../src/sim/max/Clock";
import { DictStore } from "../../src/sim/max/DictStore";
import { InputDevice } from "../../src/sim/max/InputDevice";
import { Rig } from "../../src/sim/max/Rig";
import { loadSet } from "../sim/simSets";
import { inputSet, inputDevicePath } from "../support/inputTracks";
import { FROZEN_TEST, WITH_GARBAGE } from "./abletonFrozen";
import { type FrozenContents, readFrozenAmxd } from "./frozenReader";
import { readCommitted, root } from "./deviceFiles";
import { temporaryFolder } from "../../src/sim/TemporaryFolder";

/** One of Ableton's frozen files with its embedded files zeroed: head, zeros, dependency list. */
function abletonSkeleton(fixture: { size: number; head: string; dependencyList: string }): Buffer {
  const head = Buffer.from(fixture.head, "hex");
  const list = Buffer.from(fixture.dependencyList, "hex");
  return Buffer.concat([head, Buffer.alloc(fixture.size - head.length - list.length), list]);
}

for (const [name, fixture] of [
  ["FrozenTest.amxd", FROZEN_TEST],
  ["WithGarbage.amxd", WITH_GARBAGE],
] as const) {
  test(`the writer gives back Ableton's ${name} byte for byte: header, offsets, sizes, names, flags, dates`, () => {
    const original = abletonSkeleton(fixture);
    const read = readFrozenAmxd(original);
    const written = packFrozenAmxd({
      deviceType: read.deviceType,
      meta: read.meta.readUInt32LE(0),
      files: read.entries.map((entry) => ({
        name: entry.name,
        type: entry.type,
        flag: entry.flag,
        modified: entry.modified,
        content: Buffer.alloc(entry.size),
      })),
    });
    assert.is(written.length, original.length);
    assert.ok(written.equals(original), `${name}: first difference at byte ${written.findIndex((b, i) => b !== original[i])}`);
  });
}

test("Ableton's FrozenTest.amxd as the reader sees it: the fields the writer's choices rest on", () => {
  const read = readFrozenAmxd(abletonSkeleton(FROZEN_TEST));
  assert.is(read.meta.readUInt32LE(0), 7);
  assert.is(read.headerSize, 16);
  const flags = Object.fromEntries(read.entries.map((entry) => [entry.name, [entry.type, entry.flag, entry.vers]]));
  assert.equal(flags["Test.amxd"], ["JSON", 0x11, 0]);
  // node.script my-maxnode-basic.js; [js TestScript]; [jsui] VisibleBang.js
  assert.equal(flags["my-maxnode-basic.js"], ["TEXT", 0x08, 0]);
  assert.equal(flags["TestScript.js"], ["TEXT", 0, 0]);
  assert.equal(flags["VisibleBang.js"], ["TEXT", 0, 0]);
  assert.is(read.entries[0]?.name, "Test.amxd");
});

/** The script files a patcher's boxes load, by the object that loads them (independent of the writer's walk). */
function scriptsOf(patcher: MaxPatcher): { [file: string]: string } {
  const scripts: { [file: string]: string } = {};
  for (const { box } of patcher.boxes) {
    const [object, file] = (box.text ?? "").split(" ");
    if (box.maxclass === "newobj" && (object === "node.script" || object === "js") && file) scripts[file] = object;
    // A [jsui] names its script in `filename` (Cycling '74's help patchers save it so).
    if (box.maxclass === "jsui" && typeof box["filename"] === "string") scripts[box["filename"]] = "jsui";
    if (box["patcher"]) Object.assign(scripts, scriptsOf(box["patcher"] as MaxPatcher));
  }
  return scripts;
}

const outDir = temporaryFolder("p0-release");
const epoch = 1_767_225_600; // 2026-01-01 UTC
const run = spawnSync(process.execPath, [join(root, "scripts/release.mjs"), "--no-build", "--out", outDir], {
  cwd: root,
  encoding: "utf8",
  env: { ...process.env, SOURCE_DATE_EPOCH: String(epoch) },
});
const released = (release: string): FrozenContents => readFrozenAmxd(readFileSync(join(outDir, basename(release))));

test("npm run release writes both frozen devices", () => {
  assert.is(run.status, 0, run.stderr);
  for (const { release } of RELEASES) assert.ok(statSync(join(outDir, basename(release))).size > 0, release);
});

test("each frozen device: its type, meta 7, the unfrozen patcher first (flag 0x11), then every script it loads", () => {
  for (const { device, release } of RELEASES) {
    const unfrozen = unpackAmxd(readCommitted(device));
    const frozen = released(release);
    assert.is(frozen.deviceType, unfrozen.type, release);
    assert.is(frozen.meta.toString("hex"), "07000000", release);
    assert.is(frozen.headerSize, 16);
    const [patcher, ...scripts] = frozen.entries;
    assert.ok(patcher, release);
    assert.equal([patcher.name, patcher.type, patcher.flag, patcher.vers], [basename(device), "JSON", 0x11, 0], release);
    // Byte for byte the unfrozen device's ptch data (the patcher JSON and its NUL), and the same patcher.
    assert.ok(patcher.data.equals(readCommitted(device).subarray(32)), `${release}: the patcher is not the unfrozen one`);
    assert.is(patcher.data[patcher.data.length - 1], 0);
    assert.equal(JSON.parse(patcher.data.subarray(0, -1).toString("utf8")), unfrozen.patcher);
    const wanted = scriptsOf(unfrozen.patcher.patcher);
    assert.equal(scripts.map((s) => s.name).sort(), Object.keys(wanted).sort(), release);
    for (const script of scripts) {
      // device/ holds the fresh build (freshBuild.test.ts checks it against esbuild's output now).
      assert.ok(script.data.equals(readCommitted(`device/${script.name}`)), `${release}: ${script.name} is not the build output`);
      assert.equal([script.type, script.vers], ["TEXT", 0]);
      assert.is(script.flag, wanted[script.name] === "node.script" ? 0x08 : 0, `${script.name} flag`);
    }
    for (const entry of frozen.entries) assert.is(entry.modified, epoch, `${entry.name} mdat`);
  }
});

test("without SOURCE_DATE_EPOCH each embedded file carries its own modification date, as Max writes it", () => {
  for (const { path, content } of releaseFiles(root)) {
    const [patcher, ...scripts] = readFrozenAmxd(content).entries;
    const device = RELEASES.find((r) => r.release === path)?.device ?? "";
    const mtime = (p: string) => Math.floor(statSync(join(root, p)).mtimeMs / 1000);
    assert.is(patcher?.modified, mtime(device));
    for (const script of scripts) assert.is(script.modified, mtime(`device/${script.name}`), script.name);
  }
});

test("the frozen node.script bundle needs nothing but max-api and Node's own modules (it runs without node_modules)", () => {
  const main = released(RELEASES[0]!.release);
  const bundle = main.entries.find((entry) => entry.flag === 0x08);
  assert.ok(bundle, "no node.script file");
  const allowed = new Set(["max-api", ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  const required: string[] = [];
  const refused: string[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(walk);
    const n = node as { type?: string; callee?: { type: string; name?: string }; arguments?: { type: string; value?: unknown }[]; start?: number };
    if (n.type === "ImportExpression") refused.push(`import() at ${n.start}`);
    if (n.type === "CallExpression" && n.callee?.type === "Identifier" && n.callee.name === "require") {
      const [arg] = n.arguments ?? [];
      if (arg?.type === "Literal" && typeof arg.value === "string") required.push(arg.value);
      else refused.push(`require(<${arg?.type}>) at ${n.start}`);
    }
    for (const value of Object.values(n)) if (value && typeof value === "object") walk(value);
  };
  walk(parse(bundle.data.toString("utf8"), { ecmaVersion: "latest", sourceType: "script" }));
  assert.equal(refused, []);
  assert.ok(required.includes("max-api"));
  assert.equal(required.filter((id) => !allowed.has(id)), []);
});

/** The embedded scripts written to a fresh folder, as Max extracts a frozen device's files (no package.json). */
function extract(frozen: FrozenContents): string {
  const dir = temporaryFolder("p0-frozen");
  mkdirSync(dir, { recursive: true });
  for (const entry of frozen.entries.slice(1)) writeFileSync(join(dir, entry.name), entry.data);
  return dir;
}

test("the main device's extracted scripts sync the demo set in the simulator, quietly", async () => {
  const dir = extract(released(RELEASES[0]!.release));
  const rig = new Rig({ set: loadSet("demo"), bundlePath: join(dir, "protocol0.js"), shimPath: join(dir, "lom-shim.js") });
  await rig.start();
  assert.is((rig.bundle as { app: { syncCount: number } }).app.syncCount, 1, "the extracted bundle synced the set");
  assert.equal(rig.console, [], "and said nothing on the console, as a normal load must not");
});

test("the input device's extracted script reads its channel and tags MIDI", () => {
  const dir = extract(released(RELEASES[1]!.release));
  const midi: unknown[] = [];
  const posts: string[] = [];
  const device = new InputDevice({
    set: LiveSet.fromDescription(inputSet("Ch. 5")),
    device: inputDevicePath(0),
    path: join(dir, "p0-input.js"),
    clock: new Clock(),
    dicts: new DictStore(),
    send: (atoms) => midi.push(atoms),
    post: (level, text) => posts.push(`${level}: ${text}`),
  });
  device.ready();
  device.play([0xb0, 9, 1]);
  assert.equal(posts, []);
  assert.is(device.shownChannel, "5");
  assert.equal(midi.filter((atoms) => (atoms as unknown[])[0] === "midi"), [["midi", "cc", 5, 9, 1]]);
});

test("a stale unfrozen device is refused, not frozen", () => {
  const copy = temporaryFolder("p0-stale");
  mkdirSync(join(copy, "device"));
  for (const { device } of RELEASES) writeFileSync(join(copy, device), readCommitted(device));
  const [first] = RELEASES;
  const stale = Buffer.from(readCommitted(first!.device));
  stale[stale.length - 2] = 0x20;
  writeFileSync(join(copy, first!.device), stale);
  assert.throws(() => releaseFiles(copy), /not what the generator writes now/);
});

test.run();
