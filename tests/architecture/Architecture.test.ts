// The architecture is a test: the rules of scripts/architecture/layers.ts over the metafiles of the
// runtime files as scripts/build.mjs builds them now, type-only imports included.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BUNDLE, CELL, INPUT, SHIM, violations, type Metafile } from "../../scripts/architecture/layers";


function metafileOf(imports: { [path: string]: string[] }): Metafile {
  const inputs: Metafile["inputs"] = {};
  for (const [path, paths] of Object.entries(imports)) inputs[path] = { imports: paths.map((to) => ({ path: to })) };
  return { inputs };
}

/** A made-up build that keeps every rule; each test below breaks one. */
function sound(): { [output: string]: Metafile } {
  return {
    [BUNDLE]: metafileOf({
      "src/host/main.ts": ["max-api", "src/host/Protocol0.ts", "node:fs"],
      "src/host/Protocol0.ts": ["src/ui/DeviceUi.ts", "src/lom/Mirror.ts"],
      "src/ui/DeviceUi.ts": ["src/wire/DeviceMessages.ts", "../main/node_modules/ajv/dist/ajv.js"],
      "src/lom/Mirror.ts": ["src/log/Logger.ts", "src/wire/protocol.ts"],
      "src/log/Logger.ts": [],
      "src/wire/protocol.ts": [],
      "src/wire/DeviceMessages.ts": ["src/wire/protocol.ts"],
      "../main/node_modules/ajv/dist/ajv.js": [],
    }),
    [SHIM]: metafileOf({ "src/shim/main.ts": ["src/wire/protocol.ts"], "src/wire/protocol.ts": [] }),
    [INPUT]: metafileOf({ "src/input/main.ts": ["src/wire/midi.ts"], "src/wire/midi.ts": [] }),
    [CELL]: metafileOf({ "src/cell/main.ts": ["src/cell/CellLayout.ts", "src/wire/GridCell.ts"], "src/cell/CellLayout.ts": ["src/wire/GridCell.ts"], "src/wire/GridCell.ts": [] }),
  };
}

test("a build that keeps the rules passes the check", () => {
  assert.equal(violations(sound()), []);
});

test("the check fails on each kind of violation", () => {
  const upwards = sound();
  upwards[BUNDLE].inputs["src/lom/Mirror.ts"].imports = [{ path: "src/ui/DeviceUi.ts" }];
  assert.equal(violations(upwards), [`${BUNDLE}: src/lom/Mirror.ts (lom) imports src/ui/DeviceUi.ts (ui), a folder above it`]);

  const lomInActions = sound();
  lomInActions[BUNDLE].inputs["src/actions/TransportActions.ts"] = { imports: [{ path: "src/lom/Mirror.ts" }] };
  assert.equal(violations(lomInActions), [`${BUNDLE}: src/actions/TransportActions.ts (actions) imports src/lom/Mirror.ts: only lom, model, host speak LOM`]);

  const maxApi = sound();
  maxApi[BUNDLE].inputs["src/ui/DeviceUi.ts"].imports = [{ path: "max-api", external: true }];
  assert.equal(violations(maxApi), [`${BUNDLE}: src/ui/DeviceUi.ts imports max-api`]);

  const sim = sound();
  sim[BUNDLE].inputs["src/sim/max/Rig.ts"] = { imports: [] };
  assert.equal(violations(sim), [`${BUNDLE}: src/sim/max/Rig.ts is simulator code`, `${BUNDLE}: src/sim/max/Rig.ts is in no folder of the order (wire, log, events, time, lom, sequence, model, actions, control, ui, host)`]);

  const atRoot = sound();
  atRoot[BUNDLE].inputs["src/Protocol0.ts"] = { imports: [{ path: "src/host/Host.ts" }] };
  assert.match(violations(atRoot).join("\n"), "src/Protocol0.ts is in no folder of the order");

  const shim = sound();
  shim[SHIM].inputs["src/lom/liveApiCosts.ts"] = { imports: [] };
  assert.equal(violations(shim), [`${SHIM}: src/lom/liveApiCosts.ts is outside src/shim/ and src/wire/`]);

  const input = sound();
  input[INPUT].inputs["src/control/MidiDecoder.ts"] = { imports: [] };
  assert.equal(violations(input), [`${INPUT}: src/control/MidiDecoder.ts is outside src/input/ and src/wire/`]);

  const cell = sound();
  cell[CELL].inputs["src/ui/KnobBindings.ts"] = { imports: [] };
  assert.equal(violations(cell), [`${CELL}: src/ui/KnobBindings.ts is outside src/cell/ and src/wire/`]);

  const missing = sound();
  delete missing[INPUT];
  assert.equal(violations(missing), [`${INPUT}: no metafile`]);
});
test("the runtime files as built now keep every rule", () => {
  const run = spawnSync(process.execPath, [join(process.cwd(), "scripts/architecture/metafiles.mjs")], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  assert.is(run.status, 0, run.stderr);
  const metafiles = JSON.parse(run.stdout) as { [output: string]: Metafile };
  assert.ok(Object.keys(metafiles[BUNDLE]?.inputs ?? {}).length > 100, "the bundle's metafile lists its sources");
  assert.equal(violations(metafiles), []);
});

test.run();
