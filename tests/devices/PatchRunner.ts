// Carries messages through generated patchers, following their cords, to check the wiring end to end.
// It implements the message objects the devices use as their Max reference pages describe them
// (docs.cycling74.com/reference/<object>: route's extra inlets replace its arguments, prepend's `set`
// replaces its message, trigger fires right to left, a message box fills in $1..$9, zl.reg stores from
// its right inlet and outputs on bang, `zlclear` empties it, gate opens on a non-zero left inlet and
// starts at its second argument, [i] and [+] store their right inlet and output on the left, [delay]
// bangs after its time of virtual time (`advance`), an int setting it, `stop` cancelling); a box given a
// script (`script`: the real [js] file) hands it what reaches it; every other box is a sink that records
// what reaches it. Global [send]/[receive] names join patchers.
import { type MaxBox, type MaxPatcher, objectName } from "../../scripts/patchers/MaxPatcher";

export type Atom = string | number;
export type Message = Atom[];

export interface Arrival {
  box: MaxBox;
  inlet: number;
  message: Message;
}

function atoms(words: string[]): Message {
  return words.map((word) => (/^-?\d+(\.\d+)?$/.test(word) ? Number(word) : word));
}

function args(box: MaxBox): Message {
  return atoms((box.text ?? "").split(" ").slice(1).filter((word) => !word.startsWith("@")));
}

export class PatchRunner {
  readonly arrivals: Arrival[] = [];
  private readonly state = new Map<string, Message>();
  /** Virtual time, and when each running [delay] bangs. */
  private now = 0;
  private readonly delays = new Map<MaxBox, number>();
  /** Boxes run by a real script: what reaches their inlets goes to it. */
  private readonly scripts = new Map<MaxBox, (inlet: number, message: Message) => void>();

  constructor(private readonly patchers: MaxPatcher[]) {}

  /** Boxes of every patcher matching `predicate`. */
  find(predicate: (box: MaxBox) => boolean): MaxBox[] {
    return this.patchers.flatMap((patcher) => patcher.boxes.map(({ box }) => box)).filter(predicate);
  }

  /** The one box whose object text or class is `key`. */
  one(key: string): MaxBox {
    const found = this.find((box) => box.text === key || box.maxclass === key);
    if (found.length !== 1) throw new Error(`${found.length} boxes match ${key}`);
    return found[0] as MaxBox;
  }

  /** The box `id` of the `index`th patcher. */
  box(index: number, id: string): MaxBox {
    const found = this.patchers[index]?.boxes.find(({ box }) => box.id === id);
    if (!found) throw new Error(`no box ${id} in patcher ${index}`);
    return found.box;
  }

  /** Hands what reaches `box` to `run` (the real file a [js] box loads), which answers with `emit`. */
  script(box: MaxBox, run: (inlet: number, message: Message) => void): void {
    this.scripts.set(box, run);
  }

  /** Messages that reached `box` (at `inlet`, if given) since the last `clear`. */
  take(box: MaxBox, inlet?: number): Message[] {
    const got = this.arrivals.filter((a) => a.box === box && (inlet === undefined || a.inlet === inlet));
    return got.map((a) => a.message);
  }

  clear(): void {
    this.arrivals.length = 0;
  }

  /** Moves virtual time by `ms`, banging each [delay] that comes due, in time order. */
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.delays].filter(([, at]) => at <= until).sort((a, b) => a[1] - b[1])[0];
      if (!due) break;
      this.now = due[1];
      this.delays.delete(due[0]);
      this.emit(due[0], 0, ["bang"]);
    }
    this.now = until;
  }

  /** Whether a [delay] is running. */
  pending(box: MaxBox): boolean {
    return this.delays.has(box);
  }

  /** `box` sends `message` out of `outlet`. */
  emit(box: MaxBox, outlet: number, message: Message): void {
    const patcher = this.patcherOf(box);
    for (const { patchline } of patcher.lines) {
      if (patchline.source[0] !== box.id || patchline.source[1] !== outlet) continue;
      const target = patcher.boxes.find(({ box: candidate }) => candidate.id === patchline.destination[0]);
      if (!target) throw new Error(`cord to missing box ${patchline.destination[0]}`);
      this.deliver(target.box, patchline.destination[1], message);
    }
  }

  private patcherOf(box: MaxBox): MaxPatcher {
    const patcher = this.patchers.find((candidate) => candidate.boxes.some((entry) => entry.box === box));
    if (!patcher) throw new Error(`box ${box.id} is in no patcher`);
    return patcher;
  }

  /** A box's arguments as changed at run time ([route]'s right inlets, [prepend]'s `set`). */
  private argsOf(box: MaxBox): Message {
    return this.state.get(`${box.id}:args`) ?? args(box);
  }

  private deliver(box: MaxBox, inlet: number, message: Message): void {
    this.arrivals.push({ box, inlet, message });
    const name = objectName(box);
    const a = this.argsOf(box);
    switch (name) {
      case "route": {
        if (inlet > 0) {
          const changed = [...a];
          changed[inlet - 1] = message[0] as Atom;
          return void this.state.set(`${box.id}:args`, changed);
        }
        const index = a.findIndex((arg) => String(arg) === String(message[0]));
        if (index < 0) return this.emit(box, a.length, message);
        const rest = message.slice(1);
        return this.emit(box, index, rest.length > 0 ? rest : ["bang"]);
      }
      case "prepend":
        if (message[0] === "set") return void this.state.set(`${box.id}:args`, message.slice(1));
        return this.emit(box, 0, [...a, ...message]);
      case "t":
      case "trigger":
        // Right to left, as Max fires a trigger's outlets.
        for (let outlet = a.length - 1; outlet >= 0; outlet--) {
          this.emit(box, outlet, a[outlet] === "b" ? ["bang"] : message);
        }
        return;
      case "unpack":
        for (let outlet = Math.min(a.length, message.length) - 1; outlet >= 0; outlet--) {
          const atom = message[outlet] as Atom;
          if (a[outlet] === "s" && typeof atom !== "string") throw new Error(`[${box.text}]: ${atom} is not a symbol`);
          this.emit(box, outlet, [atom]);
        }
        return;
      case "message": {
        // $1..$9 take the incoming message's atoms.
        const words = (box.text ?? "").split(" ").map((word) => {
          const dollar = /^\$(\d)$/.exec(word);
          return dollar ? String(message[Number(dollar[1]) - 1] ?? 0) : word;
        });
        return this.emit(box, 0, atoms(words));
      }
      case "zl.reg":
        if (message[0] === "zlclear") return void this.state.delete(box.id);
        if (inlet === 1) return void this.state.set(box.id, message);
        if (message[0] !== "bang") this.state.set(box.id, message);
        return void (this.state.has(box.id) && this.emit(box, 0, this.state.get(box.id) ?? []));
      case "iter":
        for (const atom of message) this.emit(box, 0, [atom]);
        return;
      case "mousefilter":
        // The runner has no mouse: it is always up, so every number passes (a typed one).
        return this.emit(box, 0, message);
      case "gate": {
        if (inlet === 0) return void this.state.set(box.id, message);
        const open = Number(this.state.get(box.id)?.[0] ?? a[1] ?? 0);
        if (open > 0) this.emit(box, open - 1, message);
        return;
      }
      case "pattr": {
        if (message[0] === "set") return void this.state.set(box.id, message.slice(1));
        if (message[0] !== "bang") this.state.set(box.id, message);
        return this.emit(box, 0, this.state.get(box.id) ?? []);
      }
      case "i":
      case "+": {
        const right = Number(this.state.get(`${box.id}:right`)?.[0] ?? (name === "+" ? a[0] : 0) ?? 0);
        if (inlet === 1) return void this.state.set(`${box.id}:right`, [Number(message[0])]);
        if (name === "i") {
          if (message[0] !== "bang") this.state.set(`${box.id}:right`, [Number(message[0])]);
          return this.emit(box, 0, [message[0] === "bang" ? right : Number(message[0])]);
        }
        const left = message[0] === "bang" ? Number(this.state.get(box.id)?.[0] ?? 0) : Number(message[0]);
        this.state.set(box.id, [left]);
        return this.emit(box, 0, [left + right]);
      }
      case "delay": {
        if (message[0] === "stop") return void this.delays.delete(box);
        if (inlet === 1) return void this.state.set(`${box.id}:time`, [Number(message[0])]);
        const time = typeof message[0] === "number" ? message[0] : Number(this.state.get(`${box.id}:time`)?.[0] ?? a[0] ?? 0);
        this.state.set(`${box.id}:time`, [time]);
        return void this.delays.set(box, this.now + time);
      }
      case "send":
        for (const receive of this.find((other) => objectName(other) === "receive" && args(other)[0] === a[0])) {
          this.emit(receive, 0, message);
        }
        return;
      default:
        return void this.scripts.get(box)?.(inlet, message); // else a sink: node.script, js, UI boxes, metro, print, dialogs, midiout
    }
  }
}
