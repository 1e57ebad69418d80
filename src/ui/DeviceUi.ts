// The mapping UI of the main device, seen from the bundle: the group selector, the 4×4 encoder grid,
// editing a knob's actions, import / export / restore of the mapping document, and the status line.
// The UI shows action titles and descriptions; the mapping document keeps action ids. Each gesture's
// menu lists the actions that accept it, and answers with the chosen index, so a title's spaces never
// have to survive Max's message parsing. An id no action has is kept, shown as "unknown: <id>".
// It speaks the messages of src/wire/DeviceMessages.ts through its port; Max itself stays in src/host.
import type { ActionDefinition, Gesture } from "../actions/Action";
import type { ActionRegistry } from "../actions/ActionRegistry";
import type { EncoderMapping, MappingDocument } from "../control/Mapping";
import type { MappingStore } from "../control/MappingStore";
import { storedAtoms } from "../control/StoredChunks";
import type { UnknownAction, ValidationResult } from "../control/MappingValidator";
import type { Logger } from "../log/Logger";
import type { DevicePort } from "../wire/DevicePort";
import type { Atom } from "../wire/protocol";
// The patcher's message names, defined once for the generator and the bundle.
import { FROM_BUNDLE, TO_BUNDLE } from "../wire/DeviceMessages";
import { cellAtoms } from "../wire/GridCell";
import { GESTURE_NAMES, MENU_GESTURES } from "../actions/GestureNames";
import type { LiveCells } from "./DeviceGrid";
import { knobBindings, knobCell, shiftHelp } from "./KnobBindings";
import { addEncoder, isMenuGesture, isPosition, POSITIONS } from "./KnobEditing";
import { errorList, errorStatus, unknownStatus } from "./MappingReport";
import { bindingHelp, bindingTitle, menuAction } from "./BindingText";
import { ArgumentEditor } from "./ArgumentEditor";
import { readMappingFile, type TextFiles } from "./MappingFiles";

export type { TextFiles } from "./MappingFiles";
import { type Level, loadedStatus, type MappingFeedback, StatusLineWriter } from "./StatusLine";
import { clone, StoredMapping } from "./StoredMapping";
import { StoredMappingReads } from "./StoredMappingReads";
import { messageOf } from "../log/ErrorText";
import { joined } from "./DialogPaths";

export interface DeviceUiOptions {
  host: DevicePort;
  store: MappingStore;
  registry: ActionRegistry;
  files: TextFiles;
  log: Logger;
  /** The device's status line; a UI on its own (the layout's picture, the wiring test) writes its own. */
  status?: StatusLineWriter;
  /** Knobs whose cells show Live's state, not their actions (the Device knobs: DeviceGrid.ts). */
  cells?: LiveCells;
}

/** What the patcher shows for "nothing here". */
export const NONE = "-";

export class DeviceUi {
  private selected = 0;
  /** The knob (1-16) the editor shows. */
  private knob = 1;
  private readonly stored: StoredMapping;
  private readonly reads: StoredMappingReads;
  private readonly line: StatusLineWriter;
  private readonly args: ArgumentEditor;

  constructor(private readonly options: DeviceUiOptions) {
    this.line = options.status ?? new StatusLineWriter(options.host);
    const feedback: MappingFeedback = {
      status: (level, text, logAs) => this.status(level, text, logAs),
      refused: (prefix, doc, result) => this.refused(prefix, doc, result),
      arrived: (doc, unknown) => this.arrived(doc, unknown),
    };
    this.stored = new StoredMapping(options.store, feedback);
    this.reads = new StoredMappingReads(this.stored, () => this.send(FROM_BUNDLE.mappingRead), (text) => options.log.debug(text));
    this.args = new ArgumentEditor(options.registry, (selector, ...atoms) => this.send(selector, ...atoms), (change) => this.editKnob(this.knob, change));
    options.store.onChange(() => this.showMapping());
    options.cells?.onChange(() => this.showEncoders(true));
    // The musician's own actions were loaded again: the menus and the names in the grid change.
    options.registry.onChange(() => this.refresh());
  }

  /** Registers the patcher's messages and fills the UI with the active mapping. */
  start(): void {
    const { host } = this.options;
    host.on(TO_BUNDLE.ready, () => this.guard("ready", () => this.refresh()));
    host.on(TO_BUNDLE.uiGroup, (index) => this.guard("ui_group", () => this.selectGroup(index)));
    host.on(TO_BUNDLE.uiKnob, (position) => this.guard("ui_knob", () => this.selectKnob(position)));
    host.on(TO_BUNDLE.uiAction, (position, gesture, item) => this.guard("ui_action", () => this.editAction(position, gesture, item)));
    this.args.start(host, (what, body) => this.guard(what, body), (level, text) => this.status(level, text));
    host.on(TO_BUNDLE.mappingImport, (...path) => this.guard("mapping_import", () => this.importFile(joined(path))));
    host.on(TO_BUNDLE.mappingExport, (...path) => this.guard("mapping_export", () => this.exportFile(joined(path))));
    host.on(TO_BUNDLE.mappingStored, (...atoms) => this.guard("mapping_stored", () => this.reads.output(atoms)));
    this.refresh();
    const doc = this.document();
    if (doc !== undefined) this.status("info", loadedStatus("ready", doc), "debug");
  }

  /**
   * Asks the patcher for the stored copy (at each bundle start and each second [live.thisdevice] bang):
   * an undo in Live that did not make the stored parameter output is found here (src/sim/max/Rig.ts).
   */
  readStored(): void {
    this.reads.read();
  }

  /** The group whose knobs the grid shows (0-based). */
  get selectedGroup(): number {
    return this.selected;
  }

  /** The knob the editor shows (1-16). */
  get selectedKnob(): number {
    return this.knob;
  }

  private refresh(): void {
    for (const gesture of MENU_GESTURES) this.send(FROM_BUNDLE.uiActions, gesture, ...this.menuActions(gesture).map((action) => action.title));
    this.showMapping();
  }

  /** The actions of a gesture's menu, in the order of its `ui_actions` (item n + 1 of the menu). */
  private menuActions(gesture: Gesture): Readonly<ActionDefinition>[] {
    return this.options.registry.all().filter((action) => action.gestures.includes(gesture));
  }

  private selectGroup(index: Atom | undefined): void {
    const groups = this.document()?.groups ?? [];
    if (typeof index !== "number" || !Number.isInteger(index) || index < 0 || index >= groups.length) {
      return this.status("warn", `no group ${String(index)} (${groups.length} groups)`);
    }
    this.selected = index;
    this.showEncoders();
  }

  private selectKnob(position: Atom | undefined): void {
    if (!isPosition(position)) return this.status("warn", `no knob ${String(position)}`);
    this.knob = position;
    this.showKnob();
  }

  private editAction(position: Atom | undefined, gesture: Atom | undefined, item: Atom | undefined): void {
    if (!isMenuGesture(gesture)) return this.status("warn", `unknown gesture ${String(gesture)}: ${MENU_GESTURES.join(", ")}`);
    const actions = this.menuActions(gesture);
    if (typeof item !== "number" || !Number.isInteger(item) || item < 0 || item > actions.length) {
      return this.status("warn", `no menu item ${String(item)} (0-${actions.length})`);
    }
    const action = actions[item - 1];
    this.editKnob(position, (encoder) => {
      if (action === undefined) delete encoder[gesture];
      else encoder[gesture] = action.id;
      return `${GESTURE_NAMES[gesture]}: ${action?.title ?? "none"}`;
    });
  }

  /**
   * Changes a knob of the selected group in a copy of the active mapping (`change` says what it did),
   * validated and stored as an imported document is; a refused change leaves everything as it was.
   */
  private editKnob(position: Atom | undefined, change: (encoder: EncoderMapping) => string | undefined): void {
    const current = this.document();
    if (current === undefined) return this.status("error", "no active mapping to edit");
    // Storing the edit would replace the musician's own copy, refused but kept in the set.
    if (this.stored.keepsRefusedCopy) return this.status("warn", "the mapping stored with the set was not applied: import a mapping to replace it, then edit");
    if (!isPosition(position)) return this.status("warn", `no knob ${String(position)}`);
    const doc = clone(current);
    const group = doc.groups[this.selected];
    if (group === undefined) return this.status("warn", "no group selected");
    const encoder = group.encoders.find((e) => e.position === position) ?? addEncoder(group, position);
    if (encoder === undefined) {
      return this.status("warn", `knob ${position} of ${group.name} has no CC in the mapping: import a document that maps it`);
    }
    const said = change(encoder);
    if (said !== undefined && this.accept(doc) !== undefined) this.status("info", `${group.name} ${encoder.label} ${said}`);
  }

  private importFile(path: string): void {
    const parsed = readMappingFile(this.options.files, path);
    if (!parsed.ok) return this.status(parsed.level, parsed.message);
    const result = this.accept(parsed.document);
    if (result === undefined) return;
    this.stored.replaced();
    this.status("info", `imported ${path}: ${this.document()?.groups.length ?? 0} groups`);
    this.arrived(result.mapping, result.unknown);
  }

  private exportFile(path: string): void {
    const doc = this.document();
    if (doc === undefined) return this.status("error", "export: no active mapping");
    if (path === "") return this.status("warn", "export: no file chosen");
    try {
      this.options.files.write(path, `${JSON.stringify(doc, null, 2)}\n`);
    } catch (error) {
      return this.status("error", `export ${path}: ${messageOf(error)}`);
    }
    this.status("info", `exported to ${path}`);
  }

  /** Replaces the active mapping when the document is valid, and stores it with the set. */
  private accept(doc: unknown): Extract<ValidationResult, { ok: true }> | undefined {
    const result = this.options.store.load(doc);
    if (!result.ok) return this.refused("mapping unchanged", doc, result);
    this.reads.stored();
    this.send(FROM_BUNDLE.mappingStore, ...storedAtoms(JSON.stringify(result.mapping)));
    return result;
  }

  /** The first error on the status line, the first ten in the help area (until another knob is shown). */
  private refused(prefix: string, doc: unknown, result: Extract<ValidationResult, { ok: false }>): undefined {
    this.status("error", `${prefix}: ${errorStatus(doc, result.errors, result.total)}`);
    this.send(FROM_BUNDLE.uiHelp, errorList(doc, result.errors, result.total));
    return undefined;
  }

  /** A document that arrived (imported, restored) with unknown actions: told once, on the status line. */
  private arrived(doc: MappingDocument, unknown: readonly UnknownAction[]): void {
    if (unknown.length > 0) this.status("warn", unknownStatus(doc, unknown));
  }

  private showMapping(): void {
    const groups = this.document()?.groups ?? [];
    if (this.selected >= groups.length) this.selected = 0;
    this.send(FROM_BUNDLE.uiGroups, ...(groups.length > 0 ? groups.map((g) => g.name) : [NONE]));
    this.showEncoders();
  }

  /** The grid and the editor; `liveOnly`: only the cells showing Live's state, which changed. */
  private showEncoders(liveOnly = false): void {
    for (let position = 1; position <= POSITIONS; position++) {
      const encoder = this.encoderAt(position);
      const live = encoder && this.options.cells?.cell(encoder);
      const shown = live ?? knobCell(encoder, (binding) => bindingTitle(this.options.registry, binding));
      if (!liveOnly || live) this.send(FROM_BUNDLE.uiEncoder, position, encoder?.label ?? NONE, ...cellAtoms(shown));
    }
    if (!liveOnly) this.showKnob();
  }

  /** The editor: the selected knob's actions as menu indexes, and what they do. */
  private showKnob(): void {
    const encoder = this.encoderAt(this.knob);
    // An unknown id or a list shows as "-" in its menu: the menus list real actions only; the grid and help name them.
    const items = MENU_GESTURES.map((gesture) => this.menuActions(gesture).findIndex((action) => action.id === menuAction(encoder?.[gesture])) + 1);
    this.send(FROM_BUNDLE.uiKnob, this.knob, ...items);
    const group = this.document()?.groups[this.selected]?.name;
    const knob = [group, "knob", this.knob].filter((part) => part !== undefined).join(" ");
    this.send(FROM_BUNDLE.uiEditing, encoder === undefined ? knob : `${knob} · ${encoder.label}`);
    const described = [...new Set(knobBindings(encoder).map(({ binding }) => bindingHelp(this.options.registry, binding)))];
    const shift = shiftHelp(encoder, (binding) => bindingTitle(this.options.registry, binding));
    if (shift !== undefined) described.unshift(shift);
    this.send(FROM_BUNDLE.uiHelp, described.length > 0 ? described.join(" ") : "no action on this knob");
    this.args.show(encoder);
  }

  private encoderAt(position: number): EncoderMapping | undefined {
    return this.document()?.groups[this.selected]?.encoders.find((e) => e.position === position);
  }

  private document(): MappingDocument | undefined {
    return this.options.store.active;
  }

  /** `logAs` "debug": a start-up line, shown but kept off the Max console (only in the log file). */
  private status(level: Level, text: string, logAs?: "debug"): void {
    this.line.show(level, text);
    const { log } = this.options;
    if (logAs === "debug") log.debug(text);
    else if (level === "error") log.error(text);
    else if (level === "warn") log.warn(text);
    else log.info(text);
  }

  private send(selector: string, ...atoms: Atom[]): void {
    this.options.host.send(selector, ...atoms);
  }

  /** Max handlers never throw: an unexpected failure is reported on the status line. */
  private guard(what: string, body: () => void): void {
    try {
      body();
    } catch (error) {
      this.status("error", `${what} failed: ${messageOf(error)}`);
    }
  }
}
