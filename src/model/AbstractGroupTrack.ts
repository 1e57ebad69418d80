// A Live group track seen as one object. Its sub tracks are AbstractTracks (nested groups
// appear as their own AbstractGroupTrack), while its base SimpleTrack's sub tracks are SimpleTracks.
import { AbstractTrack } from "./AbstractTrack";
import type { SimpleTrack } from "./SimpleTrack";

export abstract class AbstractGroupTrack extends AbstractTrack {
  /** Whether selecting any sub track makes this group the current track (one instrument). */
  abstract readonly actsAsOneInstrument: boolean;
  private disconnected = false;

  constructor(private readonly base: SimpleTrack) {
    super();
  }

  get id(): number {
    return this.base.id;
  }
  override get baseTrack(): SimpleTrack {
    return this.base;
  }
  get subTracks(): readonly AbstractTrack[] {
    return this.base.subTracks.map((track) => track.ownGroup ?? track);
  }
  get index(): number {
    return this.base.index;
  }
  get groupTrack(): SimpleTrack | null {
    return this.base.groupTrack;
  }
  get isConnected(): boolean {
    return !this.disconnected;
  }

  /** Called by the track mapper when the group changes class or leaves the set. */
  disconnect(): void {
    this.disconnected = true;
  }

  /** Called by the track mapper after the sub tracks were re-linked: gives them their roles. */
  link(): void {}
}
