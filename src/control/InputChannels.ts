// The input channel of each track holding Protocol0 Input, as its device reports it, checked against
// the mapping: when the report comes, when the set has been read (names are known then) and when the
// mapping changes.
import { allChannelsWarning } from "./AllChannelsCheck";
import type { ControllerWarnings } from "./ControllerWarnings";
import type { MappingStore } from "./MappingStore";
import type { InputReport } from "./preShow/Finding";

/** The channel an input device reports for All Channels. */
export const ALL_CHANNELS = 0;

export class InputChannels {
  private readonly channels = new Map<number, number>();

  constructor(
    private readonly store: MappingStore,
    private readonly warnings: ControllerWarnings,
    private readonly nameOf: (trackId: number) => string | undefined,
    /** Tells the input device on that track to show the hint beside its channel, or its channel alone. */
    private readonly tellDevice: (trackId: number, hint: boolean) => void,
  ) {
    store.onChange(() => this.check());
  }

  /** `input_channel <track id> <channel 1-16, 0 for All Channels>`. */
  report(trackId: unknown, channel: unknown): void {
    if (typeof trackId !== "number" || trackId <= 0 || typeof channel !== "number") return;
    this.channels.set(trackId, channel);
    this.check();
  }

  /** The channel the input device on `trackId` reported (0 All Channels), if any. */
  channelOf(trackId: number): number | undefined {
    return this.channels.get(trackId);
  }

  /** Every input track of the set with its reported channel, for the pre-show check. */
  reports(): InputReport[] {
    return [...this.channels].flatMap(([trackId, channel]) => {
      const name = this.nameOf(trackId);
      return name === undefined ? [] : [{ name, channel }];
    });
  }

  /** Once the set is read: the tracks it no longer has are forgotten, the others checked. */
  afterSync(): void {
    for (const trackId of [...this.channels.keys()]) if (this.nameOf(trackId) === undefined) this.channels.delete(trackId);
    this.check();
  }

  check(): void {
    const mapping = this.store.active;
    if (mapping === undefined) return;
    for (const [trackId, channel] of this.channels) {
      const name = this.nameOf(trackId);
      // Gone from the set (or not read yet): asked again once the set is read.
      if (name === undefined) continue;
      if (channel !== ALL_CHANNELS) continue;
      const warning = allChannelsWarning(mapping, name);
      if (warning === undefined) this.tellDevice(trackId, false);
      else if (this.warnings.warn(warning)) this.tellDevice(trackId, true);
    }
  }
}
