// Domain events the model emits on the event bus after Live's structure changed.
import type { SimpleTrack } from "./SimpleTrack";
import type { ClipSlot } from "./ClipSlot";
import type { Clip } from "./Clip";

export class TracksMappedEvent {}

export class TrackAddedEvent {
  constructor(readonly target: SimpleTrack) {}
}

export class TrackDeletedEvent {
  constructor(readonly target: SimpleTrack) {}
}

export class SelectedTrackChangedEvent {
  constructor(readonly target: SimpleTrack | null) {}
}

export class ScenesMappedEvent {}

export class ClipCreatedEvent {
  constructor(
    readonly target: ClipSlot,
    readonly clip: Clip,
  ) {}
}

export class ClipDeletedEvent {
  constructor(readonly target: ClipSlot) {}
}
