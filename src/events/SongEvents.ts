// Transport events, emitted by the BeatScheduler when the observed `is_playing` changes.

export class SongStartedEvent {}

export class SongStoppedEvent {}
