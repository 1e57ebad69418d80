// The pre-show check end to end: Live sets of each version read from their files, synced by the real device,
// the check's knob (Log 16) pressed as EC4 bytes through the input tracks, its items in the log; and the
// command `npm run check` (src/sim/PreShowCommand.ts) with its exit status.
import { GESTURES } from "../../src/actions/Action";
import { bindingCalls } from "../../src/control/Mapping";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import defaultMapping from "../../src/control/defaultMapping.json";
import type { MappingDocument } from "../../src/control/Mapping";
import { MAX_MAPPING_CHARS } from "../../src/control/MappingBounds";
import { startDemo, type Demo } from "../../src/sim/Demo";
import { checkSetFile } from "../../src/sim/PreShowCommand";
import { readSetFile, withInputTracks } from "../../src/sim/SetFile";
import type { SetDescription, TrackDescription } from "../../src/sim/live/SetDescription";
import { inputTrack } from "../support/inputTracks";
import { temporaryFolder } from "../../src/sim/TemporaryFolder";

const dir = temporaryFolder("p0-check");
const als = (version: number): string => `tests/fixtures/als/live${version}.als`;
/** The EC4 channels the default mapping's groups own, each once. */
const CHANNELS = [...new Set(defaultMapping.groups.map((g) => g.addressing.channel))];
/** How the check lists the groups' channels in its fixes: "Main 4, Cut 8, …". */
const OWNERS = defaultMapping.groups.map((g) => `${g.name} ${g.addressing.channel}`).join(", ");
const flat = (tracks: readonly TrackDescription[]): TrackDescription[] => tracks.flatMap((t) => [t, ...flat(t.tracks ?? [])]);
const file = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};

/** What the default mapping binds that needs an external synth or a return track. */
const NEEDING = new Set(["track.monitoring", "record.audioOnly", "mixer.send", "mixer.chooseSend"]);

/** The default mapping without those knobs: a musician whose set has neither would map so. */
function fittingMapping(): MappingDocument {
  const mapping = JSON.parse(JSON.stringify(defaultMapping)) as MappingDocument;
  for (const group of mapping.groups) {
    group.encoders = group.encoders.filter((encoder) => {
      for (const gesture of GESTURES) {
        const binding = encoder[gesture];
        if (binding !== undefined && bindingCalls(binding).some((call) => NEEDING.has(call.action))) delete encoder[gesture];
      }
      return encoder.role === "shift" || GESTURES.some((gesture) => encoder[gesture] !== undefined);
    });
  }
  return mapping;
}

/** Presses the check's knob on the EC4; the status line it showed, the warnings it logged, the undo entries Live recorded. */
async function pressCheck(demo: Demo): Promise<{ status: string; items: string[]; undo: number }> {
  const [marks, warns, undo] = [demo.rig.fromNode.length, demo.rig.posts("warn", "node").length, demo.set.undoHistory.length];
  await demo.ec4.press("Log", 16);
  await demo.rig.advance(200);
  const statuses = demo.rig.fromNode.slice(marks).filter((m) => m[0] === "status").map((m) => m.slice(1).join(" "));
  return { status: statuses.join(" | "), items: demo.rig.posts("warn", "node").slice(warns), undo: demo.set.undoHistory.length - undo };
}

test("the set of each Live version opens and syncs; the check names the knobs the set cannot run, then passes with a mapping that fits", async () => {
  const expected: Record<number, RegExp[]> = {
    9: [/Main knob 5 \(RECA\): Record audio cannot run: the set has no external synth\. Fix: group a MIDI track/, /Main knob 8 \(MON\): Monitoring cannot run/],
    10: [/Main knob 5 \(RECA\)/, /Main knob 8 \(MON\)/, /Cut knob 7 \(SEND\): Send, Choose send cannot run: the set has no return track\. Fix: add a return track, or map another action\./],
    11: [/Main knob 5 \(RECA\)/, /Main knob 8 \(MON\)/],
    12: [/Main knob 5 \(RECA\)/, /Main knob 8 \(MON\)/, /Cut knob 7 \(SEND\)/],
  };
  const mapping = file("fitting.json", fittingMapping());
  for (const version of [9, 10, 11, 12]) {
    const description = await readSetFile(als(version));
    const demo = await startDemo({ setFile: als(version), addInputTracks: true });
    assert.is(demo.app.syncCount, 1, `Live ${version}: synced`);
    assert.is(demo.song.simpleTracks().length, flat(description.tracks).length + demo.addedInputs.length, `Live ${version}: every track read`);
    assert.is(demo.song.returnTracks().length, description.returns?.length ?? 0);
    assert.is(demo.song.scenes().length, Array.isArray(description.scenes) ? description.scenes.length : -1);
    const found = await pressCheck(demo);
    assert.is(found.items.length, expected[version]?.length, `Live ${version}:\n${found.items.join("\n")}`);
    expected[version]?.forEach((pattern, i) => assert.match(found.items[i] ?? "", pattern));
    assert.match(found.status, new RegExp(`info Pre-show check: ${found.items.length} problems, in the log`));
    assert.is(found.undo, 0, "the check changes nothing in Live");
    demo.rig.sendToNode("mapping_import", mapping);
    await demo.rig.advance(200);
    const clear = await pressCheck(demo);
    assert.equal(clear.items, []);
    assert.match(clear.status, /info Pre-show check: all clear/);
    demo.rig.stopMetro();
  }
});

test("npm run check: exit 1 and each input problem with its fix; exit 0 for the set of each Live version once the set-up is done; 2 for a set it cannot read", async () => {
  const lines: string[] = [];
  const print = (line: string): void => void lines.push(line);
  const mapping = file("fitting.json", fittingMapping());
  assert.is(await checkSetFile([als(10), mapping], print), 1);
  for (const group of defaultMapping.groups) {
    const channel = group.addressing.channel;
    assert.ok(lines.some((l) => l.includes(`No input track hears channel ${channel}, so the ${group.name} knobs do nothing. Fix: add a MIDI track with input FaderFox EC4, channel Ch. ${channel}`)), lines.join("\n"));
  }
  assert.match(lines[lines.length - 1] ?? "", new RegExp(`live10\\.als: ${CHANNELS.length} things would go wrong$`));
  for (const version of [9, 10, 11, 12]) {
    lines.length = 0;
    const setUp = file(`set-up-${version}.json`, withInputTracks(await readSetFile(als(version)), defaultMapping as MappingDocument).description);
    assert.is(await checkSetFile([setUp, mapping], print), 0, lines.join("\n"));
    assert.equal(lines, [`${setUp}: all clear, nothing would fail`]);
  }
  lines.length = 0;
  assert.is(await checkSetFile([join(dir, "gone.als")], print), 2);
  assert.equal(lines, [`${join(dir, "gone.als")}: no such file`]);
  lines.length = 0;
  assert.is(await checkSetFile([], print), 2);
  assert.match(lines[0] ?? "", /^usage: npm run check -- <set\.als\|set\.json> \[mapping\.json\]$/);
});

test("npm run check: input tracks on All Channels or on a channel no group owns, unknown action ids, a mapping too large to store", async () => {
  const lines: string[] = [];
  const print = (line: string): void => void lines.push(line);
  const stray = [...Array(16).keys()].map((i) => i + 1).find((c) => !CHANNELS.includes(c)) ?? 0;
  assert.ok(stray > 0, "the mapping leaves a channel free");
  const set: SetDescription = {
    scenes: 1,
    tracks: [{ name: "Keys", type: "midi" }, inputTrack("EC4 all", "All Channels"), inputTrack("EC4 stray", `Ch. ${stray}`), ...CHANNELS.map((c) => inputTrack(`EC4 ${c}`, `Ch. ${c}`))],
    returns: [{ name: "Reverb", type: "audio" }],
  };
  const mapping = fittingMapping();
  (mapping.groups[0]?.encoders[0] as { press?: string }).press = "scene.fireTwice";
  assert.is(await checkSetFile([file("inputs.json", set), file("unknown.json", mapping)], print), 1);
  const label = mapping.groups[0]?.encoders[0]?.label ?? "";
  assert.ok(lines.includes(`✗ Main knob 1 (${label}), press: no action is called "scene.fireTwice" (renamed or misspelled), so the knob does nothing. Fix: choose its action again in the device's menu.`), lines.join("\n"));
  assert.ok(lines.includes(`✗ Input track "EC4 all" is on All Channels, so the groups' knobs cannot be told apart. Fix: set its input channel to one group's (${OWNERS}) and give each other group its own input track.`), lines.join("\n"));
  assert.ok(lines.includes(`✗ Input track "EC4 stray" hears EC4 channel ${stray}, which no group of the mapping owns. Fix: set it to a group's channel (${OWNERS}) or delete the track.`), lines.join("\n"));
  assert.is(lines.length, 4, lines.join("\n"));
  lines.length = 0;
  const huge = file("huge.json", `${JSON.stringify(defaultMapping)}${" ".repeat(MAX_MAPPING_CHARS)}`);
  assert.is(await checkSetFile([file("inputs.json", set), huge], print), 1);
  assert.equal(lines, [`${huge}: ${Math.ceil((JSON.stringify(defaultMapping).length + MAX_MAPPING_CHARS) / 1000)} KB is too large for a mapping (at most 600 KB). Fix: remove the groups and knobs you do not play.`]);
});

test.run();
