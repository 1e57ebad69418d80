// The Node for Max entry: the only file that imports max-api (injected by Max at run time).
import maxApi from "max-api";
import type { Host } from "./Host";
import { Protocol0 } from "../Protocol0";
import { TickFallback, withTickFallback } from "./TickFallback";

const host: Host = {
  send: (selector, ...atoms) => void maxApi.outlet(selector, ...atoms),
  on: (selector, handler) => maxApi.addHandler(selector, handler),
  post: (level, text) => {
    const maxLevel = level === "error" ? maxApi.POST_LEVELS.ERROR : level === "warn" ? maxApi.POST_LEVELS.WARN : maxApi.POST_LEVELS.INFO;
    void maxApi.post(text, maxLevel);
  },
};

/** Ticks from Node's own timer while [metro] is silent (Live's audio engine off): TickFallback.ts. */
export const ticks = new TickFallback({ setInterval, clearInterval }, (text) => app.log.info(text));

/** The running app; exported so the simulator's rig and the REPL can inspect it. */
export const app = new Protocol0(withTickFallback(host, ticks));
app.start();

/** Event classes, for tools that subscribe to the running app's bus (tests, REPL). */
export * as modelEvents from "../model/ModelEvents";
export * as beatEvents from "../events/BeatEvents";
