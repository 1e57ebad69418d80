// The interface every track object offers the controller (the Composite of the notes):
// a lone SimpleTrack, or a group seen as one instrument (AbstractGroupTrack).
import type { SimpleTrack } from "./SimpleTrack";
import type { AbstractGroupTrack } from "./AbstractGroupTrack";

export abstract class AbstractTrack {
  /** The SimpleTrack of the Live track this object stands for (itself for a SimpleTrack). */
  abstract get baseTrack(): SimpleTrack;
  /** The next level down: AbstractTracks for an AbstractGroupTrack, SimpleTracks for a SimpleTrack. */
  abstract get subTracks(): readonly AbstractTrack[];
  abstract get isArmed(): boolean;
  /** Arms what recording this track needs. */
  abstract arm(on: boolean): Promise<unknown>;

  abstract readonly id: number;
  get name(): string {
    return this.baseTrack.trackName;
  }
  get color(): number {
    return this.baseTrack.trackColor;
  }
  get index(): number {
    return this.baseTrack.trackIndex;
  }
  /** The SimpleTrack of the Live group this track is in. */
  get groupTrack(): SimpleTrack | null {
    return this.baseTrack.parentTrack;
  }
  /** The AbstractGroupTrack this track is a sub track of. */
  get abstractGroupTrack(): AbstractGroupTrack | null {
    return this.groupTrack?.ownGroup ?? null;
  }
  get solo(): boolean {
    return this.baseTrack.soloed;
  }
  get mute(): boolean {
    return this.baseTrack.muted;
  }
  get isFoldable(): boolean {
    return this.baseTrack.foldable;
  }
  get isFolded(): boolean {
    return this.baseTrack.folded;
  }

  setSolo(on: boolean): Promise<unknown> {
    return this.baseTrack.writeTrack("solo", on ? 1 : 0);
  }
  setMute(on: boolean): Promise<unknown> {
    return this.baseTrack.writeTrack("mute", on ? 1 : 0);
  }
  setName(name: string): Promise<unknown> {
    return this.baseTrack.writeTrack("name", name);
  }
  fold(folded: boolean): Promise<unknown> {
    return this.isFoldable ? this.baseTrack.writeTrack("fold_state", folded ? 1 : 0) : Promise.resolve();
  }
  select(): Promise<unknown> {
    return this.baseTrack.selectInLive();
  }

  toString(): string {
    return `${this.constructor.name}("${this.name}")`;
  }
}
