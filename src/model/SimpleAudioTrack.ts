import { SimpleTrack } from "./SimpleTrack";

export class SimpleAudioTrack extends SimpleTrack {
  readonly kind = "audio";
}
