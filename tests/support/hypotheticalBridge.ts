// HYPOTHETICAL: a Live whose Max for Live bridge exposes Song.begin_undo_step / end_undo_step and
// DeviceParameter.begin_gesture / end_gesture. Neither Live 11.2's nor 12.0's does (_MxDCore/LomTypes.py);
// the platform probe looks for them in `info` so that such a Live would get them used. Only the tests of
// that path (the probe finding them, what a step groups) build their set with these.
import type { LiveOptions } from "../../src/sim/live/LiveSet";
import { PROBED_FUNCTIONS } from "../../src/lom/LomNames";

export const BRIDGE_WITH_UNDO_FUNCTIONS: LiveOptions = {
  bridgeAdds: { Song: [...PROBED_FUNCTIONS.Song], DeviceParameter: [...PROBED_FUNCTIONS.DeviceParameter] },
};

/** The same with the undo steps only (no parameter gestures). */
export const BRIDGE_WITH_UNDO_STEPS: LiveOptions = { bridgeAdds: { Song: [...PROBED_FUNCTIONS.Song] } };
