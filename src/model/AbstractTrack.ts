// The interface every track object offers the controller (the Composite of the notes): a lone
// SimpleTrack, or a group seen as one instrument (AbstractGroupTrack). A group answers for its
// base track (the Live group track); SimpleTrack, a LiveObject, implements each member with the Live
// track's own.
import type { SimpleTrack } from "./SimpleTrack";
import type { AbstractGroupTrack } from "./AbstractGroupTrack";

export abstract class AbstractTrack {
  abstract readonly id: number;
  /** The SimpleTrack of the Live track this object stands for (itself for a SimpleTrack). */
  abstract get baseTrack(): SimpleTrack;
  /** The next level down: AbstractTracks for an AbstractGroupTrack, SimpleTracks for a SimpleTrack. */
  abstract readonly subTracks: readonly AbstractTrack[];
  /** The SimpleTrack of the Live group this track is in. */
  abstract readonly groupTrack: SimpleTrack | null;
  /** Position among the set's tracks (or returns); -1 for the master track. */
  abstract readonly index: number;
  abstract get isArmed(): boolean;
  /** Arms what recording this track needs. */
  abstract arm(on: boolean): Promise<unknown>;

  get name(): string {
    return this.baseTrack.name;
  }
  get color(): number {
    return this.baseTrack.color;
  }
  /** The AbstractGroupTrack this track is a sub track of. */
  get abstractGroupTrack(): AbstractGroupTrack | null {
    return this.groupTrack?.ownGroup ?? null;
  }
  get solo(): boolean {
    return this.baseTrack.solo;
  }
  get mute(): boolean {
    return this.baseTrack.mute;
  }
  get isFoldable(): boolean {
    return this.baseTrack.isFoldable;
  }
  get isFolded(): boolean {
    return this.baseTrack.isFolded;
  }

  setSolo(on: boolean): Promise<unknown> {
    return this.baseTrack.setSolo(on);
  }
  setMute(on: boolean): Promise<unknown> {
    return this.baseTrack.setMute(on);
  }
  setName(name: string): Promise<unknown> {
    return this.baseTrack.setName(name);
  }
  fold(folded: boolean): Promise<unknown> {
    return this.baseTrack.fold(folded);
  }
  select(): Promise<unknown> {
    return this.baseTrack.select();
  }

  toString(): string {
    return `${this.constructor.name}("${this.name}")`;
  }
}
