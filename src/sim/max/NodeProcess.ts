// What a bundle sees as `process` in the rig: the real one for everything it reads (env, timers), but
// its own listeners, so each simulated Node process keeps its `unhandledRejection` and
// `uncaughtException` handlers to itself, and its stderr goes to the Max console as node.script
// forwards it.
type Listener = (...args: unknown[]) => void;

export class NodeProcess {
  private readonly listeners = new Map<string, Listener[]>();
  /** The object handed to the bundle as `process`. */
  readonly object: NodeJS.Process;

  constructor(stderr: (text: string) => void) {
    const fake = Object.create(process) as NodeJS.Process & Record<string, unknown>;
    const add = (event: string, listener: Listener) => {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return fake;
    };
    const remove = (event: string, listener: Listener) => {
      this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
      return fake;
    };
    const own: Record<string, unknown> = {
      on: add,
      addListener: add,
      once: add,
      off: remove,
      removeListener: remove,
      listenerCount: (event: string) => this.listeners.get(event)?.length ?? 0,
      stderr: { write: (text: unknown) => (stderr(String(text).replace(/\n$/, "")), true) },
    };
    // defineProperty: some of process's own properties (stderr) are getters that assignment cannot shadow.
    for (const [key, value] of Object.entries(own)) Object.defineProperty(fake, key, { value });
    this.object = fake;
  }

  /** Raises a process event; answers whether a listener took it (Node's default otherwise ends the process). */
  raise(event: "unhandledRejection" | "uncaughtException", error: Error): boolean {
    const listeners = this.listeners.get(event) ?? [];
    for (const listener of listeners) listener(error);
    return listeners.length > 0;
  }
}
