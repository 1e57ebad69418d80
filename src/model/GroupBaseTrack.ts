import { SimpleTrack } from "./SimpleTrack";

/** The SimpleTrack of a Live group track: the base track of an AbstractGroupTrack. */
export class GroupBaseTrack extends SimpleTrack {
  readonly kind = "group";
}
