// The input channel of each track holding Protocol0 Input, as its device reports it, checked against
// the mapping: when the report comes, when the set has been read (names are known then) and when the
// mapping changes.
import { allChannelsWarning } from "./AllChannelsCheck";
import type { ControllerWarnings } from "./ControllerWarnings";
import type { MappingStore } from "./MappingStore";

/** The channel an input device reports for All Channels. */
export const ALL_CHANNELS = 0;

export class InputChannels {
  private readonly channels = new Map<number, number>();

  constructor(
    private readonly store: MappingStore,
    private readonly warnings: ControllerWarnings,
    private readonly nameOf: (trackId: number) => string | undefined,
    /** Tells the input device on that track, which shows it beside its channel. */
    private readonly tellDevice: (trackId: number) => void,
  ) {
    store.onChange(() => this.check());
  }

  /** `input_channel <track id> <channel 1-16, 0 for All Channels>`. */
  report(trackId: unknown, channel: unknown): void {
    if (typeof trackId !== "number" || trackId <= 0 || typeof channel !== "number") return;
    this.channels.set(trackId, channel);
    this.check();
  }

  check(): void {
    const mapping = this.store.active;
    if (mapping === undefined) return;
    for (const [trackId, channel] of this.channels) {
      if (channel !== ALL_CHANNELS) continue;
      const warning = allChannelsWarning(mapping, this.nameOf(trackId) ?? "with Protocol0 Input");
      if (warning !== undefined && this.warnings.warn(warning)) this.tellDevice(trackId);
    }
  }
}
