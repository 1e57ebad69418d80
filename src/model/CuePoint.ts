// A cue point of the arrangement (Song.CuePoint, https://docs.cycling74.com/apiref/lom/cuepoint/): its
// time and name, loaded while Song.cue_points is held (SongFacade.loadCuePoints).
import type { Answer } from "./Answer";
import { LiveObject } from "./LiveObject";
import type { Mirror } from "../lom/Mirror";

export class CuePoint extends LiveObject<"CuePoint"> {
  constructor(id: number, mirror: Mirror) {
    super(id, mirror, "CuePoint");
  }

  /** Beats from the arrangement's start. */
  get time(): number {
    return this.prop("time") ?? 0;
  }
  get name(): string {
    return this.prop("name") ?? "";
  }
  /** One undo entry in Live. */
  setName(name: string): Answer {
    return this.write("name", name);
  }
}
