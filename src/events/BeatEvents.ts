// Musical position events, emitted by the BeatScheduler while the song plays, each when the song
// time enters the named part of the bar (as the original's BeatScheduler does). "Beat" is the
// signature's beat: a quarter note in 4/4, an eighth note in 6/8.

/** A new bar started (not emitted for the first position seen after the song starts). */
export class BarChangedEvent {}

/** The third beat of the bar started. */
export class ThirdBeatPassedEvent {}

/** The last beat of the bar started. */
export class LastBeatPassedEvent {}

/** The second half of the last beat started (the last 8th note in 4/4). */
export class Last8thPassedEvent {}

/** The last quarter of the last beat started (the last 16th note in 4/4). */
export class Last16thPassedEvent {}

/** The last eighth of the last beat started (the last 32nd note in 4/4). */
export class Last32thPassedEvent {}

/** The bar is about to end: the last sixteenth of its last beat started (the last 64th note in 4/4). */
export class BarEndingEvent {}
