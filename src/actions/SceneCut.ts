// Splitting and cropping a scene at a bar chosen by scrolling. Split: the scene keeps the bars before
// the point and a copy right below it (Song.duplicate_scene) gets the rest. Crop: the scene keeps only
// the bars before the point. Clips no longer than the point are left alone (they loop within it).
import { ActionWarning } from "./Action";
import type { ActionDeps } from "./ActionDeps";
import { regionOf, writeRegion } from "./ClipRegion";
import type { Region } from "./ClipRegion";
import { sceneBars, sceneClips } from "./SceneLength";
import type { Scene } from "../model/Scene";

export type SceneCutKind = "split" | "crop";

export class SceneCut {
  /** The chosen bar, or null for the middle of the scene. */
  private bar: number | null = null;

  constructor(
    private readonly kind: SceneCutKind,
    private readonly deps: ActionDeps,
  ) {}

  /** The bars the point may take: a split leaves at least one bar on each side. */
  private range(scene: Scene): { min: number; max: number } {
    const bars = sceneBars(this.deps.song, scene);
    return { min: 1, max: this.kind === "split" ? bars - 1 : bars };
  }

  /** Why the scene cannot be cut, if it cannot. */
  refusal(scene: Scene): string | undefined {
    const bars = sceneBars(this.deps.song, scene);
    if (bars === 0) return `scene "${scene.name}" has no clips`;
    if (this.kind === "split" && bars < 2) return `scene "${scene.name}" is only one bar long`;
    return undefined;
  }

  point(scene: Scene): number {
    const { min, max } = this.range(scene);
    return Math.max(min, Math.min(max, this.bar ?? Math.ceil(max / 2)));
  }

  scroll(scene: Scene, steps: number): void {
    const { min, max } = this.range(scene);
    this.bar = Math.max(min, Math.min(max, this.point(scene) + steps));
    this.deps.log.info(`${this.kind === "split" ? "Split" : "Crop"} scene "${scene.name}" at bar ${this.bar + 1} of ${sceneBars(this.deps.song, scene)}`);
  }

  apply(scene: Scene): Promise<unknown> {
    const beats = this.point(scene) * this.deps.song.barBeats();
    const cut = sceneClips(scene)
      .map((clip) => ({ clip, region: regionOf(clip) }))
      .filter(({ region }) => region.end - region.start > beats);
    if (cut.length === 0) throw new ActionWarning(`nothing to ${this.kind} in scene "${scene.name}" at bar ${this.point(scene) + 1}`);
    const head = ({ start }: Region): Region => ({ start, end: start + beats });
    const tail = ({ start, end }: Region): Region => ({ start: start + beats, end });
    const writeAll = (part: (region: Region) => Region): Promise<unknown>[] =>
      cut.map(({ clip, region }) => writeRegion(clip, part(region)));
    if (this.kind === "crop") return Promise.all(writeAll(head));
    // The copy is made from the clips set to the tail, then the original clips become the head. Both
    // writes are ordered from the mirror's (original) region, an order valid from the tail as well.
    const { mirror } = this.deps;
    const tails = writeAll(tail);
    const copy = mirror.call(mirror.songId, "Song", "duplicate_scene", [scene.index]);
    return Promise.all([...tails, copy, ...writeAll(head)]);
  }
}
