// The Max message wire between node.script, the [js] shim and the rest of the patcher. Max hands
// messages between node.script's process and the patcher asynchronously, so `send` only queues and
// `drain` delivers: a receiver never runs inside the sender's call. On delivery each message goes
// through what Max does to atoms on a cord: long string atoms are cut, strings are interned.
import { MAX_CUT_CHARS } from "../../wire/liveApiCosts";
import type { Atom } from "../../wire/protocol";
import { isProbeText } from "../../wire/protocol";
import { SymbolTable } from "./SymbolTable";

/** Where a message goes: node.script's inlet, the [js] shim's inlet, or the rest of the patcher. */
export type Endpoint = "node" | "shim" | "patcher";

export type Receiver = (atoms: Atom[]) => void;

/**
 * Every cord the rules apply to: the queued endpoints, plus cords delivered synchronously outside the
 * queue (a `messnamed` to [receive]s, an input device's [js] inlet, the input device's channel comment).
 */
export type Cord = Endpoint | "named" | "input" | "comment";

/** A string atom Max cut on its way: where it was going, its length before the cut, its message's selector. */
export interface CutAtom {
  to: Cord;
  length: number;
  selector: string;
}

/** One of the platform probe's deliberate atoms (protocol.ts probeText): where it went, how long, whether Max cut it. */
export interface ProbeAtom {
  to: Cord;
  length: number;
  cut: boolean;
}

export interface Message {
  to: Endpoint;
  atoms: Atom[];
  /** 0 when sent from outside any delivery, else one more than the delivery it was sent from. */
  generation: number;
}

export interface DirectionStats {
  messages: number;
  /** The message as Max text (atoms joined by spaces), UTF-8 encoded. */
  bytes: number;
}

export type WireStats = Record<Endpoint, DirectionStats>;

/**
 * How long a chain of messages, each sent while delivering the previous one, may grow before `drain`
 * calls it a livelock. Bursts (100,000 observer events answering one batch) stay shallow; a ping-pong
 * loop deepens by one each round.
 */
export const MAX_MESSAGE_CHAIN = 10_000;

export class Wire {
  /** Pending messages are queue[head..]; shifting a long array would make a burst quadratic. */
  private queue: Message[] = [];
  private head = 0;
  /** The generation of the message being delivered, or -1 outside deliveries. */
  private delivering = -1;
  private readonly receivers = new Map<Endpoint, Receiver>();
  private readonly taps: ((message: Message) => void)[] = [];
  readonly stats: WireStats = { node: zero(), shim: zero(), patcher: zero() };
  /** Every string atom cut on delivery, in order. */
  readonly cutAtoms: CutAtom[] = [];
  /**
   * The platform probe's atoms, exactly the probe's texts (protocol.ts PROBE_LENGTHS, probeText): they are
   * cut like any other, and the probe reports the cut, so they are kept out of `cutAtoms` (which fails the
   * rig) and out of `longestAtom` (the device's own traffic, which the 30,000-character budget holds).
   */
  readonly probeAtoms: ProbeAtom[] = [];
  /** The longest string atom delivered on each cord, before any cut (the 30,000-character budget reads it). */
  readonly longestAtom: Record<Cord, number> = { node: 0, shim: 0, patcher: 0, named: 0, input: 0, comment: 0 };

  /** `symbols`: the rig's symbol table, which every string atom delivered is interned in. */
  constructor(readonly symbols: SymbolTable = new SymbolTable()) {}

  /** The longest string atom delivered on any cord. */
  get maxAtomChars(): number {
    return Math.max(...Object.values(this.longestAtom));
  }

  /**
   * What Max does to a message on a cord, for cords delivered outside the queue: cuts string atoms longer
   * than MAX_CUT_CHARS to their first MAX_CUT_CHARS characters and records them, and interns every string.
   * adamjmurray/producer-pal hit "Unterminated string in JSON at position 32767" between [js]/[v8] and
   * node.script (it now splits at 30,000, src/shared/mcp-response-utils.ts); CNMAT/CNMAT-odot#316 reports
   * a long [js] string coming back truncated.
   */
  cross(to: Cord, atoms: readonly Atom[]): Atom[] {
    const delivered: Atom[] = [];
    for (const atom of atoms) {
      if (typeof atom !== "string") {
        delivered.push(atom);
        continue;
      }
      if (isProbeText(atom)) {
        const cut = atom.length > MAX_CUT_CHARS;
        this.probeAtoms.push({ to, length: atom.length, cut });
        delivered.push(cut ? atom.slice(0, MAX_CUT_CHARS) : atom);
        continue;
      }
      if (atom.length > this.longestAtom[to]) this.longestAtom[to] = atom.length;
      if (atom.length > MAX_CUT_CHARS) {
        const head = atoms[0];
        this.cutAtoms.push({ to, length: atom.length, selector: typeof head === "string" ? head.slice(0, 40) : String(head) });
        delivered.push(atom.slice(0, MAX_CUT_CHARS));
      } else delivered.push(atom);
    }
    this.symbols.internAtoms(delivered);
    return delivered;
  }

  connect(to: Endpoint, receiver: Receiver): void {
    this.receivers.set(to, receiver);
  }

  /** Sees every message as it is sent (tests use it to interleave deliveries). */
  tap(listener: (message: Message) => void): void {
    this.taps.push(listener);
  }

  send(to: Endpoint, atoms: Atom[]): void {
    const message = this.message(to, atoms);
    this.queue.push(message);
    for (const tap of this.taps) tap(message);
  }

  /**
   * Delivers one message right now, bypassing the queue, as a patcher wired synchronously would.
   * Only tests use it, to force a message into the middle of another delivery.
   */
  deliverNow(to: Endpoint, atoms: Atom[]): void {
    this.deliver(this.message(to, atoms));
  }

  /** Drops the queued messages for one endpoint (a killed process never gets them); answers how many. */
  discard(to: Endpoint): number {
    const pending = this.queue.slice(this.head);
    this.queue = pending.filter((m) => m.to !== to);
    this.head = 0;
    return pending.length - this.queue.length;
  }

  get idle(): boolean {
    return this.head === this.queue.length;
  }

  /** Delivers queued messages, FIFO, including those sent while delivering; answers how many. */
  drain(): number {
    let delivered = 0;
    while (this.head < this.queue.length) {
      const message = this.queue[this.head++];
      this.deliver(message);
      delivered++;
    }
    this.queue = [];
    this.head = 0;
    return delivered;
  }

  private message(to: Endpoint, atoms: Atom[]): Message {
    const message: Message = { to, atoms: [...atoms], generation: this.delivering + 1 };
    const stats = this.stats[to];
    stats.messages++;
    stats.bytes += Buffer.byteLength(atoms.join(" "), "utf8");
    return message;
  }

  private deliver(message: Message): void {
    if (message.generation > MAX_MESSAGE_CHAIN) {
      const sample = [message, ...this.queue.slice(this.head, this.head + 2)].map((m) => `${m.to} <- ${m.atoms.join(" ").slice(0, 80)}`);
      throw new Error(
        `Wire livelock: a chain of more than ${MAX_MESSAGE_CHAIN} messages, each sent on receiving the previous; next: ${sample.join(" | ")}`,
      );
    }
    const receiver = this.receivers.get(message.to);
    if (!receiver) throw new Error(`Wire: nothing connected to ${message.to}`);
    const outer = this.delivering;
    this.delivering = message.generation;
    try {
      receiver(this.cross(message.to, message.atoms));
    } finally {
      this.delivering = outer;
    }
  }
}

function zero(): DirectionStats {
  return { messages: 0, bytes: 0 };
}
