// A knob's turn on a parameter, as one undo entry. No public Live gives Max for Live begin_undo_step or
// begin_gesture, and each LiveAPI write is an undo entry of its own (shared/DESIGN.md, "What Max and Live
// charge"), so a turn of 20 detents written detent by detent would leave 20. Instead a turn's detents go
// through the device's [live.remote~] (op `remote`, src/shim/remotes.ts): Live plays each at once and
// records nothing. Once the knob rests, the remote lets the parameter go and its value is written once:
// one undo entry a parameter a turn. A press writes as it always did: one entry a change.
import type { Mirror } from "../lom/Mirror";
import type { Effect } from "../lom/MirrorNode";
import type { Target } from "../wire/protocol";

interface Held {
  /** The turn's one write of the last value. */
  write: () => Promise<unknown>;
  /** Settled once that write is answered: until then the mirror shows the played value. */
  written: Promise<void>;
  settle: () => void;
}

export class ParameterTurns {
  private turning = false;
  private readonly held = new Map<Target, Held>();

  constructor(private readonly mirror: Mirror) {}

  /** A gesture starts: a turn holds the parameters it writes until it ends, a press writes them. */
  begin(turn: boolean): void {
    this.turning = turn;
  }

  /**
   * Sets `value` on the DeviceParameter `target`: in a turn through the remote (`shown` is what the mirror
   * shows meanwhile, `write` the write once the turn ends), else `write` at once.
   */
  write(target: Target, value: number, shown: Effect, write: () => Promise<unknown>): Promise<unknown> {
    if (!this.turning) return write();
    let held = this.held.get(target);
    if (!held) {
      let settle = (): void => undefined;
      const written = new Promise<void>((resolve) => (settle = resolve));
      held = { write, written, settle };
      this.held.set(target, held);
    }
    held.write = write;
    return this.mirror.remote(target, value, shown, held.written);
  }

  /** The turn has ended: each parameter is let go, then written once (one batch, in that order). */
  end(): void {
    this.turning = false;
    const held = Array.from(this.held);
    this.held.clear();
    for (const [target, { write, settle }] of held) {
      void this.mirror.release(target);
      void write().then(settle, settle);
    }
  }
}
