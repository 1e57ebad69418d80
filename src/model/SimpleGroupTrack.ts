import { Answer } from "./Answer";
import { AbstractGroupTrack } from "./AbstractGroupTrack";

/** A group with no behaviour of its own: arming it arms its armable sub tracks. */
export class SimpleGroupTrack extends AbstractGroupTrack {
  readonly actsAsOneInstrument = false;

  override get isArmed(): boolean {
    const armable = this.subTracks.filter((t) => t.baseTrack.canBeArmed || t.isFoldable);
    return armable.length > 0 && armable.every((t) => t.isArmed);
  }

  override arm(on: boolean): Answer {
    return Answer.all(this.subTracks.map((t) => t.arm(on)));
  }
}
