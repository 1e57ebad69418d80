// The whole simulated device: the real shim file and the real bundle file, joined by the fake Max wire,
// driven by the virtual clock, over a simulated Live set. Used by tests, benchmarks and `npm start`.
// The parts are files of their own: the fake Max it runs in, with moving time and settling
// (MaxRuntime.ts), and node.script with the patcher around it (NodeScriptHost.ts). This file joins them
// to the shim, the stored mapping, the input devices and the Live set.
import { resolve } from "node:path";
import type { Atom } from "../../wire/protocol";
import { MSG_HELLO, REMOTE_OUTLET, REMOTE_SLOTS } from "../../wire/protocol";
import { FROM_BUNDLE, TO_BUNDLE } from "../../wire/DeviceMessages";
import type { LiveSet } from "../live/LiveSet";
import { InputDevice } from "./InputDevice";
import { LiveApiLedger, liveApiTotals } from "./LiveApiLedger";
import { LiveRemotes } from "./LiveRemote";
import type { ConsoleLine } from "./MaxRuntime";
import { NodeScriptHost } from "./NodeScriptHost";
import { ShimHost } from "./ShimHost";
import { type EmptyBang, StoredParameter, type UndoNotice } from "./StoredParameter";

export type { ConsoleLine } from "./MaxRuntime";
export { METRO_MS } from "./NodeScriptHost";

export interface RigOptions {
  set: LiveSet;
  bundlePath?: string;
  shimPath?: string;
  /** Sees each console line as it is posted (e.g. `npm start` printing as it goes). */
  onConsole?: (line: ConsoleLine) => void;
  /** Where the bundle writes its log file; a fresh temporary folder by default. */
  logDir?: string;
  /** The mapping Live saved with the set (the device's [pattr p0_mapping]: a text or its atoms); none by default. */
  storedMapping?: string | readonly Atom[];
  /**
   * Whether Live's undo of a mapping edit makes [pattr p0_mapping] output the restored value
   * ("outputs", the default) or restores it silently: Live's documentation does not say
   * (src/sim/max/StoredParameter.ts).
   */
  undo?: UndoNotice;
  /** Whether a bang of a [pattr] holding nothing outputs an empty message ("outputs", the default) or nothing: not documented (StoredParameter.ts). */
  emptyBang?: EmptyBang;
  /** What Live saved with the set in [pattr p0_set] (the snapshot slots); none by default. */
  storedSet?: readonly Atom[];
  /** The actions folder Live saved with the set (the device's [pattr p0_actions]); none (the default folder) by default. */
  storedActionsFolder?: string;
  /** The script's default actions folder; one that does not exist by default. */
  actionsDir?: string;
}

export class Rig extends NodeScriptHost {
  readonly set: LiveSet;
  /** What each [js] block (a message handled, a Task callback) made LiveAPI do, and its modelled time. */
  readonly ledger: LiveApiLedger;
  /** Every message node.script sent that is not for the shim (status lines and the like). */
  readonly fromNode: Atom[][] = [];
  /** The input devices added, which [send p0_input] reaches. */
  private readonly inputs: InputDevice[] = [];
  /** Messages the shim sent with `messnamed`. */
  readonly named: { name: string; atoms: Atom[] }[] = [];
  private readonly shimPath: string;
  private shimHost: ShimHost | null = null;
  /** [pattr p0_mapping]: Live's stored copy of the mapping. */
  readonly mapping: StoredParameter;
  /** [pattr p0_set]: what Live saves with the set for the script (the snapshot slots). Every output reaches node.script. */
  readonly setStorage: StoredParameter;
  /** [pattr p0_actions]: the folder of the musician's own actions, saved with the set; every output goes to node.script. */
  readonly actionsFolder: StoredParameter;
  /** The device's [live.remote~] pool, which the shim's REMOTE_OUTLET reaches. */
  readonly remotes: LiveRemotes;

  constructor(options: RigOptions) {
    super(options);
    this.set = options.set;
    this.shimPath = resolve(options.shimPath ?? "device/lom-shim.js");
    this.remotes = new LiveRemotes(this.set, REMOTE_SLOTS);
    // Each [pattr] → [prepend <selector>] → node.script: every output, whatever made it (scripts/patchers/storedValue.ts).
    const unknowns = { undo: options.undo, emptyBang: options.emptyBang };
    const parameter = (initial: string | readonly Atom[] | undefined, selector: string) =>
      new StoredParameter(initial, (value) => this.toNode([selector, ...(value ?? [])]), unknowns);
    this.mapping = parameter(options.storedMapping, TO_BUNDLE.mappingStored);
    this.setStorage = parameter(options.storedSet, TO_BUNDLE.setRestore);
    this.actionsFolder = parameter(options.storedActionsFolder, TO_BUNDLE.actionsFolderStored);
    this.ledger = new LiveApiLedger(() => liveApiTotals(this.set), () => this.clock.now);
    this.set.symbolSink = {
      pathString: (path) => void this.symbols.intern(path),
      observerTornDown: () => this.symbols.observerTornDown(),
    };
    this.clock.onAdvance((ms) => this.set.advance(ms));
    this.set.onError = (text) => this.log({ source: "live", level: "error", text });
    this.wire.connect("shim", (atoms) => {
      // The router hands lom_hello to [t b b]: metro on, then the shim.
      if (atoms[0] === MSG_HELLO) this.startMetro();
      this.shim.deliver(atoms);
    });
    this.wire.connect("patcher", (atoms) => {
      // [prepend set] → [pattr p0_mapping] stores what reaches it, after the cord's rules.
      if (atoms[0] === FROM_BUNDLE.mappingStore) this.mapping.set(atoms.slice(1));
      if (atoms[0] === FROM_BUNDLE.mappingRead) this.mapping.bang();
      if (atoms[0] === FROM_BUNDLE.setStore) this.setStorage.set(atoms.slice(1));
      if (atoms[0] === FROM_BUNDLE.setRead) this.setStorage.bang();
      // [prepend set] → [pattr p0_actions]; a read bangs it (scripts/patchers/actionsFolder.ts).
      if (atoms[0] === FROM_BUNDLE.actionsFolderStore) this.actionsFolder.set(atoms.slice(1));
      if (atoms[0] === FROM_BUNDLE.actionsFolderRead) this.actionsFolder.bang();
      if (atoms[0] === FROM_BUNDLE.scriptReady) this.scriptReady();
      // [prepend input_warning] → [send p0_input] → every input device's [receive p0_input].
      if (atoms[0] === FROM_BUNDLE.inputWarning) for (const input of this.inputs) input.receive(atoms);
      this.fromNode.push(atoms);
    });
  }

  /** What the device's [pattr p0_mapping] holds, its atoms as Max prints them (one atom: the mapping's JSON). */
  get storedMapping(): string | undefined {
    return this.mapping.current?.map(String).join(" ");
  }

  /** What the device's [pattr p0_mapping] holds: the list of atoms Live saves with the set. */
  get storedAtoms(): readonly Atom[] | undefined {
    return this.mapping.current;
  }

  /**
   * Live loads a device preset into the running device: the stored mapping takes the preset's copy and
   * the [pattr] outputs it, then [live.thisdevice] bangs again (src/sim/max/StoredParameter.ts).
   */
  loadPreset(storedMapping: string | readonly Atom[] | undefined): void {
    this.mapping.recall(storedMapping);
    this.thisDeviceBangs();
  }

  /** Live's undo of the last mapping edit; whether the [pattr] outputs is the rig's `undo` option. */
  undoMappingEdit(): void {
    if (!this.mapping.undo()) throw new Error("Rig: no mapping edit to undo");
  }

  /** Live's redo of the last undone mapping edit. */
  redoMappingEdit(): void {
    if (!this.mapping.redo()) throw new Error("Rig: no mapping edit to redo");
  }

  /**
   * A cord from the patcher into the shim's inlet, run at once: its selectors are the patcher's own box
   * texts, symbols since the device loaded, and the rest are atoms already on their way.
   */
  protected toShim(atoms: Atom[]): void {
    this.shim.deliver(atoms);
  }

  /** The loaded [js] shim. */
  get shim(): ShimHost {
    if (!this.shimHost) throw new Error("Rig: start() first");
    return this.shimHost;
  }

  /**
   * Loads the shim and starts node.script, then does what the device does once loaded:
   * [live.thisdevice] sends `ready` to the shim and towards node.script, whose gate drops it until the
   * script's p0_ready; the metro starts with the script's lom_hello.
   */
  async start(): Promise<void> {
    this.launch();
    await this.settle();
  }

  /**
   * What `start` does before settling: the messages are queued, nothing is delivered yet and the script
   * has not run (`onScriptReady` sees the moment it lets messages in).
   */
  launch(): void {
    if (this.shimHost) throw new Error("Rig: already started");
    this.shimHost = new ShimHost({
      path: this.shimPath,
      liveApi: this.set.liveApiClass(),
      clock: this.clock,
      dicts: this.dicts,
      ledger: this.ledger,
      label: "lom-shim.js",
      sinks: {
        outlet: (index, atoms) => {
          // A [js] outlet into [live.remote~] is a synchronous message, not node.script's queue.
          if (index === 0) return this.toNode(atoms);
          const refused = index === REMOTE_OUTLET ? this.remotes.receive(atoms) : `outlet ${index} does not exist`;
          if (refused) this.log({ source: "shim", level: "error", text: refused });
        },
        post: (level, text) => this.log({ source: "shim", level, text }),
        named: (name, atoms) => {
          const [delivered, ...rest] = this.wire.cross("named", [name, ...atoms]);
          this.named.push({ name: String(delivered), atoms: rest });
        },
      },
    });
    this.startNode();
    // The patcher loads: [pattr p0_mapping] and [pattr p0_set] output the values saved with the set, which
    // the shut inbox drops (the bundle reads them once its script runs); then [live.thisdevice] bangs.
    this.mapping.load();
    this.setStorage.load();
    this.actionsFolder.load();
    this.thisDeviceBangs();
  }

  /** The musician clicks Actions and chooses `path` in the folder dialog ([opendialog fold] → [prepend actions_folder]). */
  chooseActionsFolder(path: string): void {
    this.toNode([TO_BUNDLE.actionsFolder, path]);
  }

  /**
   * [live.thisdevice] bangs: once the device is loaded, and again in a running device when a preset
   * loads (Cycling '74 live.thisdevice reference); its bang reaches the shim and node.script as `ready`.
   */
  thisDeviceBangs(): void {
    this.wire.send("shim", ["ready"]);
    this.toNode(["ready"]);
  }

  /**
   * Loads a Protocol0 Input device's script into the Live device `device` (id or path) and readies it.
   * Its outlet 0 reaches node.script as [send p0_midi] → [receive p0_midi] does: queued, like any message
   * into node.script.
   */
  addInputDevice(device: number | string): InputDevice {
    const input = new InputDevice({
      set: this.set,
      device,
      clock: this.clock,
      dicts: this.dicts,
      send: (atoms) => this.wire.send("node", atoms),
      post: (level, text) => this.log({ source: "input", level, text }),
      cross: (to, atoms) => this.wire.cross(to, atoms),
      ledger: this.ledger,
    });
    this.inputs.push(input);
    input.ready();
    return input;
  }
}
