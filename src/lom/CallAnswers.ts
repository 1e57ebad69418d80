// LOM functions that answer a value (Live 12's Python API: shared/reference/live12-python-api-inventory.json,
// `returns`). LiveAPI.call hands back what the function returns (as Clip.get_notes answers its notes:
// https://docs.cycling74.com/apiref/js/liveapi), but reports no error for a call Live refuses: it posts
// Live's message to the Max console and returns nothing (src/sim/live/LiveApi.ts). So for these
// functions, no answer is a refusal.
import type { LomClassName } from "./LomClasses";

const ANSWERING: Partial<Record<LomClassName, readonly string[]>> = {
  // "return the index of the destination slot"
  Track: ["duplicate_clip_slot"],
};

/** Whether `fn` of `cls` answers a value when Live runs it. */
export function answers(cls: LomClassName, fn: string): boolean {
  return ANSWERING[cls]?.includes(fn) ?? false;
}
