// Splitting and cropping a scene at a bar chosen by scrolling. Split: the scene keeps the bars before
// the point and a copy right below it (Song.duplicate_scene) gets the rest. Crop: the scene keeps only
// the bars before the point. Clips no longer than the point are left alone (they loop within it).
import { ActionWarning, answered, type Answered } from "./Action";
import type { ActionServices } from "./ActionServices";
import { Answer } from "../model/Answer";
import type { Region } from "../model/Clip";
import type { Scene } from "../model/Scene";
import { barsText } from "../time/BarsText";
import { nameOf, sceneText } from "./SceneNames";

export type SceneCutKind = "split" | "crop";

/** How the status line names a scene: its name, or its number when it has none. */

export class SceneCut {
  /** The chosen bar, or null for the middle of the scene. */
  private bar: number | null = null;

  constructor(
    private readonly kind: SceneCutKind,
    private readonly services: ActionServices,
  ) {}

  /** The bars the point may take: a split leaves at least one bar on each side. */
  private range(scene: Scene): { min: number; max: number } {
    const bars = scene.bars(this.services.song.barBeats());
    return { min: 1, max: this.kind === "split" ? bars - 1 : bars };
  }

  /** Why the scene cannot be cut, if it cannot. */
  refusal(scene: Scene): string | undefined {
    const bars = scene.bars(this.services.song.barBeats());
    if (bars === 0) return `${sceneText(scene)} has no clips`;
    if (this.kind === "split" && bars < 2) return `${sceneText(scene)} is only one bar long`;
    return undefined;
  }

  point(scene: Scene): number {
    const { min, max } = this.range(scene);
    return Math.max(min, Math.min(max, this.bar ?? Math.ceil(max / 2)));
  }

  /** Moves the point; answers what it is now ("Split Chorus at bar 3 of 8"). */
  scroll(scene: Scene, steps: number): string {
    const { min, max } = this.range(scene);
    this.bar = Math.max(min, Math.min(max, this.point(scene) + steps));
    const text = `${this.kind === "split" ? "Split" : "Crop"} ${nameOf(scene)} at bar ${this.bar + 1} of ${scene.bars(this.services.song.barBeats())}`;
    this.services.log.info(text);
    return text;
  }

  /** Cuts the scene at the point; answers Live's outcome and what was done. */
  apply(scene: Scene): Answered {
    const bars = this.point(scene);
    const beats = bars * this.services.song.barBeats();
    const cut = scene
      .clips()
      .map((clip) => ({ clip, region: clip.region() }))
      .filter(({ region }) => region.end - region.start > beats);
    if (cut.length === 0) throw new ActionWarning(`nothing to ${this.kind} in ${sceneText(scene)} at bar ${bars + 1}`);
    const head = ({ start }: Region): Region => ({ start, end: start + beats });
    const tail = ({ start, end }: Region): Region => ({ start: start + beats, end });
    const writeAll = (part: (region: Region) => Region): Answer[] => cut.map(({ clip, region }) => clip.setRegion(part(region)));
    const name = nameOf(scene);
    if (this.kind === "crop") return answered(Answer.all(writeAll(head)), `Cropped ${name} to ${barsText(bars)}`);
    // The copy is made from the clips set to the tail, then the original clips become the head. Both
    // writes are ordered from the mirror's (original) region, an order valid from the tail as well.
    const writes = [...writeAll(tail), this.services.song.duplicateScene(scene.index), ...writeAll(head)];
    return answered(Answer.all(writes), `Split ${name} at bar ${bars + 1}`);
  }
}
