// When a knob's turn has ended: no detent for this long, as Live's own mouse gestures end after about
// half a second. A turned parameter is let go by its live.remote~ and written once then (src/model/ParameterTurns.ts), and a turned
// parameter's status line gets Live's text for it (ParameterText.ts).
export const TURN_END_MS = 500;
