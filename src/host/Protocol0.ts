// The composition root: builds the script's services and wires them to the host's messages.
import type { Host } from "./Host";
import { SavedState, type SavedJson } from "../actions/saved/SavedState";
import type { Atom } from "../wire/protocol";
import { Logger } from "../log/Logger";
import { createSequenceContext, type SequenceContext } from "../sequence/SequenceContext";
import { Subscriptions } from "../events/Subscriptions";
import { LomClient } from "../lom/LomClient";
import { Mirror } from "../lom/Mirror";
import { MirrorSongClock } from "../lom/MirrorSongClock";
import { MirrorHealer } from "../lom/MirrorHealer";
import { MSG_EVENT, MSG_READY, MSG_REPLY } from "../wire/protocol";
import { LiveObjects } from "../model/LiveObjects";
import { TrackMapper } from "../model/TrackMapper";
import { SongFacade } from "../model/SongFacade";
import { Focus } from "../model/Focus";
import { ExternalSynthTrack } from "../model/ExternalSynthTrack";
import { SimpleGroupTrack } from "../model/SimpleGroupTrack";
import { createControlInput, type ControlInput } from "../control/ControlInput";
import { InputChannels } from "../control/InputChannels";
import type { ShownStatusLine } from "../actions/ActionServices";
import { SongSelection } from "../actions/SongSelection";
import { MIDI_SELECTOR } from "../wire/ControllerMidi";
import { fitAtom } from "../wire/liveApiCosts";
import { DeviceUi } from "../ui/DeviceUi";
import { maxFiles } from "./MaxFiles";
import { ALL_CHANNELS_HINT, FROM_BUNDLE, TO_BUNDLE } from "../wire/DeviceMessages";
import { createLogFile, logDirectory } from "../log/LogFile";
import { LiveUndoSteps } from "../model/LiveUndoSteps";
import { ParameterTurns } from "../model/ParameterTurns";
import { msToTicks } from "../time/TickScheduler";
import { TURN_END_MS } from "../actions/TurnEnd";
import { PlatformProbe } from "./PlatformProbe";
import { FirstSync } from "./FirstSync";
import { loadedStatus } from "../ui/StatusLine";

/** Controller messages kept while the set is read: a burst of turns, not a stream to replay. */
const WAITING_MIDI_LIMIT = 64;

export class Protocol0 {
  readonly log = new Logger();
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
  /** The status line at the bottom of the device. */
  readonly status: ShownStatusLine;
  /** What is under way, kept in the device's [dict] across a Node restart. */
  readonly saved: SavedState;
  /** That [dict]'s name, from the patcher; null until it says. */
  private stateDict: string | null = null;
  /** The device's mapping UI: group selector, encoder grid, action editing, import/export/restore. */
  readonly ui: DeviceUi;
  /** Live's version, its undo steps, atom lengths and LiveAPI times, probed once after the first sync. */
  readonly platform: PlatformProbe;
  /** What gestures do to Live's undo history: a turn's parameters through live.remote~, undo steps where Live has them. */
  readonly undoSteps: LiveUndoSteps;
  /** Controller messages that arrived while the structure was being read; null when it is there. */
  private waiting: Atom[][] | null = [];
  private syncsRunning = 0;
  /** How many full syncs have landed (a restarted bundle starts again at 0). */
  private syncs = 0;
  private readonly transport = new Subscriptions();
  private readonly firstSync: FirstSync;

  constructor(private readonly host: Host) {
    // Debug lines go to the log file only: nothing reaches the Max console on a normal load (Ableton
    // m4l-production-guidelines: "There are no prints in the Max Console on load").
    this.log.addSink(({ level, message }) => level !== "debug" && host.post(level, message));
    const onFailure = (reason: string) => host.post("warn", `log file disabled: ${reason}`);
    this.log.addSink(createLogFile({ dir: logDirectory(), onFailure }).sink);
    let shown: string | undefined;
    this.status = {
      show: (level, text) => {
        // A track's name may be as long as an atom: the status line shows it cut, with its mark.
        shown = fitAtom(text);
        host.send(FROM_BUNDLE.status, level, shown);
      },
      shown: () => shown,
    };
    this.client = new LomClient((selector, ...atoms) => host.send(selector, ...atoms), this.log);
    this.mirror = new Mirror(this.client, this.log);
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
    this.control = createControlInput({
      logger: this.log,
      clock: this.seq.ticks,
      undo: this.undoSteps,
      status: this.status,
      selection: new SongSelection(this.song),
      outcome: (run) => this.mirror.collecting(run),
    });
    const { store, registry, runner } = this.control;
    this.inputChannels = new InputChannels(
      store,
      this.control.warnings,
      (id) => this.song.track(id)?.name,
      (id, hint) => host.send(FROM_BUNDLE.inputWarning, id, ...(hint ? [ALL_CHANNELS_HINT] : [])),
    );
    this.mirror.onRefused(({ id, what, reason }) => {
      const name = this.mirror.node(id)?.props["name"];
      runner.refused(`Live refused ${what.replace(/_/g, " ")}${typeof name === "string" ? ` of "${name}"` : ""} (${reason})`);
    });
    let written = "";
    this.saved = new SavedState((state) => {
      // Detents (the parameter cursor, the recording length) change it often: only a change is written.
      const json = JSON.stringify(state);
      if (this.stateDict === null || json === written) return;
      written = json;
      host.writeDict(this.stateDict, state);
    }, this.log);
    registry.install({
      song: this.song,
      log: this.log,
      status: this.status,
      runtime: {
        sequences: this.seq,
        saved: this.saved,
        reinitialise: () => this.reinitialise(),
        clearLogs: () => this.clearLogs(),
        platformLine: () => this.platform.line(),
      },
    });
    this.ui = new DeviceUi({ host, store, registry, files: maxFiles, log: this.log });
    const retry = () => void (this.syncs === 0 && this.syncsRunning === 0 && this.sync());
    this.firstSync = new FirstSync(this.seq.ticks, this.log, this.status, retry, () => (store.active ? loadedStatus("ready", store.active) : "ready"));
  }

  /** Cancels every running sequence and reads the whole set again (the re-initialise action). */
  async reinitialise(): Promise<void> {
    this.seq.registry.cancelAll();
    await this.sync();
  }

  /** Clears the Max console (the clear-logs action); the patcher routes the message to Max. */
  clearLogs(): void {
    this.host.send(FROM_BUNDLE.clearConsole);
  }

  get syncCount(): number {
    return this.syncs;
  }

  start(): void {
    this.host.on(MSG_REPLY, (...atoms) => this.client.onReply(atoms));
    this.host.on(MSG_EVENT, (...atoms) => this.client.onEvent(atoms));
    this.host.on(MSG_READY, (fresh) => {
      if (fresh === 1) this.client.shimReady();
      // A second ready in a running device (a preset load) finds the set as it was: a structure check
      // repairs what differs, where a full resync would read it all again. The preset may have changed
      // the stored mapping without its parameter telling the bundle: it is read again.
      if (fresh !== 1 && this.syncs > 0) {
        void this.checkStructure();
        this.ui.readStored();
      } else void this.sync();
    });
    this.client.onLostReply = () => void this.sync();
    this.host.on("bang", () => {
      this.seq.ticks.tick();
      this.client.tick(this.seq.ticks.currentTick);
      this.healer.tick();
    });
    this.host.on(MIDI_SELECTOR, (...atoms) => this.receiveMidi(atoms));
    // Each input device names its track at its ready and before each message it forwards, so a
    // restarted bundle learns them again before it acts on the controller.
    this.host.on(TO_BUNDLE.inputTrack, (id) => {
      if (typeof id === "number" && id > 0) this.objects.inputTracks.add(id);
    });
    this.host.on(TO_BUNDLE.inputChannel, (id, channel) => this.inputChannels.report(id, channel));
    this.host.on(TO_BUNDLE.stateDict, (name) => {
      if (typeof name === "string" && name !== "") this.stateDict = name;
    });
    this.host.on(TO_BUNDLE.midiDropped, (count) => this.log.debug(`${String(count)} controller messages dropped before the script was ready`));
    this.ui.start();
    // Every handler is registered: the patcher may now let messages in; then the stored mapping, which
    // Live may have changed while no script ran, is read.
    this.host.send(FROM_BUNDLE.scriptReady);
    this.ui.readStored();
    this.client.hello();
  }

  /**
   * Reads the set's structure again (what the focus holds follows); the shim first drops the
   * observers and queued work of any earlier bundle or sync.
   */
  async sync(): Promise<void> {
    this.waiting ??= [];
    this.syncsRunning++;
    try {
      await this.mirror.sync((read, total) => {
        if (read > 0 && read < total) this.status.show("info", `Reading the set: ${read} / ${total} tracks`);
      });
      this.followTransport();
      this.syncs++;
      this.firstSync.landed();
      // The input tracks' names are known now.
      this.inputChannels.afterSync();
      this.log.debug(this.summary());
      // In the background, once per bundle start: a knob's batch is served before any of the probe's.
      if (this.syncs === 1) {
        void this.platform.start();
        // Before the controller messages that waited: a cancel pressed meanwhile finds the recording.
        await this.restoreSaved();
      }
    } catch (error) {
      if (this.syncs === 0) this.firstSync.failed(error);
      else this.log.error("sync failed", error);
    } finally {
      // A reinitialise may start a sync while one runs: messages wait for the last.
      if (--this.syncsRunning === 0) {
        const waiting = this.waiting ?? [];
        this.waiting = null;
        for (const atoms of waiting) this.receiveMidi(atoms);
      }
    }
  }

  /**
   * While the set's structure is being read the mirror is empty: controller messages wait for it (a
   * few, in order) instead of acting on nothing; the musician's first turn acts as soon as it can.
   */
  private receiveMidi(atoms: Atom[]): void {
    if (this.waiting === null) return this.control.router.receive(atoms);
    if (this.waiting.length < WAITING_MIDI_LIMIT) this.waiting.push(atoms);
    else this.log.debug("controller message dropped: the set is still being read");
  }

  /** Once per bundle start, after its first sync: what an earlier bundle had under way. */
  private async restoreSaved(): Promise<void> {
    if (this.stateDict === null) return;
    try {
      const kept = await this.host.readDict(this.stateDict);
      if (Object.keys(kept).length > 0) this.log.info("Picking up what was under way before the restart");
      this.saved.restore(kept as SavedJson);
    } catch (error) {
      this.log.error("what was under way could not be read", error);
    }
  }

  /** Re-reads the song and its view (their lists included) and repairs what changed: the cheap resync. */
  private async checkStructure(): Promise<void> {
    const view = this.song.view.id;
    const repaired = (await this.mirror.refresh(this.mirror.songId)) + (view === null ? 0 : await this.mirror.refresh(view));
    this.log.debug(`ready again: the structure checked, ${repaired} values repaired`);
  }

  /** Song time and transport drive the beat scheduler. */
  private followTransport(): void {
    const song = this.mirror.songId;
    const { beats } = this.seq;
    this.transport.dispose();
    this.transport.add(this.mirror.subscribe(song, "Song", "current_song_time", (time) => beats.onSongTime(time ?? 0)));
    this.transport.add(this.mirror.subscribe(song, "Song", "is_playing", (playing) => beats.onPlayingChanged(playing ?? false)));
    // The scheduler read the transport before the mirror was filled: tell it what the set is doing.
    beats.onPlayingChanged(this.song.isPlaying());
  }

  /** One line describing the set as the model sees it. */
  summary(): string {
    const tracks = this.song.simpleTracks();
    const groups = tracks.filter((t) => t.ownGroup instanceof SimpleGroupTrack).length;
    const synths = tracks.filter((t) => t.ownGroup instanceof ExternalSynthTrack).length;
    return (
      `synced: ${tracks.length} tracks (${groups} groups, ${synths} external synths), ` +
      `${this.song.returnTracks().length} returns, ${this.song.scenes().length} scenes, ` +
      `${this.song.tempo()} BPM ${this.song.signatureNumerator()}/${this.song.signatureDenominator()}`
    );
  }
}
