// The composition root: composes the script's services in steps (src/host/compose), each taking what the
// earlier ones returned, and registers the host's messages at start. When the set is read, and what waits
// meanwhile, is the lifecycle's (Lifecycle.ts).
import type { Host } from "./Host";
import type { Logger } from "../log/Logger";
import type { SequenceContext } from "../sequence/SequenceContext";
import type { SavedState } from "../actions/saved/SavedState";
import type { LomClient } from "../lom/LomClient";
import type { Mirror } from "../lom/Mirror";
import type { MirrorHealer } from "../lom/MirrorHealer";
import type { LiveObjects } from "../model/LiveObjects";
import type { TrackMapper } from "../model/TrackMapper";
import type { SongFacade } from "../model/SongFacade";
import type { Focus } from "../model/Focus";
import type { LiveUndoSteps } from "../model/LiveUndoSteps";
import type { ControlInput } from "../control/ControlInput";
import type { Finding } from "../control/preShow/Finding";
import type { StatusLineWriter } from "../ui/StatusLine";
import type { DeviceUi } from "../ui/DeviceUi";
import type { UserActions } from "../actions/user/UserActions";
import { FROM_BUNDLE } from "../wire/DeviceMessages";
import type { Lifecycle } from "./Lifecycle";
import type { PlatformProbe } from "./PlatformProbe";
import { composeReports } from "./compose/composeReports";
import { composeModel } from "./compose/composeModel";
import { composeControl, type Control } from "./compose/composeControl";
import { composeUi, type Ui } from "./compose/composeUi";
import { composeLifecycle } from "./compose/composeLifecycle";
import { hostMessages, type HostMessage } from "./compose/hostMessages";

export class Protocol0 {
  readonly log: Logger;
  /** The status line at the bottom of the device: its one writer. */
  readonly status: StatusLineWriter;
  readonly client: LomClient;
  readonly mirror: Mirror;
  /** Re-reads the mirror a slice a second while idle and repairs what differs from Live. */
  readonly healer: MirrorHealer;
  readonly objects: LiveObjects;
  readonly mapper: TrackMapper;
  readonly song: SongFacade;
  /** What the selection shows, kept loaded and observed. */
  readonly focus: Focus;
  /** Tick and beat schedulers, the event bus and the running sequences. */
  readonly seq: SequenceContext;
  /** What gestures do to Live's undo history. */
  readonly undoSteps: LiveUndoSteps;
  /** Live's version, its undo steps, atom lengths and LiveAPI times, probed once after the first sync. */
  readonly platform: PlatformProbe;
  /** MIDI in → encoders → gestures → actions, and the active mapping. */
  readonly control: ControlInput;
  /** What is under way, kept in the device's [dict] across a Node restart. */
  readonly saved: SavedState;
  /** The device's mapping UI: group selector, encoder grid, action editing, import/export/restore. */
  readonly ui: DeviceUi;
  /** The musician's own actions, loaded from their folder and again when a file changes. */
  readonly userActions: UserActions;
  /** Loading, syncing, ready, resyncing, waiting for Live, restarting, failed. */
  readonly lifecycle: Lifecycle;
  private readonly controlParts: Control;
  private readonly uiParts: Ui;
  /** The host's messages, registered at start. */
  private readonly messages: HostMessage[];

  constructor(private readonly host: Host) {
    const reports = composeReports(host);
    const model = composeModel(host, reports);
    const control = composeControl(host, reports, model, () => this.reinitialise());
    const ui = composeUi(host, reports, model, control);
    const life = composeLifecycle(reports, model, control, ui);
    this.messages = hostMessages(reports, model, control, life);
    this.log = reports.log;
    this.status = reports.status;
    this.client = model.client;
    this.mirror = model.mirror;
    this.healer = model.healer;
    this.objects = model.objects;
    this.mapper = model.mapper;
    this.song = model.song;
    this.focus = model.focus;
    this.seq = model.seq;
    this.undoSteps = model.undoSteps;
    this.platform = model.platform;
    this.control = control.input;
    this.saved = control.saved;
    this.ui = ui.deviceUi;
    this.userActions = ui.userActions;
    this.lifecycle = life.lifecycle;
    this.controlParts = control;
    this.uiParts = ui;
  }

  /** Cancels every running sequence and reads the whole set again (the re-initialise action). */
  async reinitialise(): Promise<void> {
    this.seq.registry.cancelAll();
    await this.lifecycle.sync();
  }

  /** What would go wrong at the gig with this set and the active mapping (none without a mapping). */
  preShowCheck(): Finding[] {
    return this.controlParts.preShowCheck();
  }

  /** Reads the whole set again. */
  sync(): Promise<void> {
    return this.lifecycle.sync();
  }

  get syncCount(): number {
    return this.lifecycle.syncs;
  }

  start(): void {
    for (const [selector, handler] of this.messages) this.host.on(selector, handler);
    const { deviceUi, actionsFolder, userActions } = this.uiParts;
    deviceUi.start();
    actionsFolder.start();
    userActions.start();
    // Every handler is registered: the patcher may now let messages in; then the stored actions folder
    // and mapping, which Live may have changed while no script ran, are read (the folder first, so the
    // mapping finds its user actions).
    this.host.send(FROM_BUNDLE.scriptReady);
    actionsFolder.readStored();
    deviceUi.readStored();
    this.controlParts.storedSet.start();
    this.client.hello();
  }
}
