// The Max message wire between node.script, the [js] shim and the rest of the patcher. Max hands
// messages between node.script's process and the patcher asynchronously, so `send` only queues and
// `drain` delivers: a receiver never runs inside the sender's call.
import type { Atom } from "../../lom/protocol";

/** Where a message goes: node.script's inlet, the [js] shim's inlet, or the rest of the patcher. */
export type Endpoint = "node" | "shim" | "patcher";

export type Receiver = (atoms: Atom[]) => void;

export interface Message {
  to: Endpoint;
  atoms: Atom[];
}

export interface DirectionStats {
  messages: number;
  /** The message as Max text (atoms joined by spaces), UTF-8 encoded. */
  bytes: number;
}

export type WireStats = Record<Endpoint, DirectionStats>;

/** Deliveries one `drain` may make before it gives up on a message loop. */
export const MAX_DELIVERIES_PER_DRAIN = 100_000;

export class Wire {
  private queue: Message[] = [];
  private readonly receivers = new Map<Endpoint, Receiver>();
  private readonly taps: ((message: Message) => void)[] = [];
  readonly stats: WireStats = { node: zero(), shim: zero(), patcher: zero() };

  connect(to: Endpoint, receiver: Receiver): void {
    this.receivers.set(to, receiver);
  }

  /** Sees every message as it is sent (tests use it to interleave deliveries). */
  tap(listener: (message: Message) => void): void {
    this.taps.push(listener);
  }

  send(to: Endpoint, atoms: Atom[]): void {
    const message: Message = { to, atoms: [...atoms] };
    this.count(message);
    this.queue.push(message);
    for (const tap of this.taps) tap(message);
  }

  /**
   * Delivers one message right now, bypassing the queue, as a patcher wired synchronously would.
   * Only tests use it, to force a message into the middle of another delivery.
   */
  deliverNow(to: Endpoint, atoms: Atom[]): void {
    this.count({ to, atoms });
    this.receiverFor(to)([...atoms]);
  }

  /** Drops the queued messages for one endpoint (a killed process never gets them); answers how many. */
  discard(to: Endpoint): number {
    const before = this.queue.length;
    this.queue = this.queue.filter((m) => m.to !== to);
    return before - this.queue.length;
  }

  get idle(): boolean {
    return this.queue.length === 0;
  }

  /** Delivers queued messages, FIFO, including those sent while delivering; answers how many. */
  drain(): number {
    let delivered = 0;
    while (this.queue.length > 0) {
      if (delivered === MAX_DELIVERIES_PER_DRAIN) {
        const sample = this.queue.slice(0, 3).map((m) => `${m.to} <- ${m.atoms.join(" ").slice(0, 80)}`);
        throw new Error(`Wire livelock: more than ${MAX_DELIVERIES_PER_DRAIN} deliveries in one drain; next: ${sample.join(" | ")}`);
      }
      const message = this.queue.shift() as Message;
      this.receiverFor(message.to)(message.atoms);
      delivered++;
    }
    return delivered;
  }

  private count(message: Message): void {
    const stats = this.stats[message.to];
    stats.messages++;
    stats.bytes += Buffer.byteLength(message.atoms.join(" "), "utf8");
  }

  private receiverFor(to: Endpoint): Receiver {
    const receiver = this.receivers.get(to);
    if (!receiver) throw new Error(`Wire: nothing connected to ${to}`);
    return receiver;
  }
}

function zero(): DirectionStats {
  return { messages: 0, bytes: 0 };
}
