import { SimpleTrack } from "./SimpleTrack";

export class MasterTrack extends SimpleTrack {
  readonly kind = "master";
  readonly cls = "MasterTrack";
}
