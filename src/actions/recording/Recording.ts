// One recording under way: its sequence (scene, arm, count-in, launch, wait for Live to finish, match
// lengths) and how to undo what it did when it is cancelled. Behaviour read from the original's
// TrackRecorderService and recorders; the LOM calls are Live 11+'s
// (ClipSlot.fire record_length: https://docs.cycling74.com/apiref/lom/clipslot/; Track.stop_all_clips
// Quantized: https://docs.cycling74.com/apiref/lom/track/; Song.create_scene / delete_scene /
// start_playing / metronome: https://docs.cycling74.com/apiref/lom/song/).
import type { ActionServices } from "../ActionServices";
import { Answer, refusalText } from "../../model/Answer";
import type { ClipSlot } from "../../model/ClipSlot";
import type { Scene } from "../../model/Scene";
import type { SimpleTrack } from "../../model/SimpleTrack";
import { ScenesMappedEvent, TrackDeletedEvent } from "../../model/ModelEvents";
import { BAR_QUANTIZATION } from "../../model/Song";
import { SongStoppedEvent } from "../../events/SongEvents";
import { Sequence } from "../../sequence/Sequence";
import type { SequenceContext } from "../../sequence/SequenceContext";
import { Subscriptions } from "../../events/Subscriptions";
import { untilSettled } from "../untilSettled";
import { RecordingStartedEvent } from "./RecordingStartedEvent";
import { ObservableValue } from "../../events/ObservableValue";
import { sceneCount } from "./RecordingObservables";
import type { RecordingPlan } from "./RecordingPlan";
import { awaitTakes, matchLengths, type TakeWork } from "./Takes";
import type { RecordingProgress, SavedRecording } from "./SavedRecording";
import type { SavedValue } from "../saved/SavedValue";

const NOT_STARTED: RecordingProgress = {
  scene: null,
  createdScene: false,
  armedBefore: new Map(),
  clickAdded: false,
  quantizationBefore: null,
  launched: false,
};

export class Recording {
  readonly sequence: Sequence<unknown>;
  /** How far it has gone: replaced as it goes, which saves it with the plan for a restarted bundle. */
  private state: RecordingProgress;
  private readonly ready: Promise<void>;
  /** False while a resumed recording's clip slots are read again: undoing it needs them. */
  private slotsRead = true;
  private readonly listening = new Subscriptions();
  /** Set once an unlimited take is asked to end (a record press, its length cap). */
  private readonly endAsked = new ObservableValue(false);

  /**
   * `resumed`: a recording an earlier bundle started; launched, it is followed to its end from there,
   * once `ready` (its tracks' clip slots read again).
   */
  constructor(
    readonly plan: RecordingPlan,
    private readonly services: ActionServices,
    private readonly saved: SavedValue<SavedRecording>,
    resumed?: { progress: RecordingProgress; ready: Promise<void> },
  ) {
    const sequence = new Sequence(services.runtime.sequences, plan.title);
    this.ready = resumed?.ready ?? Promise.resolve();
    this.state = resumed?.progress ?? NOT_STARTED;
    let launched: Sequence<unknown>;
    if (resumed) {
      this.slotsRead = false;
      void resumed.ready.then(() => (this.slotsRead = true));
      launched = sequence.add(() => untilSettled(services.runtime.sequences, `${plan.title}: read the clip slots`, resumed.ready), { name: "read the clip slots" });
    } else
      launched = sequence
        .add(() => this.quantize(), { name: "launch on the bar" })
        .add(() => this.prepareScene(), { name: "prepare scene" })
        .add(() => this.armTakes(), { name: "arm the takes" })
        .add(() => this.countIn(), { name: "count in" })
        .add(() => this.launch(), { name: "launch" });
    this.sequence = launched
      .add(() => awaitTakes(this.takes()), { name: "record" })
      .add(() => matchLengths(this.takes()), { name: "match lengths" })
      .add(() => this.releaseTail(), { name: "disarm tail" })
      .add(() => `${plan.title.replace(/^Record/, "Recorded")} on ${plan.takes.map((take) => take.track.name).join(", ")}`, { name: "done" });
  }

  /** What the waits for the takes work on (Takes.ts). */
  private takes(): TakeWork {
    return {
      plan: this.plan,
      services: this.services,
      slotOf: (track) => this.slotOf(track),
      stopTakes: () => this.stopTakes(),
      endAsked: this.endAsked,
      listening: this.listening,
    };
  }

  private get sequences(): SequenceContext {
    return this.services.runtime.sequences;
  }

  get progress(): RecordingProgress {
    return this.state;
  }

  private get scene(): Scene | null {
    return this.state.scene;
  }

  /** The recording moved on: its progress is replaced, and so saved. */
  private advance(change: Partial<RecordingProgress>): void {
    this.state = { ...this.state, ...change };
    this.saved.set({ plan: this.plan, progress: this.state });
  }

  get isUnlimited(): boolean {
    return this.plan.lengthBeats === null;
  }

  /** Starts the sequence; a recording that does not finish is undone. */
  start(): Sequence<unknown> {
    const bus = this.sequences.bus;
    const tracks = this.tracks();
    this.listening.add(
      bus.subscribe(TrackDeletedEvent, (event) => {
        // The tail only records the synth's release: the MIDI and audio takes go on without it.
        if (event.target === this.plan.tail) this.services.log.info(`${this.plan.title}: the tail track was deleted, the takes go on without it`);
        else if (tracks.includes(event.target)) this.cancel(`${event.target.name || "a recording track"} was deleted`);
      }),
    );
    this.listening.add(
      bus.subscribe(ScenesMappedEvent, () => {
        // Its slots went with it: nothing would ever record, and the count-in would click on.
        if (this.scene !== null && !this.scene.exists) this.cancel("the recording's scene was deleted");
      }),
    );
    this.listening.add(
      bus.subscribe(SongStoppedEvent, () => {
        // Once Live records, stopping the song ends the takes (kept); before that nothing will record.
        if (!this.slots().some((slot) => slot.hasClip)) this.cancel("the song stopped before the recording began");
      }),
    );
    this.sequence.onEnd((ended) => {
      this.listening.dispose();
      const putBack: Answer[] = ended.isTerminated ? [] : this.undo();
      if (this.state.clickAdded) putBack.push(this.services.song.setSwitch("click", false));
      if (this.state.quantizationBefore !== null) putBack.push(this.services.song.setLaunchQuantization(this.state.quantizationBefore));
      this.report(Answer.all(putBack), ended.isTerminated ? "could not put the click and launch quantization back" : "could not undo all it did");
      if (this.saved.get()?.plan === this.plan) this.saved.set(null);
    });
    // Saved from its start: a restart before its first step still finds it.
    this.advance({});
    return this.sequence.done();
  }

  cancel(reason: string): void {
    if (!this.slotsRead) return void this.ready.then(() => this.cancel(reason));
    if (!this.sequence.isStarted) return;
    this.services.log.warn(`${this.plan.title} cancelled: ${reason}`);
    this.sequence.cancel();
  }

  /** Ends an unlimited recording: Live stops the takes at the next launch boundary and keeps them. */
  stopTakes(): void {
    this.endAsked.set(true);
    this.report(Answer.all(this.plan.takes.map((take) => take.track.stopAllClips(true))), "could not stop the takes");
  }

  /** Its writes after its sequence answer here, in its name; a target deleted meanwhile needs nothing put back. */
  private report(answer: Answer, what: string): void {
    void answer.take().then((outcome) => {
      if (outcome.kind === "refused") this.services.log.warn(`${this.plan.title} ${what}: ${refusalText(outcome)}`);
    });
  }

  private tracks(): SimpleTrack[] {
    return [...this.plan.takes.map((take) => take.track), ...this.plan.replays];
  }

  /** The takes' slots in the recording scene (empty before the scene exists). */
  private slots(): ClipSlot[] {
    const index = this.scene?.index ?? -1;
    return this.plan.takes.map((take) => take.track.clipSlots()[index]).filter((slot): slot is ClipSlot => slot !== undefined);
  }

  private slotOf(track: SimpleTrack): ClipSlot | null {
    return track.clipSlots()[this.scene?.index ?? -1] ?? null;
  }

  /**
   * The takes launch on a bar whatever the musician's launch quantization (with None a take would start
   * at once, mid-bar, with no count-in), as the original set 1 bar for a recording; put back at the end.
   */
  private quantize(): Answer {
    const { song } = this.services;
    const before = song.launchQuantization();
    if (before === BAR_QUANTIZATION) return Answer.none();
    this.advance({ quantizationBefore: before });
    return song.setLaunchQuantization(BAR_QUANTIZATION);
  }

  /** Uses the planned scene, or creates one at the end when no scene has free slots. */
  private prepareScene(): Sequence<unknown> | undefined {
    const { song } = this.services;
    const seq = this.sequences;
    if (this.plan.sceneIndex !== null) {
      this.advance({ scene: song.scenes()[this.plan.sceneIndex] ?? null });
      return undefined;
    }
    const before = song.scenes().length;
    const created = song.createScene(-1);
    this.advance({ createdScene: true });
    return new Sequence(seq, `${this.plan.title}: new scene`)
      .add(() => created, { name: "create scene" })
      .waitFor(sceneCount(song, seq.bus), (count) => count > before, { name: "scene created" })
      .add(() => {
        this.advance({ scene: song.scenes()[before] ?? null });
      })
      .done();
  }

  /** Arms the takes; a refused arm stops the recording with Live's words. */
  private armTakes(): Sequence<unknown> {
    const arms: Answer[] = [];
    for (const { track } of this.plan.takes) {
      this.advance({ armedBefore: new Map(this.state.armedBefore).set(track, track.isArmed) });
      if (!track.isArmed) arms.push(track.arm(true));
    }
    let arming: Sequence<unknown> = new Sequence(this.sequences, `${this.plan.title}: arm`).add(() => Answer.all(arms), { name: "arming" });
    for (const { track } of this.plan.takes) {
      if (this.state.armedBefore.get(track) === true) continue;
      arming = arming.waitFor(track.armed(), (armed) => armed === true, { name: `${track.name} armed` });
    }
    return arming.done();
  }

  /**
   * A stopped song is started, with the metronome heard until the recording ends (the original's
   * one-bar count-in), and the takes are launched once it runs: Live's launch quantization (one bar by
   * default) then holds them to the next bar. A playing song counts in to its next launch boundary.
   */
  private countIn(): Sequence<unknown> | undefined {
    const { song } = this.services;
    if (song.isPlaying()) return undefined;
    const writes: Answer[] = [];
    if (!song.switchOn("click")) {
      this.advance({ clickAdded: true });
      writes.push(song.setSwitch("click", true));
    }
    writes.push(song.startPlaying());
    const time = song.songTime();
    const seq = this.sequences;
    return new Sequence(seq, `${this.plan.title}: count-in`)
      .add(() => Answer.all(writes), { name: "start the song" })
      .waitFor(song.playing(), (playing) => playing === true, { name: "song started" })
      .add(() => time.get() ?? 0)
      .add((start: number) =>
        new Sequence(seq, `${this.plan.title}: song running`).waitFor(time, (now) => (now ?? 0) > start, { name: "song time moves" }).done(),
      )
      .done();
  }

  /**
   * Fires every slot together so Live launches them on the same boundary, and selects the scene as the
   * original did when its recording started, so the scene knobs act on the take next.
   */
  private launch(): Answer {
    this.advance({ launched: true });
    this.sequences.bus.emit(new RecordingStartedEvent());
    const writes: Answer[] = [];
    if (this.scene !== null && this.services.song.selectedScene() !== this.scene) writes.push(this.scene.select());
    for (const take of this.plan.takes) writes.push(this.slotOf(take.track)?.fire(take.recordBeats ?? undefined) ?? Answer.none());
    for (const track of this.plan.replays) writes.push(this.slotOf(track)?.fire() ?? Answer.none());
    return Answer.all(writes);
  }

  /** The tail was armed for the take only; the instrument's tracks stay armed. */
  private releaseTail(): Answer {
    return this.plan.tail === null ? Answer.none() : this.restoreArm(this.plan.tail);
  }

  private restoreArm(track: SimpleTrack): Answer {
    const armed = this.state.armedBefore.get(track);
    return armed !== undefined && track.exists && track.isArmed !== armed ? track.arm(armed) : Answer.none();
  }

  /** Removes the clips this recording made, restores the arm states, and drops a scene it created. */
  private undo(): Answer[] {
    const writes: Answer[] = [];
    for (const track of this.tracks()) {
      if (!track.exists) continue;
      const slot = this.slotOf(track);
      if (slot === null) continue;
      const isTake = this.plan.takes.some((take) => take.track === track);
      if (isTake && slot.hasClip) writes.push(slot.deleteClip());
      else if (slot.isTriggered || slot.isPlaying) writes.push(track.stopAllClips(false));
    }
    for (const track of this.state.armedBefore.keys()) writes.push(this.restoreArm(track));
    const scene = this.scene;
    if (this.state.createdScene && scene !== null && scene.exists) {
      const ours = new Set(this.slots());
      if (scene.clipSlots.every((slot) => ours.has(slot) || !slot.hasClip)) writes.push(this.services.song.deleteScene(scene.index));
    }
    return writes;
  }
}
