// The one place wrappers are made: one wrapper per Live id, reused for the life of the set
// (Live ids are never reused, so an id identifies its object for good).
import type { Mirror } from "../lom/Mirror";
import { Clip } from "./Clip";
import { ClipSlot } from "./ClipSlot";
import { Device } from "./Device";
import { DeviceParameter } from "./DeviceParameter";
import type { ParameterTurns } from "./ParameterTurns";
import { Scene } from "./Scene";
import { SongView } from "./SongView";

export class LiveObjects {
  private readonly byId = new Map<number, object>();
  /**
   * The tracks holding a Protocol0 Input device, as each device says (`input_track <id>`): Live ids, good
   * while the set is open. They are never disarmed nor their monitoring changed, so the controller stays heard.
   */
  readonly inputTracks = new Set<number>();
  /** The song's view: the selection, read and written. */
  readonly view: SongView;

  constructor(
    private readonly mirror: Mirror,
    /** Where a parameter's writes go in a knob's turn. */
    readonly turns: ParameterTurns,
  ) {
    this.view = new SongView(mirror);
  }

  clip(id: number): Clip {
    return this.reuse(id, Clip, () => new Clip(id, this.mirror, "Clip"));
  }
  clipSlot(id: number): ClipSlot {
    return this.reuse(id, ClipSlot, () => new ClipSlot(id, this.mirror, this));
  }
  device(id: number): Device {
    return this.reuse(id, Device, () => new Device(id, this.mirror, this));
  }
  parameter(id: number): DeviceParameter {
    return this.reuse(id, DeviceParameter, () => new DeviceParameter(id, this.mirror, this.turns));
  }
  scene(id: number): Scene {
    return this.reuse(id, Scene, () => new Scene(id, this.mirror, this));
  }

  /**
   * Forgets the wrappers of objects that left the mirror (deleted, or unloaded: their state lives in the
   * mirror, and a wrapper is made again when they load), so wrappers stay as many as loaded objects.
   */
  prune(ids: ReadonlySet<number>): void {
    for (const id of ids) if (!this.mirror.has(id)) this.byId.delete(id);
  }

  private reuse<T extends object>(id: number, type: abstract new (...args: never[]) => T, make: () => T): T {
    const existing = this.byId.get(id);
    if (existing instanceof type) return existing;
    const created = make();
    this.byId.set(id, created);
    return created;
  }
}
