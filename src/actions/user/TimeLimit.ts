// A synchronous call that may never return (a user's `while (true)`): run under Node's vm timeout,
// which stops the script "before terminating execution ... an Error will be thrown" (Node's vm docs,
// script.runInContext, option `timeout`: https://nodejs.org/api/vm.html). The timeout covers every
// function the script calls, so the user's function is called from a one-line script in a context of
// its own. Node runs the timeout on a watchdog thread started for the call (the same docs: "non-zero
// performance overhead"): a press or a detent pays it once. Node for Max runs a full Node
// (https://docs.cycling74.com/max8/vignettes/04_n4m_jsdifferences: "full access to the Node JS API"),
// so node:vm is there; Node 16 and 20 behave alike (tests/actions/user run in both).
import vm from "node:vm";

const caller = vm.createContext({ call: (): unknown => undefined });
const script = new vm.Script("call()", { filename: "protocol0 user action" });

/** Node's code for a script stopped by its timeout. */
const TIMED_OUT = "ERR_SCRIPT_EXECUTION_TIMEOUT";

/** `fn()`, or an Error saying it took longer than `ms` and was stopped; its own throws pass through. */
export function withinTime<T>(ms: number, fn: () => T): T {
  const previous = caller["call"];
  caller["call"] = fn;
  try {
    return script.runInContext(caller, { timeout: ms }) as T;
  } catch (error) {
    // The timeout's error comes from the other context (not an instanceof Error here): told afresh.
    if ((error as { code?: unknown } | null)?.code === TIMED_OUT) throw new Error(`it ran longer than ${ms} ms and was stopped`);
    throw error;
  } finally {
    caller["call"] = previous;
  }
}
