// When a knob's turn has ended: no detent for this long, as Live's own mouse gestures end after about
// half a second. A turned parameter is then let go by its live.remote~ and written once
// (src/model/ParameterTurns.ts), and its status line gets Live's text for it (ParameterText.ts).
export const TURN_END_MS = 500;

/** How long a knob keeps what its turn loaded after a detent, so the next detent runs at once, in its tick. */
export const TURN_KEEP_MS = 2_000;
