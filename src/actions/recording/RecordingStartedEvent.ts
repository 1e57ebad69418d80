// Emitted when a recording launches its takes (the original's RecordStartedEvent): a looping scene
// stops looping, so its re-fire never stops a take, even one in its own row.
export class RecordingStartedEvent {}
