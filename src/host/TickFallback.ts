// The tick when [metro] stops. Max's scheduler, and so the device's [metro 17], does not run while Live's
// audio engine is off: "time-sensitive operations (such as delaying with a set amount of time) are not
// executed when Live's audio engine is off" (Ableton maxdevtools, m4l-production-guidelines.md,
// "Initialization"). Messages still reach node.script then (the shim's replies and observed changes, the
// device's UI, and — as the simulator assumes, see README — the input device's MIDI), and the bundle,
// whose time is only ever the count of ticks, would stand still: no sequence would go on and a long
// press would be read as a press.
//
// So the host's `bang` handlers go through this, and every other message tells it one arrived. A message
// while the metro runs arms a watchdog: a Node interval of one metro period, which stays armed while
// messages come and stops a second after the last. If it beats more than FALLBACK_AFTER_MS worth of periods with no
// bang, the bundle ticks once for each of those periods (the time since the message that armed it, so
// a knob pushed on that message is timed from its push) and from then on once per beat: Node drives the
// tick. The first bang that arrives stops the interval and ticks as the metro always does. The count only
// ever goes up by one, from one source at a time: nothing ticks twice for one period.
import type { Atom } from "../wire/protocol";
import type { MessageHandler } from "../wire/DevicePort";
import type { Host } from "./Host";
import { TICK_MS } from "../time/TickScheduler";

/** The metro's period, and the Node interval's. */
export const FALLBACK_TICK_MS = TICK_MS;
/** How long without a bang while messages arrive before Node takes over the tick. */
export const FALLBACK_AFTER_MS = 200;
/** Watchdog beats with no bang that make the switch: the first period count past FALLBACK_AFTER_MS (12: 204 ms). */
export const SILENT_BEATS = Math.floor(FALLBACK_AFTER_MS / FALLBACK_TICK_MS) + 1;
/** Watchdog beats with no message after which it stops watching (about a second). */
export const IDLE_BEATS = 60;

/** Node's setInterval and clearInterval, or what a test gives in their place. */
export interface IntervalTimers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(timer: unknown): void;
}

/** `metro`: bangs tick; `watching`: a message came, the watchdog waits for a bang; `node`: the interval ticks. */
export type TickMode = "metro" | "watching" | "node";

export interface TickFallbackStats {
  /** Ticks the Node interval gave (catch-up ticks at the switch included). */
  nodeTicks: number;
  /** Ticks the metro's bangs gave. */
  metroTicks: number;
  /** Times Node took over the tick. */
  takeovers: number;
}

export class TickFallback {
  private state: TickMode = "metro";
  private timer: unknown = undefined;
  /** Watchdog beats since the last bang. */
  private silentBeats = 0;
  /** Watchdog beats since the last message. */
  private quietBeats = 0;
  private readonly tickHandlers: (() => void)[] = [];
  private readonly counts: TickFallbackStats = { nodeTicks: 0, metroTicks: 0, takeovers: 0 };

  constructor(
    private readonly timers: IntervalTimers,
    /** Told when Node takes over the tick and when the metro is back. */
    private readonly notify: (text: string) => void = () => undefined,
  ) {}

  get mode(): TickMode {
    return this.state;
  }

  get stats(): Readonly<TickFallbackStats> {
    return { ...this.counts };
  }

  /** What one tick runs (the app's `bang` handler). */
  onTick(handler: () => void): void {
    this.tickHandlers.push(handler);
  }

  /** A bang from [metro]. */
  bang(): void {
    if (this.state === "node") {
      this.stopTimer();
      this.notify(`the metro ticks again (Node gave ${this.counts.nodeTicks} ticks so far)`);
      this.state = "metro";
    }
    // Watching, the interval stays armed: messages come every tick while the song plays, and arming
    // and clearing a timer for each would cost more than the watch itself.
    this.silentBeats = 0;
    this.counts.metroTicks++;
    this.tick();
  }

  /** Any other message into node.script. */
  message(): void {
    this.quietBeats = 0;
    if (this.state !== "metro") return;
    this.state = "watching";
    this.silentBeats = 0;
    this.timer = this.timers.setInterval(() => this.beat(), FALLBACK_TICK_MS);
  }

  /** Stops the interval (the process is going away, or a test is done). */
  dispose(): void {
    this.stopTimer();
    this.state = "metro";
  }

  private beat(): void {
    if (this.state === "node") {
      this.counts.nodeTicks++;
      this.tick();
      return;
    }
    if (this.state !== "watching") return;
    // No message for a while: nothing to keep time for, the watch ends until the next message.
    if (++this.quietBeats >= IDLE_BEATS) {
      this.stopTimer();
      this.state = "metro";
      return;
    }
    if (++this.silentBeats < SILENT_BEATS) return;
    this.state = "node";
    this.counts.takeovers++;
    this.notify(`no metro tick for ${this.silentBeats * FALLBACK_TICK_MS} ms while messages arrive (Live's audio engine off?): Node's timer drives the tick`);
    for (let i = 0; i < this.silentBeats && this.state === "node"; i++) {
      this.counts.nodeTicks++;
      this.tick();
    }
  }

  private tick(): void {
    for (const handler of this.tickHandlers) handler();
  }

  private stopTimer(): void {
    if (this.timer !== undefined) this.timers.clearInterval(this.timer);
    this.timer = undefined;
  }
}

/**
 * The host the app sees: its `bang` handlers run through `fallback`, and every other handler first tells
 * `fallback` a message arrived. Nothing else about the host changes.
 */
export function withTickFallback(host: Host, fallback: TickFallback): Host {
  let bangRouted = false;
  return {
    ...host,
    on: (selector: string, handler: MessageHandler) => {
      if (selector === "bang") {
        fallback.onTick(() => handler());
        if (!bangRouted) host.on("bang", () => fallback.bang());
        bangRouted = true;
        return;
      }
      host.on(selector, (...atoms: Atom[]) => {
        fallback.message();
        handler(...atoms);
      });
    },
  };
}
