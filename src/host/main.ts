// The Node for Max entry: the only file that imports max-api (injected by Max at run time).
import maxApi from "max-api";
import type { Host } from "./Host";
import { Protocol0 } from "./Protocol0";
import { TickFallback, withTickFallback } from "./TickFallback";
import { describeError } from "../log/ErrorText";

/**
 * A max-api call whose promise rejects (the socket to Max gone, a dict missing) must not become an
 * unhandled rejection: reported on stderr, which node.script shows in Max's console, and dropped.
 */
function caught(what: string, promise: Promise<unknown>): void {
  promise.catch((error: unknown) => reportFailure(`max-api ${what} failed`, error));
}

function reportFailure(what: string, error: unknown): void {
  const text = describeError(error);
  // Posting may be what failed: stderr cannot.
  process.stderr.write(`protocol0: ${what}: ${text}\n`);
}

const host: Host = {
  send: (selector, ...atoms) => caught("outlet", maxApi.outlet(selector, ...atoms)),
  on: (selector, handler) => maxApi.addHandler(selector, handler),
  post: (level, text) => {
    const maxLevel = level === "error" ? maxApi.POST_LEVELS.ERROR : level === "warn" ? maxApi.POST_LEVELS.WARN : maxApi.POST_LEVELS.INFO;
    caught("post", maxApi.post(text, maxLevel));
  },
  readDict: (name) => maxApi.getDict(name).catch((error: unknown) => {
    reportFailure(`max-api getDict ${name} failed`, error);
    return {};
  }),
  writeDict: (name, content) => caught("setDict", maxApi.setDict(name, content as never)),
};

/** Ticks from Node's own timer while [metro] is silent (Live's audio engine off): TickFallback.ts. */
export const ticks = new TickFallback({ setInterval, clearInterval }, (text) => app.log.info(text));

/** The running app; exported so the simulator's rig and the REPL can inspect it. */
export const app = new Protocol0(withTickFallback(host, ticks));

// Node exits on an uncaught exception and, since Node 15, on an unhandled rejection: a listener makes
// both a logged error instead, so one bad promise never takes the device down.
process.on("unhandledRejection", (reason) => app.log.error("unhandled rejection", reason));
process.on("uncaughtException", (error) => app.log.error("uncaught exception", error));

app.start();

/** Event classes, for tools that subscribe to the running app's bus (tests, REPL). */
export * as modelEvents from "../model/ModelEvents";
export * as beatEvents from "../events/BeatEvents";
