import { SimpleTrack } from "./SimpleTrack";

export class ReturnTrack extends SimpleTrack {
  readonly kind = "return";
  readonly cls = "ReturnTrack";
}
