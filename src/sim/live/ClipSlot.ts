// ClipSlot (https://docs.cycling74.com/apiref/lom/clipslot/): one cell of the Session matrix. A group
// track's slots hold no clips; their playing_status sums up the clips of the tracks in the group.
import type { LomClass } from "./LiveObject";
import { Clip } from "./Clip";
import type { ClipInit } from "./Clip";
import type { LiveCore } from "./LiveCore";
import { LiveError, LiveObject, asBool, bool, child, computed, field, idArg, lomClass, numberArg, optionalNumberArg } from "./LiveObject";
import type { Track } from "./Track";

/** ClipSlot.playing_status: 0 stopped, 1 playing, 2 recording. */
export type PlayingStatus = 0 | 1 | 2;

const CLIP_SLOT: LomClass<LiveObject> = lomClass<ClipSlot>({
  name: "ClipSlot",
  description: "This class represents an entry in Live's Session View matrix.",
  props: {
    clip: child("Clip", (o) => o.clip),
    has_clip: computed("bool", true, (o) => bool(o.clip !== null)),
    has_stop_button: field("has_stop_button", "bool", true, asBool),
    is_group_slot: computed("bool", false, (o) => bool(o.track.isGroup)),
    is_playing: computed("bool", false, (o) => bool(o.playingStatus !== 0)),
    is_recording: computed("bool", false, (o) => bool(o.playingStatus === 2)),
    is_triggered: field("is_triggered", "bool", true),
    playing_status: computed("int", true, (o) => [o.playingStatus]),
    controls_other_clips: computed("bool", true, (o) => bool(o.track.isGroup && o.groupedSlots().some((s) => s.clip !== null))),
    will_record_on_start: computed("bool", false, (o) => bool(o.willRecordOnStart)),
    color: computed("int", true, (o) => [o.clip ? o.clip.num("color") : 0]),
    color_index: computed("int", true, (o) => [o.clip ? o.clip.num("color_index") : 0]),
  },
  fns: {
    // fire: "record_length (optional) ... launch_quantization (optional)" (ClipSlot page, Live 11+).
    fire: {
      write: true,
      call: (o, args) => o.fire(optionalNumberArg(args, 0, "record_length")),
    },
    stop: { write: true, call: (o) => o.stop() },
    set_fire_button_state: { write: true, call: (o, args) => (asBool(o, args) ? o.fire() : undefined) },
    create_clip: { write: true, call: (o, args) => o.createClip(numberArg(args, 0, "create_clip")) },
    delete_clip: { write: true, call: (o) => o.deleteClip() },
    duplicate_clip_to: {
      write: true,
      call: (o, args) => o.duplicateClipTo(o.core.object(idArg(args, "duplicate_clip_to"))),
    },
  },
});

export class ClipSlot extends LiveObject {
  clip: Clip | null = null;

  constructor(core: LiveCore, readonly track: Track) {
    super(core);
    this.values.has_stop_button = 1;
    this.values.is_triggered = 0;
  }

  get lom(): LomClass<LiveObject> {
    return CLIP_SLOT;
  }
  get parent(): LiveObject {
    return this.track;
  }
  pathSegment(): string {
    return `clip_slots ${this.index}`;
  }
  override ownedObjects(): readonly LiveObject[] {
    return this.clip ? [this.clip] : [];
  }

  get index(): number {
    return this.track.clipSlots.indexOf(this);
  }

  get playingStatus(): PlayingStatus {
    if (this.track.isGroup) {
      let status: PlayingStatus = 0;
      for (const slot of this.groupedSlots()) status = Math.max(status, slot.playingStatus) as PlayingStatus;
      return status;
    }
    if (!this.clip) return 0;
    if (this.clip.values.is_recording === 1) return 2;
    return this.clip.values.is_playing === 1 ? 1 : 0;
  }

  get willRecordOnStart(): boolean {
    return this.clip === null && this.track.canBeArmed && this.track.values.arm === 1;
  }

  /** The slots at this scene index of the tracks directly inside this group track. */
  groupedSlots(): ClipSlot[] {
    const i = this.index;
    return this.track.groupedTracks().map((t) => t.clipSlots[i]);
  }

  fire(recordLength?: number): void {
    if (recordLength !== undefined && recordLength <= 0) throw new LiveError("fire: record_length must be positive");
    this.core.transport.fire(this, recordLength);
  }

  stop(): void {
    this.core.transport.stopTrack(this.track);
  }

  /** "Throws an error when called on non-empty slots or slots in non-MIDI tracks." */
  createClip(length: number): void {
    if (this.clip) throw new LiveError("create_clip: the clip slot is not empty");
    if (this.track.kind !== "midi") throw new LiveError("create_clip: only MIDI tracks can hold empty clips");
    if (length <= 0) throw new LiveError("create_clip: length must be positive");
    this.putClip({ length }, true);
  }

  /** "Raises an exception if the slot was empty." */
  deleteClip(): void {
    if (!this.clip) throw new LiveError("delete_clip: the clip slot is empty");
    this.removeClip(true);
  }

  /** Overrides the target's clip; refuses an empty source, different track types and group slots. */
  duplicateClipTo(target: LiveObject | null): void {
    if (!(target instanceof ClipSlot) || !target.alive) throw new LiveError("duplicate_clip_to: the target is not a clip slot");
    if (!this.clip) throw new LiveError("duplicate_clip_to: the source slot is empty");
    if (this.track.isGroup || target.track.isGroup) throw new LiveError("duplicate_clip_to: group slots hold no clips");
    if (this.track.kind !== target.track.kind) throw new LiveError("duplicate_clip_to: source and target tracks differ in type");
    const init = this.clip.describe();
    if (target.clip) target.removeClip(true);
    target.putClip(init, true);
  }

  /** Puts a new clip in the (empty) slot and notifies; `undoable` records its removal as the inverse. */
  putClip(init: ClipInit, undoable: boolean): Clip {
    const clip = new Clip(this.core, this, init);
    this.clip = clip;
    if (undoable) this.core.undo.record(`create ${clip} in ${this}`, () => this.removeClip(false), undefined, () => this.putClip(init, false));
    this.core.markStructureChanged();
    this.notifyContent();
    return clip;
  }

  removeClip(undoable: boolean): void {
    const clip = this.clip;
    if (!clip) return;
    this.core.transport.forget(clip);
    const init = clip.describe();
    this.clip = null;
    this.core.kill(clip);
    if (undoable) this.core.undo.record(`delete ${clip} from ${this}`, () => this.putClip(init, false), undefined, () => this.removeClip(false));
    this.notifyContent();
    this.track.notifySlotIndexes();
  }

  /** Playing state changed: this slot's observers and those of the group slots above it. */
  notifyStatus(): void {
    const i = this.index;
    for (let t: Track | null = this.track; t; t = t.groupTrack) {
      const slot = t.clipSlots[i];
      if (slot) this.core.notify(slot, "playing_status");
    }
  }

  private notifyContent(): void {
    this.core.notify(this, "has_clip");
    this.core.notify(this, "color");
    this.notifyStatus();
    const group = this.track.groupTrack;
    if (group) this.core.notify(group.clipSlots[this.index], "controls_other_clips");
  }

  setTriggered(on: boolean): void {
    this.core.setValue(this, "is_triggered", on ? 1 : 0, false);
  }
}
