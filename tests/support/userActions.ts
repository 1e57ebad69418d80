// The musician's actions folder in tests: a temporary folder of files, removed afterwards (at exit at
// the latest: src/sim/TemporaryFolder.ts), chosen in the device as the Actions button's dialog does,
// and a knob of the Test group bound to a user action through the device's own editor messages
// (ui_group, ui_action), as a click in its menus does.
import { mkdirSync, realpathSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { temporaryFolder } from "../../src/sim/TemporaryFolder";
import type { Gesture } from "../../src/actions/Action";
import { POLL_MS } from "../../src/actions/user/UserActions";
import { TO_BUNDLE } from "../../src/wire/DeviceMessages";
import type { ActionRig } from "./ec4";
import { menuItem } from "./menuItems";

export interface TempFolder {
  /** Its real path (macOS's tmpdir is behind a symlink). */
  readonly dir: string;
  /** Writes a file (folders made), dated `ageMs` before now so a rewrite always shows as a change. */
  write(name: string, text: string): string;
  remove(): void;
}

let written = 0;

export function tempFolder(files: { [name: string]: string } = {}): TempFolder {
  const dir = realpathSync(temporaryFolder("p0-user-actions"));
  const folder: TempFolder = {
    dir,
    write(name, text) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      // A later write of the same size in the same millisecond must still read as a save.
      const seconds = Date.now() / 1000 + ++written;
      utimesSync(path, seconds, seconds);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  for (const [name, text] of Object.entries(files)) folder.write(name, text);
  return folder;
}

/** A module defining one action; `body` is the run's body, `fields` any other fields. */
export function actionFile(id: string, title: string, body: string, fields = 'gestures: PRESS, needs: []'): string {
  return [
    'const { defineAction, PRESS, SCROLL, answered } = require("protocol0");',
    `module.exports = defineAction({ id: "${id}", title: "${title}", description: "${title}.", ${fields},`,
    `  run(input) { const { song, status, log, steps } = input; ${body} },`,
    "});",
    "",
  ].join("\n");
}

/** The musician chooses `dir` with the Actions button; the bundle loads it at once. */
export async function chooseFolder(r: ActionRig, dir: string): Promise<void> {
  r.rig.chooseActionsFolder(dir);
  await r.rig.advance(100);
}

/** Lets the bundle's poll see the folder's changes and reload it. */
export async function pollOnce(r: ActionRig): Promise<void> {
  await r.rig.advance(POLL_MS + 100);
}

/** Binds knob `position` of the Test group to `id` with the device's editor. */
export async function bind(r: ActionRig, id: string, position = 2, gesture: Gesture = "press"): Promise<void> {
  const { store, registry } = r.app.control;
  const group = store.active?.groups.findIndex((g) => g.name === "Test") ?? -1;
  r.rig.sendToNode(TO_BUNDLE.uiGroup, group);
  const item = menuItem(registry, gesture, id);
  if (item === 0) throw new Error(`${id} is not in the ${gesture} menu`);
  r.rig.sendToNode(TO_BUNDLE.uiAction, position, gesture, item);
  await r.rig.advance(100);
}

/** The last status line, "level text". */
export function lastStatus(r: ActionRig): string {
  return r.statuses().pop() ?? "";
}
