import { SimpleTrack } from "./SimpleTrack";

export class SimpleMidiTrack extends SimpleTrack {
  readonly kind = "midi";
}
