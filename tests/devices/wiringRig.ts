// What the wiring tests share: the committed devices in a PatchRunner (the real shim behind its [js] box
// where a test asks), the boxes they look at.
import type { MaxBox } from "../../scripts/patchers/MaxPatcher";
import { INPUT_AMXD, MAIN_AMXD } from "../../scripts/patchers/generatedFiles";
import { mainDevice } from "../../scripts/patchers/mainDevice";
import { committedDevice } from "./deviceFiles";
import { type Message, PatchRunner } from "./PatchRunner";
import type { ActionRegistry } from "../../src/actions/ActionRegistry";
import { createActionRegistry } from "../../src/actions/ActionCatalogue";
import defaultMapping from "../../src/control/defaultMapping.json";
import { MappingStore } from "../../src/control/MappingStore";
import { MappingValidator } from "../../src/control/MappingValidator";
import type { MessageHandler } from "../../src/wire/DevicePort";
import { Logger } from "../../src/log/Logger";
import type { Atom } from "../../src/wire/protocol";
import { DeviceUi } from "../../src/ui/DeviceUi";
import { FILES } from "../../src/wire/DeviceMessages";
import { Clock } from "../../src/sim/max/Clock";
import { DictStore } from "../../src/sim/max/DictStore";
import { ShimHost } from "../../src/sim/max/ShimHost";
import { loadSet } from "../sim/simSets";
import { Jsui } from "../../src/sim/max/Jsui";
import { textWidth } from "../../scripts/patchers/textMetrics";
import { cellParts, cellText } from "../../src/wire/GridCell";

/** The committed devices; with `shim`, the main device's [js] runs the real device/lom-shim.js over the demo set. */
export function runner(options: { shim?: boolean } = {}): PatchRunner {
  const r = new PatchRunner([committedDevice(MAIN_AMXD).patcher.patcher, committedDevice(INPUT_AMXD).patcher.patcher]);
  if (options.shim) runShim(r);
  return r;
}

function runShim(r: PatchRunner): void {
  const box = r.one(`js ${FILES.shim}`);
  const shim = new ShimHost({
    path: "device/lom-shim.js",
    liveApi: loadSet("demo").liveApiClass(),
    clock: new Clock(),
    dicts: new DictStore(),
    sinks: {
      outlet: (index, atoms) => r.emit(box, index, atoms),
      post: (level, text) => {
        throw new Error(`lom-shim.js posted (${level}): ${text}`);
      },
      named: () => undefined,
    },
  });
  r.script(box, (_inlet, message) => shim.deliver(message));
}

export function node(r: PatchRunner): MaxBox {
  return r.one("node.script protocol0.js @autostart 1 @watch 0");
}

/** The devices once the script has said p0_ready: the gate in front of node.script is open. */
export function running(): PatchRunner {
  const r = runner();
  r.emit(node(r), 0, ["p0_ready"]);
  r.clear();
  return r;
}

export const LIFECYCLE = 1;

export const ui = mainDevice().ui;

/** The main device's box `id` (the committed devices are the generated ones: amxd.test.ts). */
export function byId(r: PatchRunner, id: string): MaxBox {
  return r.box(0, id);
}

/** The editor's menus, top to bottom: press, long press, scroll. */
export function editorMenus(r: PatchRunner): MaxBox[] {
  return ui.editor.menus.map((id) => byId(r, id));
}

/** The transparent button over knob `position`'s cell. */
export function cellButton(r: PatchRunner, position: number): MaxBox {
  const [cx, cy] = byId(r, ui.cells[position - 1] ?? "").presentation_rect ?? [0, 0];
  const found = r.find((box) => box.maxclass === "ubutton" && box.presentation_rect?.[0] === cx && box.presentation_rect[1] === cy);
  return found[0] as MaxBox;
}

/**
 * The real bundle UI behind the committed patcher: what it sends goes through the patcher's cords,
 * and what reaches node.script is handed to its handlers.
 */
export function withBundle(r: PatchRunner): { registry: ActionRegistry; store: MappingStore; user(box: MaxBox, outlet: number, message: Message): void } {
  const handlers = new Map<string, MessageHandler>();
  const registry = createActionRegistry();
  const store = new MappingStore(new MappingValidator(registry));
  store.load(defaultMapping);
  const host = { send: (selector: string, ...atoms: Atom[]) => r.emit(node(r), 0, [selector, ...atoms]), on: (selector: string, handler: MessageHandler) => void handlers.set(selector, handler) };
  const files = { read: () => "", write: () => undefined };
  new DeviceUi({ host, store, registry, files, log: new Logger() }).start();
  return {
    registry,
    store,
    user(box, outlet, message) {
      const mark = r.arrivals.length;
      r.emit(box, outlet, message);
      const toBundle = r.arrivals.slice(mark).filter((arrival) => arrival.box === node(r));
      for (const { message: [selector, ...atoms] } of toBundle) handlers.get(String(selector))?.(...atoms);
    },
  };
}

/** The text a box shows: the atoms of the last `set` that reached it. */
export function shows(r: PatchRunner, id: string): string {
  const sets = r.take(byId(r, id)).filter((message) => message[0] === "set");
  return (sets.pop() ?? []).slice(1).join(" ");
}

/**
 * The real device/p0-cell.js behind each of the 16 cells' [jsui] (npm run build writes it), measuring
 * with the layout check's upper bound of the font; what it posts fails the test.
 */
export function drawnCells(r: PatchRunner): Jsui[] {
  return ui.cells.map((id) => {
    const box = byId(r, id);
    const [, , width = 0, height = 0] = box.presentation_rect ?? [];
    const jsui = new Jsui({
      path: `device/${String(box["filename"])}`,
      size: [width, height],
      args: (box["jsarguments"] as Atom[] | undefined) ?? [],
      width: (text, font, size) => textWidth(text, { size, bold: font.includes("Bold") }),
      post: (level, text) => {
        throw new Error(`p0-cell.js posted (${level}): ${text}`);
      },
    });
    r.script(box, (_inlet, message) => jsui.deliver(message));
    return jsui;
  });
}

/** What a grid cell was last told (`cell <position> <label> <parts...>`) as one line: "1 TAP press Tap tempo · turn Tempo". */
export function cellShows(r: PatchRunner, id: string): string {
  const [, position, label, ...parts] = r.take(byId(r, id)).filter((message) => message[0] === "cell").pop() ?? [];
  return [position, label, cellText(cellParts(parts))].filter((part) => part !== undefined && part !== "").join(" ");
}
