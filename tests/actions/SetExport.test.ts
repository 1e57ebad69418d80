// The set.export action end to end: pressed as EC4 bytes, it reads the whole set a track and a scene at a
// time and writes it as a set description; that file reopened gives the same log.set dump.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import defaultMapping from "../../src/control/defaultMapping.json";
import type { MappingDocument } from "../../src/control/Mapping";
import type { ExportedSet } from "../../src/actions/SetExport";
import { EXPORTED_SET_FILE } from "../../src/host/MaxFiles";
import { startDemo, type Demo } from "../../src/sim/Demo";
import type { SetDescription } from "../../src/sim/live/SetDescription";

const dir = mkdtempSync(join(tmpdir(), "p0-export-"));

/** The default mapping with the export on a Log knob of its own (no default knob runs it). */
function exportMapping(): string {
  const mapping = JSON.parse(JSON.stringify(defaultMapping)) as MappingDocument;
  mapping.groups.find((g) => g.name === "Log")?.encoders.push({ position: 7, cc: 7, label: "EXPT", press: "set.export" });
  const path = join(dir, "export-mapping.json");
  writeFileSync(path, JSON.stringify(mapping));
  return path;
}

/** Presses a Log knob; the info lines logged and the status lines shown meanwhile, and the undo entries. */
async function press(demo: Demo, position: number, ms = 2_000): Promise<{ infos: string[]; statuses: string[]; undo: number }> {
  const [infos, marks, undo] = [demo.rig.posts("info", "node").length, demo.rig.fromNode.length, demo.set.undoHistory.length];
  await demo.ec4.press("Log", position);
  await demo.rig.advance(ms);
  return {
    infos: demo.rig.posts("info", "node").slice(infos),
    statuses: demo.rig.fromNode.slice(marks).filter((m) => m[0] === "status").map((m) => m.slice(1).join(" ")),
    undo: demo.set.undoHistory.length - undo,
  };
}

const dump = async (demo: Demo): Promise<string[]> => (await press(demo, 2)).infos;

test("an exported demo set reopens and gives the same log.set dump; the export changes nothing in Live", async () => {
  const demo = await startDemo({ logDir: dir });
  demo.rig.sendToNode("mapping_import", exportMapping());
  await demo.rig.advance(200);
  const before = await dump(demo);
  assert.ok(before.length > 20, before.join("\n"));
  const exported = await press(demo, 7);
  assert.equal(exported.statuses, ["info Set exported: 10 tracks, 4 scenes"]);
  assert.is(exported.undo, 0);
  const path = join(dir, EXPORTED_SET_FILE);
  assert.ok(exported.infos.includes(`node: Set exported to ${path}`), exported.infos.join("\n"));
  const set = JSON.parse(readFileSync(path, "utf8")) as ExportedSet;
  // The file is a set description: what the simulator and the REPL open.
  const description: SetDescription = set;
  assert.ok(description.tracks.some((t) => t.inputType === "FaderFox EC4" && t.inputChannel === "Ch. 4"), "the input tracks keep their channel");
  demo.rig.stopMetro();
  const reopened = await startDemo({ setFile: path });
  assert.equal(await dump(reopened), before);
  reopened.rig.stopMetro();
});

test("a second press while the export reads the set warns and changes nothing; the file is written once", async () => {
  const demo = await startDemo({ setFile: "tests/fixtures/als/live9.als", addInputTracks: true, logDir: mkdtempSync(join(tmpdir(), "p0-export-twice-")) });
  demo.rig.sendToNode("mapping_import", exportMapping());
  await demo.rig.advance(200);
  const [marks, undo] = [demo.rig.fromNode.length, demo.set.undoHistory.length];
  const statuses = (): string[] => demo.rig.fromNode.slice(marks).filter((m) => m[0] === "status").map((m) => m.slice(1).join(" "));
  // Two pushes in the same moment: the set is read in Live's time, so the second comes while the first reads it.
  for (let i = 0; i < 2; i++) {
    demo.ec4.down("Log", 7);
    demo.ec4.up("Log", 7);
  }
  await demo.rig.advance(5_000);
  assert.equal(statuses(), ["warn Export set: the set is being exported already", "info Set exported: 28 tracks, 8 scenes"]);
  assert.is(demo.set.undoHistory.length - undo, 0);
  assert.is(demo.rig.posts("info", "node").filter((line) => line.startsWith("node: Set exported to ")).length, 1);
  demo.rig.stopMetro();
});

test("an exported Live 9 set reopens and gives the same log.set dump", async () => {
  const demo = await startDemo({ setFile: "tests/fixtures/als/live9.als", addInputTracks: true, logDir: dir });
  demo.rig.sendToNode("mapping_import", exportMapping());
  await demo.rig.advance(200);
  const before = await dump(demo);
  const exported = await press(demo, 7, 5_000);
  assert.match(exported.statuses.join(" | "), /^info Set exported: 28 tracks, 8 scenes$/, exported.statuses.join(" | "));
  demo.rig.stopMetro();
  const reopened = await startDemo({ setFile: join(dir, EXPORTED_SET_FILE) });
  assert.equal(reopened.addedInputs, []);
  assert.equal(await dump(reopened), before);
  reopened.rig.stopMetro();
});

test.run();
