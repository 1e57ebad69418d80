// The musician's own actions end to end: files of a temporary folder chosen in the device, bound to a
// knob with the device's editor, played as MIDI bytes through Live's port into the input devices; what
// Live did, the status line, the log. A throwing, hanging or broken file never stops the script: each
// test plays a good action afterwards.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { actionRig, type ActionRig } from "../../support/ec4";
import { prop } from "../../support/liveState";
import { actionFile, bind, chooseFolder, lastStatus, pollOnce, tempFolder, type TempFolder } from "../../support/userActions";
import { USER_LIMIT_TICKS } from "../../../src/actions/user/UserDefinition";
import { TICK_MS } from "../../../src/time/TickScheduler";

const tempo = (r: ActionRig) => prop(r.set, "live_set", "tempo");
const UP = actionFile("tempoUp", "Tempo up", 'const next = song.tempo() + 1; return answered(song.setTempo(next), "Tempo up to " + next);');

async function withFolder(files: { [name: string]: string }, body: (r: ActionRig, folder: TempFolder) => Promise<void>): Promise<void> {
  const folder = tempFolder(files);
  try {
    const r = await actionRig("flat");
    await chooseFolder(r, folder.dir);
    await body(r, folder);
  } finally {
    folder.remove();
  }
}

/** The good action still runs: the script went on. */
async function stillRuns(r: ActionRig): Promise<void> {
  const before = tempo(r);
  assert.is(await r.play("user.tempoUp"), 1, "the good action makes its one undo entry");
  assert.is(tempo(r), before + 1);
}

test("a file of the chosen folder is loaded, shows in the menus, and runs from a knob: one undo entry, its text", async () => {
  await withFolder({ "tempoUp.js": UP }, async (r, folder) => {
    assert.ok(r.statuses().includes(`info User actions: 1 loaded from ${folder.dir}`), r.statuses().join("\n"));
    const menu = r.rig.fromNode.filter((atoms) => atoms[0] === "ui_actions" && atoms[1] === "press").pop() ?? [];
    assert.ok(menu.includes("Tempo up"), "the press menu lists it beside the built-in actions");
    assert.ok(menu.includes("Tap tempo"));
    await bind(r, "user.tempoUp");
    const before = tempo(r);
    assert.is(await r.play("user.tempoUp"), 1);
    assert.is(tempo(r), before + 1);
    assert.is(lastStatus(r), `info Tempo up to ${before + 1}`);
    assert.is(r.rig.actionsFolder.current?.join(" "), folder.dir, "the choice is stored with the set");
  });
});

test("a file saved again is reloaded: the knob runs the new version, the menus show its new title", async () => {
  await withFolder({ "tempoUp.js": UP }, async (r, folder) => {
    await bind(r, "user.tempoUp");
    folder.write("tempoUp.js", actionFile("tempoUp", "Tempo up twice", 'return answered(song.setTempo(song.tempo() + 2), "Up by two");'));
    await pollOnce(r);
    assert.ok(r.statuses().filter((line) => line.startsWith("info User actions: 1 loaded")).length === 2, r.statuses().join("\n"));
    const menu = r.rig.fromNode.filter((atoms) => atoms[0] === "ui_actions" && atoms[1] === "press").pop() ?? [];
    assert.ok(menu.includes("Tempo up twice") && !menu.includes("Tempo up"));
    const before = tempo(r);
    assert.is(await r.play("user.tempoUp"), 1);
    assert.is(tempo(r), before + 2);
    assert.is(lastStatus(r), "info Up by two");
    const loads = r.statuses().length;
    await pollOnce(r);
    assert.is(r.statuses().length, loads, "an unchanged folder is not loaded again");
  });
});

test("a syntax error names the file and line on the status line and in the log; the other files load, an edited file keeps its last good version", async () => {
  const broken = ['const { defineAction } = require("protocol0");', "", "module.exports = defineAction({ id: 'broken', title: 'B' description: '' });", ""].join("\n");
  await withFolder({ "tempoUp.js": UP, "broken.js": broken }, async (r, folder) => {
    const error = r.statuses().find((line) => line.startsWith("error User action broken.js line 3: SyntaxError"));
    assert.ok(error, r.statuses().join("\n") + r.rig.posts("error", "node").join("\n"));
    assert.ok(r.rig.posts("error", "node").some((line) => line.includes("broken.js line 3: SyntaxError")), "the log has it");
    assert.ok(r.app.control.registry.has("user.tempoUp") && !r.app.control.registry.has("user.broken"));
    await bind(r, "user.tempoUp");
    folder.write("tempoUp.js", `${UP}\nthis is not javascript\n`);
    await pollOnce(r);
    assert.ok(lastStatus(r).startsWith("error User action tempoUp.js line 6: SyntaxError"), lastStatus(r));
    await stillRuns(r);
  });
});

test("an action that throws is an error on the status line, with its file and line in the log; the script goes on", async () => {
  const throws = actionFile("boom", "Boom", 'throw new Error("no such scene");');
  await withFolder({ "tempoUp.js": UP, "boom.js": throws }, async (r, folder) => {
    await bind(r, "user.boom", 2);
    await bind(r, "user.tempoUp", 4);
    const before = tempo(r);
    assert.is(await r.play("user.boom"), 0, "nothing reached Live");
    assert.is(lastStatus(r), "error Boom failed: no such scene");
    assert.ok(r.rig.posts("error", "node").some((line) => line.includes(`${folder.dir}/boom.js:3`)), "the log's stack names the file and line");
    assert.is(tempo(r), before);
    await stillRuns(r);
  });
});

test("an action that never returns is stopped, and one whose sequence never ends is stopped at the Sequence's limit; the script goes on", async () => {
  const spins = actionFile("spin", "Spin", "while (true) {}");
  const waits = actionFile("wait", "Wait forever", 'return input.sequence("forever").wait(1e9).done();');
  const promise = actionFile("promise", "Promise", "return new Promise(() => {});");
  const spinsLater = actionFile("spinLater", "Spin later", 'return input.sequence("spin").defer().add(function spin() { while (true) {} }).done();');
  const files = { "tempoUp.js": UP, "spin.js": spins, "wait.js": waits, "promise.js": promise, "spinLater.js": spinsLater };
  await withFolder(files, async (r) => {
    await bind(r, "user.spin", 2);
    await bind(r, "user.wait", 4);
    await bind(r, "user.promise", 5);
    await bind(r, "user.tempoUp", 6);
    await bind(r, "user.spinLater", 7);
    await r.play("user.spin");
    assert.ok(r.statuses().includes("error Spin failed: it ran longer than 500 ms and was stopped"), r.statuses().join("\n"));
    await stillRuns(r);
    await r.play("user.spinLater");
    assert.ok(r.statuses().includes("error Spin later failed: it ran longer than 500 ms and was stopped"), r.statuses().join("\n"));
    assert.ok(r.rig.posts("error", "node").some((line) => line.includes("spin errored in step 'spin'")), "the log names the step");
    await stillRuns(r);
    const sequences = r.app.seq.registry;
    await r.play("user.wait");
    await r.play("user.promise");
    assert.ok(sequences.size >= 3, "the waiting sequence and both watches run");
    await r.rig.advance(USER_LIMIT_TICKS * TICK_MS);
    assert.ok(r.statuses().includes("warn Wait forever: still running after 50 s: stopped"), r.statuses().join("\n"));
    assert.ok(r.statuses().includes("warn Promise: still running after 50 s: stopped"));
    assert.is(sequences.size, 0, "the user's sequence was cancelled with its watch");
    await stillRuns(r);
  });
});

test.run();
