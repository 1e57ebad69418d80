// Every text the device and the tools print for a musician, gathered through the real path: the demo
// session as `npm start` prints it, then every gesture of every knob of the default mapping on the demo set
// (the status lines and the console's posts, the set log among them), every group's grid and every knob's
// editor and help (the ui_* messages the bundle sends), the devices' own texts (comments, menus, Info View),
// the REPL's help and its commands' answers, the set's picture, and the README's prose.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FROM_BUNDLE, TO_BUNDLE } from "../../src/wire/DeviceMessages";
import type { Atom } from "../../src/wire/protocol";
import { startDemo } from "../../src/sim/Demo";
import { playDemoSession } from "../../src/sim/DemoSession";
import { REPL_HELP, ReplCommands } from "../../src/sim/ReplCommands";
import type { Heard } from "../../src/sim/Transcript";

export interface Printed {
  /** Where a musician reads it: "npm start", "status line", "log", "device", "REPL", "set picture", "README.md". */
  where: string;
  text: string;
}

/** The REPL lines a musician would try, right and wrong. */
const REPL_LINES = ["help", "turn Main 13 2", "press 1 13", "long-press Main 16", "turn Song 2 3", "press Song 2", "bars 1", "set", "check", "export", "dance", "turn Main", "press Drums 1", "press Main 6", "load", "load no-such-mapping.json"];

/** The selectors of the ui_* messages whose first atom routes the message in the patcher rather than being shown. */
const ROUTED = new Set<Atom>([FROM_BUNDLE.uiActions]);

const heardText = (heard: Heard): Printed =>
  heard.kind === "status" ? { where: "status line", text: heard.text } : { where: "log", text: heard.line.text };

/** What the device shows in Max's UI objects: every ui_* message's shown atoms, as one text each. */
function deviceTexts(messages: readonly Atom[][]): Printed[] {
  return messages
    .filter((atoms) => String(atoms[0]).startsWith("ui_"))
    .map((atoms) => ({ where: `device ${String(atoms[0])}`, text: atoms.slice(ROUTED.has(atoms[0]!) ? 2 : 1).map(String).join(" ") }));
}

/** The box attributes Live shows: a comment's text, a menu's items, Info View's title and text, a hint, a parameter's names. */
const SHOWN_ATTRIBUTES = ["annotation", "annotation_name", "hint", "items", "parameter_longname", "parameter_shortname", "parameter_annotation_name"];
const SHOWN_TEXT = new Set(["comment", "live.comment", "textbutton", "live.text"]);

interface PatcherBox {
  maxclass?: string;
  text?: unknown;
  patcher?: { boxes?: { box: PatcherBox }[] };
  saved_attribute_attributes?: { valueof?: Record<string, unknown> };
  [attribute: string]: unknown;
}

/** What the generated devices show of themselves, besides what the bundle sends. */
export function patcherTexts(dir = "patchers"): Printed[] {
  const texts: Printed[] = [];
  const visit = (file: string, boxes: readonly { box: PatcherBox }[] = []): void => {
    for (const { box } of boxes) {
      const shown = [...(SHOWN_TEXT.has(box.maxclass ?? "") ? [box.text] : []), ...SHOWN_ATTRIBUTES.flatMap((name) => [box[name], box.saved_attribute_attributes?.valueof?.[name]])];
      for (const text of shown) if (text !== undefined) texts.push({ where: `device ${file}`, text: Array.isArray(text) ? text.join(" ") : String(text) });
      visit(file, box.patcher?.boxes);
    }
  };
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".maxpat"))) {
    visit(file, (JSON.parse(readFileSync(join(dir, file), "utf8")) as { patcher: { boxes: { box: PatcherBox }[] } }).patcher.boxes);
  }
  return texts;
}

/** The README's prose for the musician: the developers' part (docs/ too), code and JSON aside. */
export function readmeTexts(): Printed[] {
  const readme = readFileSync("README.md", "utf8").split(/^## For developers$/m)[0] ?? "";
  return prose(readme).map((text) => ({ where: "README.md", text }));
}

/**
 * A document's lines without fenced blocks and code spans: those are what a musician types (the mapping's
 * keys, `scroll`, `longPress`), a file's data, not its words.
 */
function prose(markdown: string): string[] {
  return markdown
    .replace(/^```[\s\S]*?^```$/gm, "")
    .split("\n")
    .map((line) => line.replace(/`[^`]*`/g, "`…`"))
    .filter((line) => line.trim() !== "");
}

export async function musicianTexts(): Promise<Printed[]> {
  const printed: Printed[] = [];
  const demo = await startDemo();
  printed.push(...demo.transcript.take().map(heardText));
  await playDemoSession(demo, {
    heading: (text) => printed.push({ where: "npm start", text }),
    line: (text) => printed.push({ where: "npm start", text }),
    heard: (heard) => printed.push(heardText(heard)),
  });
  printed.push({ where: "set picture", text: demo.picture() });
  for (const binding of demo.ec4.bindings()) {
    for (const steps of binding.gesture === "scroll" ? [1, -1] : [1]) await demo.ec4.perform(binding, steps);
    await demo.rig.advance(500);
  }
  // Each group's grid, and each knob's editor and help.
  demo.ec4.groups().forEach((_, group) => {
    demo.rig.sendToNode(TO_BUNDLE.uiGroup, group);
    for (let position = 1; position <= 16; position++) demo.rig.sendToNode(TO_BUNDLE.uiKnob, position);
  });
  await demo.rig.advance(500);
  printed.push(...demo.transcript.take().map(heardText));
  printed.push(...deviceTexts(demo.rig.fromNode));
  const repl = new ReplCommands(demo, (text) => printed.push({ where: "REPL", text }));
  printed.push({ where: "REPL", text: REPL_HELP });
  for (const line of REPL_LINES) await repl.run(line);
  printed.push(...demo.transcript.take().map(heardText));
  // The set after all that: scenes the takes added, unnamed.
  printed.push({ where: "set picture", text: demo.picture() });
  demo.rig.stopMetro();
  return [...printed, ...patcherTexts(), ...readmeTexts()];
}
