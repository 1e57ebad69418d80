// The composition root: builds the script's services and wires them to the host's messages. When the set
// is read, and what waits meanwhile, is the lifecycle's (Lifecycle.ts).
import type { Host } from "./Host";
import { Logger } from "../log/Logger";
import { createSequenceContext, type SequenceContext } from "../sequence/SequenceContext";
import { SavedState } from "../actions/saved/SavedState";
import { LomClient } from "../lom/LomClient";
import { Mirror } from "../lom/Mirror";
import { MirrorSongClock } from "../lom/MirrorSongClock";
import { MirrorHealer } from "../lom/MirrorHealer";
import { MSG_EVENT, MSG_READY, MSG_REPLY } from "../wire/protocol";
import { LiveObjects } from "../model/LiveObjects";
import { TrackMapper } from "../model/TrackMapper";
import { SongFacade } from "../model/SongFacade";
import { Focus } from "../model/Focus";
import { createControlInput, type ControlInput } from "../control/ControlInput";
import { InputChannels } from "../control/InputChannels";
import { SongSelection } from "../actions/SongSelection";
import { MIDI_SELECTOR } from "../wire/ControllerMidi";
import { DeviceUi } from "../ui/DeviceUi";
import { DeviceGrid } from "../ui/DeviceGrid";
import { maxFiles, nativePath, writeSetFile } from "./MaxFiles";
import { preShowCheck } from "../control/preShow/PreShowCheck";
import { findingText, type Finding } from "../control/preShow/Finding";
import { ALL_CHANNELS_HINT, FROM_BUNDLE, TO_BUNDLE } from "../wire/DeviceMessages";
import { createLogFile, logDirectory } from "../log/LogFile";
import { LiveUndoSteps } from "../model/LiveUndoSteps";
import { ParameterTurns } from "../model/ParameterTurns";
import { msToTicks } from "../time/TickScheduler";
import { TURN_END_MS } from "../actions/TurnEnd";
import { PlatformProbe } from "./PlatformProbe";
import { HeldMidi } from "../control/HeldMidi";
import { loadedStatus, StatusLineWriter } from "../ui/StatusLine";
import { Lifecycle } from "./Lifecycle";
import { SetReading } from "./SetReading";
import { StateDict } from "./StateDict";
import { StoredSet } from "./StoredSet";
import { defaultActionsFolder, UserActions } from "../actions/user/UserActions";
import { ActionsFolderUi } from "../ui/ActionsFolderUi";

export class Protocol0 {
  readonly log = new Logger();
  /** Where the log file and the exported set go, as the bundle started. */
  private readonly logDir = logDirectory();
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
  /** MIDI in → encoders → gestures → actions, and the active mapping. */
  readonly control: ControlInput;
  /** What each input device reports of its track's channel, checked against the mapping. */
  private readonly inputChannels: InputChannels;
  /** The status line at the bottom of the device: its one writer. */
  readonly status: StatusLineWriter;
  /** What is under way, kept in the device's [dict] across a Node restart. */
  readonly saved: SavedState;
  private readonly stateDict: StateDict;
  /** What the musician made that Live saves with the set (the snapshot slots), in the device's [pattr p0_set]. */
  private readonly storedSet: StoredSet;
  /** The device's mapping UI: group selector, encoder grid, action editing, import/export/restore. */
  readonly ui: DeviceUi;
  /** Live's version, its undo steps, atom lengths and LiveAPI times, probed once after the first sync. */
  readonly platform: PlatformProbe;
  /** What gestures do to Live's undo history: a turn's parameters through live.remote~, undo steps where Live has them. */
  readonly undoSteps: LiveUndoSteps;
  /** Loading, syncing, ready, resyncing, waiting for Live, restarting, failed. */
  readonly lifecycle: Lifecycle;
  /** Controller messages, held while the set is read. */
  private readonly midi: HeldMidi;
  /** The musician's own actions, loaded from their folder and again when a file changes. */
  readonly userActions: UserActions;
  private readonly actionsFolder: ActionsFolderUi;

  constructor(private readonly host: Host) {
    // Debug lines go to the log file only: nothing reaches the Max console on a normal load (Ableton
    // m4l-production-guidelines: "There are no prints in the Max Console on load").
    this.log.addSink(({ level, message }) => level !== "debug" && host.post(level, message));
    const onFailure = (reason: string) => host.post("warn", `log file disabled: ${reason}`);
    this.log.addSink(createLogFile({ dir: this.logDir, onFailure }).sink);
    this.status = new StatusLineWriter(host);
    this.client = new LomClient((selector, ...atoms) => host.send(selector, ...atoms), this.log);
    // A failure of the model's own writes (no action took its answer) is told on the status line.
    this.mirror = new Mirror(this.client, this.log, this.status);
    this.seq = createSequenceContext(new MirrorSongClock(this.mirror), this.log);
    const turns = new ParameterTurns(this.mirror, this.seq.ticks, msToTicks(TURN_END_MS));
    this.undoSteps = new LiveUndoSteps((fn) => this.client.call(this.mirror.songId, fn), this.log, turns);
    this.objects = new LiveObjects(this.mirror, turns);
    this.mapper = new TrackMapper(this.mirror, this.objects, this.seq.bus, this.log);
    this.song = new SongFacade(this.mirror, this.mapper, this.objects);
    this.focus = new Focus(this.mirror, this.song);
    this.focus.start();
    // Idle means no sequence running and no batch awaiting its reply, besides a settled mirror.
    // Busy while batches are on their way, not while sequences wait (a scene can loop for an hour):
    // a re-read never touches a pending write, so healing beside an action is safe.
    this.healer = new MirrorHealer(this.mirror, () => this.client.batchesInFlight > 0, this.log);
    this.healer.start();
    this.platform = new PlatformProbe({
      client: this.client,
      songId: () => this.mirror.songId,
      log: this.log,
      undoSteps: (available) => this.undoSteps.steps.found(available),
    });
    this.stateDict = new StateDict(host, this.log);
    this.saved = new SavedState((state) => this.stateDict.write(state), this.log);
    this.control = createControlInput({
      sequences: this.seq,
      saved: this.saved,
      logger: this.log,
      clock: this.seq.ticks,
      undo: this.undoSteps,
      status: this.status,
      selection: new SongSelection(this.song),
    });
    const { store, registry } = this.control;
    this.inputChannels = new InputChannels(
      store,
      this.control.warnings,
      (id) => this.song.track(id)?.name,
      (id, hint) => host.send(FROM_BUNDLE.inputWarning, id, ...(hint ? [ALL_CHANNELS_HINT] : [])),
    );
    this.storedSet = new StoredSet(host, this.log);
    registry.install({
      song: this.song,
      log: this.log,
      status: this.status,
      runtime: {
        sequences: this.seq,
        saved: this.saved,
        withSet: this.storedSet.state,
        reinitialise: () => this.reinitialise(),
        clearLogs: () => this.clearLogs(),
        platformLine: () => this.platform.line(),
        skipScenePrefix: () => store.active?.skipScenePrefix,
        preShowCheck: () => this.preShowCheck().map(findingText),
        inputChannel: (id) => this.inputChannels.channelOf(id),
        writeSetFile: (text) => writeSetFile(this.logDir, text),
      },
    });
    const cells = new DeviceGrid(this.song.deviceBanks, this.seq.ticks);
    this.ui = new DeviceUi({ host, store, registry, files: maxFiles, log: this.log, status: this.status, cells });
    this.userActions = new UserActions({ registry, ticks: this.seq.ticks, log: this.log, status: this.status, defaultFolder: defaultActionsFolder() });
    this.actionsFolder = new ActionsFolderUi({ host, actions: this.userActions, registry, store, status: this.status, log: this.log, nativePath });
    const { router } = this.control;
    this.midi = new HeldMidi((atoms) => router.receive(atoms), this.log, () => router.forgetHeld());
    const { mirror, song, log, platform, inputChannels } = this;
    this.lifecycle = new Lifecycle({
      reading: new SetReading({ mirror, song, beats: this.seq.beats, inputChannels, platform, log }),
      pickUp: () => this.stateDict.pickUp(this.saved),
      presetLoaded: () => {
        this.ui.readStored();
        this.storedSet.read();
      },
      midi: this.midi,
      ticks: this.seq.ticks,
      log,
      status: this.status,
      readyText: () => (store.active ? loadedStatus("ready", store.active) : "ready"),
    });
  }

  /** Cancels every running sequence and reads the whole set again (the re-initialise action). */
  async reinitialise(): Promise<void> {
    this.seq.registry.cancelAll();
    await this.lifecycle.sync();
  }

  /** What would go wrong at the gig with this set and the active mapping (none without a mapping). */
  preShowCheck(): Finding[] {
    const mapping = this.control.store.active;
    if (mapping === undefined) return [];
    return preShowCheck({ mapping, song: this.song, registry: this.control.registry, inputs: this.inputChannels.reports() });
  }

  /** Reads the whole set again. */
  sync(): Promise<void> {
    return this.lifecycle.sync();
  }

  /** Clears the Max console (the clear-logs action); the patcher routes the message to Max. */
  clearLogs(): void {
    this.host.send(FROM_BUNDLE.clearConsole);
  }

  get syncCount(): number {
    return this.lifecycle.syncs;
  }

  start(): void {
    this.host.on(MSG_REPLY, (...atoms) => this.client.onReply(atoms));
    this.host.on(MSG_EVENT, (...atoms) => this.client.onEvent(atoms));
    this.host.on(MSG_READY, (fresh) => {
      if (fresh === 1) this.client.shimReady();
      this.lifecycle.liveReady(fresh === 1);
    });
    this.client.onLostReply = () => this.lifecycle.lostReply();
    this.host.on("bang", () => {
      this.seq.ticks.tick();
      this.client.tick(this.seq.ticks.currentTick);
      this.healer.tick();
    });
    this.host.on(MIDI_SELECTOR, (...atoms) => this.midi.receive(atoms));
    // Each input device names its track at its ready and before each message it forwards, so a
    // restarted bundle learns them again before it acts on the controller.
    this.host.on(TO_BUNDLE.inputTrack, (id) => {
      if (typeof id === "number" && id > 0) this.objects.inputTracks.add(id);
    });
    this.host.on(TO_BUNDLE.inputChannel, (id, channel) => this.inputChannels.report(id, channel));
    this.host.on(TO_BUNDLE.stateDict, (name) => this.stateDict.named(name));
    this.host.on(TO_BUNDLE.midiDropped, (count) => this.log.debug(`${String(count)} controller messages dropped before the script was ready`));
    this.ui.start();
    this.actionsFolder.start();
    this.userActions.start();
    // Every handler is registered: the patcher may now let messages in; then the stored actions folder
    // and mapping, which Live may have changed while no script ran, are read (the folder first, so the
    // mapping finds its user actions).
    this.host.send(FROM_BUNDLE.scriptReady);
    this.actionsFolder.readStored();
    this.ui.readStored();
    this.storedSet.start();
    this.client.hello();
  }
}
