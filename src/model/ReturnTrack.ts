import type { Mirror } from "../lom/Mirror";
import type { LiveObjects } from "./LiveObjects";
import { SimpleTrack } from "./SimpleTrack";

export class ReturnTrack extends SimpleTrack {
  readonly kind = "return";

  constructor(id: number, mirror: Mirror, objects: LiveObjects) {
    super(id, mirror, objects, "ReturnTrack");
  }
}
