// Only the chosen folder is ever loaded (a `..`, a symlink or an absolute path out of it is refused, a
// node_modules above it is never searched), its helpers in sub-folders are watched too, and the choice
// is the device's: stored with the set, read again by a restarted script and by a reloaded set.
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { actionRig, type ActionRig } from "../../support/ec4";
import { prop, trackNamed } from "../../support/liveState";
import { actionFile, bind, chooseFolder, lastStatus, pollOnce, tempFolder } from "../../support/userActions";
import { LiveSet } from "../../../src/sim/live/LiveSet";
import { Rig } from "../../../src/sim/max/Rig";
import { fixture } from "../../sim/simSets";
import { appOf } from "../../support/rigWith";

const tempo = (r: ActionRig) => prop(r.set, "live_set", "tempo");
const requiring = (id: string, specifier: string) =>
  `const step = require(${JSON.stringify(specifier)});\n${actionFile(id, id, "return answered(song.setTempo(song.tempo() + step.by), step.text);").replace(/^const \{/, "const {")}`;

test("helpers load from sub-folders and the folder's own node_modules; an edited helper reloads the action", async () => {
  const folder = tempFolder({
    "lib/step.js": 'module.exports = { by: 1, text: "one" };',
    "node_modules/stepper/package.json": '{ "main": "main.js" }',
    "node_modules/stepper/main.js": 'module.exports = { by: 3, text: "three" };',
    "local.js": requiring("local", "./lib/step"),
    "packaged.js": requiring("packaged", "stepper"),
  });
  try {
    const r = await actionRig("flat");
    await chooseFolder(r, folder.dir);
    assert.ok(r.statuses().includes(`info User actions: 2 loaded from ${folder.dir}`), r.statuses().join("\n"));
    await bind(r, "user.local", 2);
    await bind(r, "user.packaged", 4);
    const before = tempo(r);
    await r.play("user.packaged");
    assert.is(tempo(r), before + 3);
    folder.write("lib/step.js", 'module.exports = { by: 2, text: "two" };');
    await pollOnce(r);
    await r.play("user.local");
    assert.is(tempo(r), before + 5, "the helper's new version");
    assert.is(lastStatus(r), "info two");
  } finally {
    folder.remove();
  }
});

test("a require out of the folder (.., a symlink, an absolute path, a node_modules above it) is refused, naming the file", async () => {
  // The actions folder sits inside another one that has a secret file and a node_modules of its own.
  const outside = tempFolder({ "secret.js": "module.exports = { by: 1, text: 'outside' };", "node_modules/above/index.js": "module.exports = { by: 1, text: 'above' };" });
  const dir = join(outside.dir, "actions");
  try {
    outside.write("actions/tempoUp.js", actionFile("tempoUp", "Tempo up", "return answered(song.setTempo(song.tempo() + 1));"));
    outside.write("actions/dotdot.js", requiring("dotdot", "../secret"));
    outside.write("actions/absolute.js", requiring("absolute", join(outside.dir, "secret.js")));
    outside.write("actions/above.js", requiring("above", "above"));
    symlinkSync(join(outside.dir, "secret.js"), join(dir, "linked.js"));
    symlinkSync(outside.dir, join(dir, "lib"));
    outside.write("actions/viaLink.js", requiring("viaLink", "./lib/secret"));
    const r = await actionRig("flat");
    await chooseFolder(r, dir);
    const errors = r.rig.posts("error", "node").join("\n");
    assert.match(errors, /absolute\.js: require\(".*secret\.js"\) names an absolute path: only files of the actions folder load/);
    assert.match(errors, /User action require\("\.\.\/secret"\) in dotdot\.js: .*secret\.js is outside the actions folder/);
    assert.match(errors, /User action linked\.js: .*secret\.js is outside the actions folder .*: refused/);
    assert.match(errors, /User action require\("\.\/lib\/secret"\) in viaLink\.js: .*secret\.js is outside the actions folder/);
    assert.match(errors, /above\.js: require\("above"\): no such file in the actions folder/);
    assert.equal(r.app.control.registry.all().filter((a) => a.id.startsWith("user.")).map((a) => a.id), ["user.tempoUp"]);
    assert.ok(lastStatus(r).startsWith("error User action"), "the status line says so");
  } finally {
    outside.remove();
  }
});

test("the chosen folder is stored with the set: a restarted script and a reloaded set load it; a mapping naming a user action that is not loaded is kept, with a warning", async () => {
  const folder = tempFolder({ "tempoUp.js": actionFile("tempoUp", "Tempo up", "return answered(song.setTempo(song.tempo() + 1));") });
  try {
    const r = await actionRig("flat");
    await chooseFolder(r, folder.dir);
    await bind(r, "user.tempoUp");
    await r.rig.restartNode();
    assert.ok(appOf(r.rig).control.registry.has("user.tempoUp"), "the restarted script read the stored folder");
    const before = tempo(r);
    assert.is(await r.play("user.tempoUp"), 1);
    assert.is(tempo(r), before + 1);

    // The set saved and opened again: both stored parameters come back.
    const reopened = new Rig({ set: LiveSet.fromDescription(fixture("flat")), storedActionsFolder: folder.dir, storedMapping: r.rig.storedAtoms });
    await reopened.start();
    assert.ok(appOf(reopened).control.registry.has("user.tempoUp"));
    assert.ok(!reopened.fromNode.some((atoms) => atoms[0] === "status" && atoms[1] === "warn"), "its mapping found the action loaded");

    // The same set where the folder has gone: the knob is kept and said to be not loaded.
    const moved = new Rig({ set: LiveSet.fromDescription(fixture("flat")), storedActionsFolder: join(folder.dir, "gone"), storedMapping: r.rig.storedAtoms });
    await moved.start();
    const statuses = moved.fromNode.filter((atoms) => atoms[0] === "status").map((atoms) => atoms.slice(1).join(" "));
    assert.ok(statuses.includes(`warn User actions: folder ${join(folder.dir, "gone")} not found`), statuses.join("\n"));
    assert.ok(statuses.includes("warn Test knob 2, press: not loaded: user.tempoUp, kept: it runs once a file of the actions folder defines it"), statuses.join("\n"));
    const test = appOf(moved).control.store.active?.groups.find((g) => g.name === "Test");
    assert.is(test?.encoders.find((e) => e.position === 2)?.press, "user.tempoUp", "the mapping kept it");
  } finally {
    folder.remove();
  }
});

test("with no folder chosen the default one is loaded; a folder that does not exist there is no news", async () => {
  const folder = tempFolder({ "tempoUp.js": actionFile("tempoUp", "Tempo up", "return answered(song.setTempo(song.tempo() + 1));") });
  try {
    const rig = new Rig({ set: LiveSet.fromDescription(fixture("flat")), actionsDir: folder.dir });
    await rig.start();
    await rig.advance(1000);
    assert.ok(appOf(rig).control.registry.has("user.tempoUp"));
    const quiet = new Rig({ set: LiveSet.fromDescription(fixture("flat")) });
    await quiet.start();
    await quiet.advance(1000);
    assert.is(quiet.posts("warn", "node").length + quiet.posts("error", "node").length, 0, quiet.posts("warn", "node").join("\n"));
  } finally {
    folder.remove();
  }
});

test("a definition that is not one is told in the musician's words, naming the file; ids are the user's own area; other declared fields are carried", async () => {
  const folder = tempFolder({
    "noRun.js": 'const { defineAction, PRESS } = require("protocol0");\nmodule.exports = defineAction({ id: "noRun", title: "No run", description: "", gestures: PRESS });',
    "badGesture.js": 'const { defineAction } = require("protocol0");\nmodule.exports = defineAction({ id: "bad", title: "Bad", description: "", gestures: ["twist"], run() {} });',
    "plain.js": "module.exports = { id: 'plain' };",
    "a.js": actionFile("same", "Same", "return 'a';"),
    "b.js": actionFile("user.same", "Same again", "return 'b';"),
    "withParams.js": actionFile("withParams", "With params", "return 'p';", 'gestures: PRESS, params: { bars: { kind: "integer", min: 1, max: 64, default: 4 } }'),
    "schemaParams.js": actionFile("schemaParams", "Schema params", "return 's';", 'gestures: PRESS, params: { bars: { type: "integer", minimum: 1, maximum: 64, default: 4 } }'),
    "badRange.js": actionFile("badRange", "Bad range", "return 'r';", 'gestures: PRESS, params: { bars: { kind: "integer", min: 8, max: 1, default: 4 } }'),
    "throwsOnLoad.js": "\n\nthrow new Error('not today');",
  });
  try {
    const r = await actionRig("flat");
    await chooseFolder(r, folder.dir);
    const errors = r.rig.posts("error", "node").join("\n");
    assert.match(errors, /noRun\.js: user\.noRun: run must be a function/);
    assert.match(errors, /badGesture\.js: user\.bad: gestures must list some of press, longPress, doublePress, scroll/);
    assert.match(errors, /plain\.js: export definitions made by defineAction/);
    assert.match(errors, /b\.js: user\.same is defined by another file too/);
    assert.match(errors, /throwsOnLoad\.js line 3: not today/);
    assert.match(errors, /schemaParams\.js: user\.schemaParams: params\.bars: kind must be one of integer, number, choice, text, target/);
    assert.match(errors, /badRange\.js: user\.badRange: params\.bars: an integer needs whole min ≤ max, a default between them or none/);
    assert.not.ok(r.app.control.registry.has("user.schemaParams"), "a definition whose params are not parameters is refused");
    assert.ok(r.app.control.registry.has("user.same"));
    const declared = (r.app.control.registry.get("user.withParams") as { params?: unknown } | undefined)?.params;
    assert.equal(declared, { bars: { kind: "integer", min: 1, max: 64, default: 4 } }, "what the contract declares besides is carried");
  } finally {
    folder.remove();
  }
});

test("a user action's needs and refusal work as the built-in ones': a refusal is a warning and no undo entry", async () => {
  const folder = tempFolder({
    "rename.js": actionFile(
      "rename",
      "Rename",
      'return answered(selectedTrack.setName(selectedTrack.name + "!"), "Renamed");',
      'gestures: PRESS, needs: ["selectedTrack"], refuse: ({ selectedTrack }) => selectedTrack.name === "Kick" ? "Kick keeps its name" : undefined',
    ).replace("const { song, status, log, steps } = input;", "const { selectedTrack } = input;"),
  });
  try {
    const r = await actionRig("flat");
    await chooseFolder(r, folder.dir);
    await bind(r, "user.rename");
    r.set.selectTrack(trackNamed(r.set, "Kick").id);
    assert.is(await r.play("user.rename"), 0);
    assert.is(lastStatus(r), "warn Rename: Kick keeps its name");
    r.set.selectTrack(trackNamed(r.set, "Guitar").id);
    assert.is(await r.play("user.rename"), 1);
    assert.is(lastStatus(r), "info Renamed");
    assert.ok(trackNamed(r.set, "Guitar!"));
  } finally {
    folder.remove();
  }
});

test.run();
