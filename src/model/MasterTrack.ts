import type { Mirror } from "../lom/Mirror";
import type { LiveObjects } from "./LiveObjects";
import { SimpleTrack } from "./SimpleTrack";

export class MasterTrack extends SimpleTrack {
  readonly kind = "master";

  constructor(id: number, mirror: Mirror, objects: LiveObjects) {
    super(id, mirror, objects, "MasterTrack");
  }
}
