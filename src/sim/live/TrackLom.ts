// Track's LOM tables (https://docs.cycling74.com/apiref/lom/track/), one per kind: every kind but MIDI and audio
// lacks some properties, and `arm` raises where the track cannot be armed.
import { Clip } from "./Clip";
import { removeDevice } from "./Device";
import type { Atom, LiveObject, LomClass, PropSpec } from "./LiveObject";
import { LiveError, asBool, asNumberIn, bool, child, children, computed, dict, dictArg, field, idArg, lomClass, nameAndColor, numberArg, ref, without } from "./LiveObject";
import type { RoutingChoice, RoutingProp, Track, TrackKind } from "./Track";
import { duplicateClipToArrangement } from "./TrackArrangement";

function clipArg(o: Track, args: unknown[]): Clip {
  const clip = o.core.object(idArg(args, "clip"));
  if (!(clip instanceof Clip)) throw new LiveError("duplicate_clip_to_arrangement: expected a clip");
  return clip;
}

const routing = (prop: RoutingProp): { type: string; observe: boolean; get(o: Track): Atom[]; set(o: Track, v: unknown[]): void } => ({
  type: "dictionary",
  observe: true,
  get: (o) => dict(prop, o.routing[prop]),
  set: (o, args) => o.setRouting(prop, dictArg(args, prop)),
});

const available = (prop: string, list: (o: Track) => RoutingChoice[]) => computed<Track>("dictionary", true, (o) => dict(prop, list(o)));

const ALL_TRACK: LomClass<LiveObject> = lomClass<Track>({
  name: "Track",
  description: "This class represents a track in Live.",
  props: {
    ...nameAndColor<Track>(),
    arm: field("arm", "bool", true, asBool),
    implicit_arm: field("implicit_arm", "bool", true, asBool),
    mute: field("mute", "bool", true, asBool),
    solo: { ...field<Track>("solo", "bool", true), set: (o, args) => o.setSolo(asBool(o, args) === 1) },
    muted_via_solo: computed("bool", true, (o) => bool(o.mutedViaSolo)),
    // Not listenable: Cycling '74's Track page gives fold_state no "observe"
    // (https://docs.cycling74.com/apiref/lom/track/) and a probe of Live 12.4 found no listener for it.
    // "Only available if is_foldable is True" (Live 12 API inventory): Live raises on other tracks; its exact
    // text is not recorded, so the wording here is ours.
    fold_state: {
      type: "int",
      observe: false,
      get: (o) => [o.foldable().values.fold_state],
      set: (o, args) => o.foldable().setFoldState(numberArg(args, 0, "fold_state") ? 1 : 0),
    },
    is_foldable: computed("bool", false, (o) => bool(o.isGroup)),
    is_grouped: computed("bool", false, (o) => bool(o.groupTrack !== null)),
    group_track: child("Track", (o) => o.groupTrack),
    // Not listenable (Track page: no "observe"; a Live 12.4 probe found no listener): Song.visible_tracks is.
    is_visible: computed("bool", false, (o) => bool(o.isVisible)),
    is_frozen: computed("bool", true, () => [0]),
    can_be_frozen: computed("bool", false, (o) => bool(o.kind === "midi" || o.kind === "audio")),
    is_part_of_selection: computed("bool", false, (o) => bool(o.core.song.view.selectedTrack === o)),
    has_midi_input: computed("bool", false, (o) => bool(o.kind === "midi")),
    has_audio_input: computed("bool", false, (o) => bool(o.kind === "audio")),
    has_midi_output: computed("bool", false, (o) => bool(o.kind === "midi" && o.devices.every((d) => d.typeCode !== 1))),
    has_audio_output: computed("bool", false, (o) => bool(o.kind !== "midi" || o.devices.some((d) => d.typeCode === 1))),
    can_be_armed: computed("bool", false, (o) => bool(o.canBeArmed)),
    current_monitoring_state: field("current_monitoring_state", "int", true, asNumberIn(0, 2, true)),
    playing_slot_index: computed("int", true, (o) => [o.playingSlotIndex]),
    fired_slot_index: computed("int", true, (o) => [o.core.transport.firedSlotIndex(o)]),
    input_routing_type: routing("input_routing_type"),
    input_routing_channel: routing("input_routing_channel"),
    output_routing_type: routing("output_routing_type"),
    output_routing_channel: routing("output_routing_channel"),
    available_input_routing_types: available("available_input_routing_types", (o) => o.inputTypes),
    available_input_routing_channels: available("available_input_routing_channels", (o) => o.inputChannels),
    available_output_routing_types: available("available_output_routing_types", (o) => o.outputTypes),
    available_output_routing_channels: available("available_output_routing_channels", (o) => o.outputChannels),
    clip_slots: children("ClipSlot", (o) => o.clipSlots, true),
    arrangement_clips: children("Clip", (o) => o.arrangementClips, true),
    devices: children("Device", (o) => o.devices, true),
    mixer_device: child("MixerDevice", (o) => o.mixer),
    view: child("Track.View", (o) => o.view),
  },
  fns: {
    stop_all_clips: { write: true, call: (o) => o.core.transport.stopTrack(o) },
    delete_device: { write: true, call: (o, args) => removeDevice(o, numberArg(args, 0, "delete_device")) },
    duplicate_clip_slot: { write: true, call: (o, args) => [o.duplicateClipSlot(numberArg(args, 0, "duplicate_clip_slot"))] },
    delete_clip: { write: true, call: (o, args) => o.deleteClip(o.core.object(idArg(args, "delete_clip"))) },
    // (clip, destination_time): the clip as `id N`, as ClipSlot.duplicate_clip_to's target.
    duplicate_clip_to_arrangement: {
      write: true,
      call: (o, args) => ref(duplicateClipToArrangement(o, clipArg(o, args.slice(0, 2)), numberArg(args, 2, "destination_time"))),
    },
  },
});

/**
 * Live's error for `arm` where can_be_armed is false, read or set: "Master and Return Tracks have no 'Arm'
 * state!" (ideoforms/AbletonOSC#115, Live 11's tutorial set). That group tracks raise it too is inferred: that
 * report read `arm` over `song.tracks`, which holds no master or return track but does hold groups.
 */
export const NO_ARM_ERROR = "Master and Return Tracks have no 'Arm' state!";
const noArm = (): never => {
  throw new LiveError(NO_ARM_ERROR);
};
/** `arm` on tracks that cannot be armed: every access raises, and observing it is refused (it would read it). */
const NO_ARM: PropSpec<LiveObject> = { type: "bool", observe: false, get: noArm, set: noArm };

const INPUT = ["implicit_arm", "current_monitoring_state", "input_routing_type", "input_routing_channel"];
const INPUT_LISTS = ["available_input_routing_types", "available_input_routing_channels"];
const SLOTS = ["clip_slots", "arrangement_clips", "playing_slot_index", "fired_slot_index", "stop_all_clips"];
const TRACK = ALL_TRACK;
const GROUP_TRACK = withNoArm(without(ALL_TRACK, "Track", ["current_monitoring_state", "input_routing_type", "input_routing_channel", ...INPUT_LISTS]));
const RETURN_TRACK = withNoArm(without(ALL_TRACK, "Track", [...INPUT, ...INPUT_LISTS, ...SLOTS]));
const MASTER_TRACK = withNoArm(without(RETURN_TRACK, "Track", ["mute", "solo", "muted_via_solo", "group_track", "is_grouped"]));

/** Every Track has `arm` in Live's API (Live 12 inventory), but it raises where the track cannot be armed. */
function withNoArm(cls: LomClass<LiveObject>): LomClass<LiveObject> {
  return { ...cls, props: { ...cls.props, arm: NO_ARM } };
}
export const CLASSES: Record<TrackKind, LomClass<LiveObject>> = {
  midi: TRACK,
  audio: TRACK,
  group: GROUP_TRACK,
  return: RETURN_TRACK,
  master: MASTER_TRACK,
};
