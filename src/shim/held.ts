// Controller messages the main device's inbox [gate] turned away while node.script's script was not
// ready (not yet loaded, or restarting): counted here, in the [js] that runs as long as the device does,
// and reported to the script once its p0_ready has opened the gate (a debug line there: what a restart
// lost). The patcher's [gate 2 2] sends them here while shut (scripts/patchers/mainCore.ts).
import type { Atom } from "../wire/protocol";
import { MSG_MIDI_DROPPED } from "../wire/protocol";

var heldCount = 0;

/** One more message held back. */
export function countHeld(): void {
  heldCount++;
}

/** What goes to the script with p0_ready: `midi_dropped <n>` when any was held, then the count starts over. */
export function takeHeldReport(): Atom[] | null {
  if (heldCount === 0) return null;
  var report: Atom[] = [MSG_MIDI_DROPPED, heldCount];
  heldCount = 0;
  return report;
}
