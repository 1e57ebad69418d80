// Controller messages held while the set's structure is read: the mirror is empty then, so they wait
// (a few, in order) instead of acting on nothing, and the musician's first turn acts as soon as it can.
import type { Logger } from "../log/Logger";
import type { Atom } from "../wire/protocol";

/** Controller messages kept while the set is read: a burst of turns, not a stream to replay. */
export const HELD_MIDI_LIMIT = 64;

export class HeldMidi {
  /** Null while messages go straight through. */
  private held: Atom[][] | null = [];

  /** `forget`: what the controller held is dropped at each hold (EncoderRouter.forgetHeld). */
  constructor(
    private readonly deliver: (atoms: Atom[]) => void,
    private readonly log: Logger,
    private readonly forget: () => void = () => {},
  ) {}

  /**
   * From now on messages wait (already so when the bundle starts). A push held now may see its release
   * dropped when many messages wait, so what is held is forgotten rather than stuck (a shift held forever).
   */
  hold(): void {
    this.held ??= [];
    this.forget();
  }

  /** Delivers what waited, in order, and lets the next ones through. */
  release(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const atoms of held) this.receive(atoms);
  }

  receive(atoms: Atom[]): void {
    if (this.held === null) return this.deliver(atoms);
    if (this.held.length < HELD_MIDI_LIMIT) this.held.push(atoms);
    else this.log.debug("controller message dropped: the set is still being read");
  }
}
