// The watchdog: node.script started again after its script terminated, then the Restart button.
import type { Box, PatcherBuilder } from "./PatcherBuilder";
import { GAVE_UP_STATUS, RESTART_BACKOFF_MS, RESTART_BUTTON, STABLE_MS } from "../../src/wire/DeviceMessages";
import { RESTART_RECT, TEXT } from "./mainLayout";

/**
 * Restarts a script that terminated: `script start` into node.script after RESTART_BACKOFF_MS[n] for
 * the nth attempt in a row, then an error on the status line and the Restart button. An int into
 * [delay]'s left inlet sets its time and starts it, `stop` cancels it (https://docs.cycling74.com/reference/delay).
 * node.script may restart a crashed script by itself ("Automatic Restarting", the lifecycle page):
 * its `restarting` or `start` cancels the pending restart. Answers the box the status line's give-up
 * message leaves from, and the device's [thispatcher], which shows and hides boxes by name.
 */
export function wireWatchdog(p: PatcherBuilder, node: Box, lifecycle: Box, onReady: Box): { gaveUp: Box; patcher: Box } {
  p.section();
  const { attempts, backoff, start } = wireBackoff(p, node, lifecycle);
  const reset = wireStableReset(p, lifecycle, onReady, attempts);
  const { patcher, hide, status } = wireGiveUp(p, backoff, onReady);
  wireRestartButton(p, { reset, start, hide });
  return { gaveUp: status, patcher };
}

/**
 * Counts the terminations in a row ([i] → [t i i] → [+ 1] back into [i]'s right inlet) and sends
 * `script start` after that attempt's delay; [route]'s last outlet is an attempt past the last delay.
 */
function wireBackoff(p: PatcherBuilder, node: Box, lifecycle: Box): { attempts: Box; backoff: Box; start: Box } {
  const attempts = p.obj("i");
  const nextAttempt = p.obj("+ 1");
  const attempt = p.obj("t i i");
  const died = p.obj("t b");
  p.connect(lifecycle, 1, died);
  p.connect(died, 0, attempts);
  p.connect(attempts, 0, attempt);
  p.connect(attempt, 1, nextAttempt);
  p.connect(nextAttempt, 0, attempts, 1);
  const backoff = p.obj(`route ${RESTART_BACKOFF_MS.map((_, index) => index).join(" ")}`);
  p.connect(attempt, 0, backoff);
  const later = p.obj("delay");
  RESTART_BACKOFF_MS.forEach((ms, index) => {
    const wait = p.msg(String(ms));
    p.connect(backoff, index, wait);
    p.connect(wait, 0, later);
  });
  const start = p.msg("script start");
  p.connect(later, 0, start);
  p.connect(start, 0, node);
  const cancel = p.msg("stop");
  p.connect(cancel, 0, later);
  p.connect(lifecycle, 2, cancel);
  p.connect(lifecycle, 3, cancel);
  return { attempts, backoff, start };
}

/** Once it has run STABLE_MS, a script that dies again starts from the first delay: answers the reset. */
function wireStableReset(p: PatcherBuilder, lifecycle: Box, onReady: Box, attempts: Box): Box {
  const stable = p.obj(`delay ${STABLE_MS}`);
  const reset = p.msg("0");
  p.connect(onReady, 0, stable);
  p.connect(stable, 0, reset);
  p.connect(reset, 0, attempts, 1);
  const unstable = p.msg("stop");
  p.connect(unstable, 0, stable);
  for (let outlet = 0; outlet < 4; outlet++) p.connect(lifecycle, outlet, unstable);
  return reset;
}

/**
 * Out of attempts: say so and show the button; p0_ready hides it again. `script show|hide <name>` to
 * [thispatcher] acts on the box of that scripting name (its varname).
 */
function wireGiveUp(p: PatcherBuilder, backoff: Box, onReady: Box): { patcher: Box; hide: Box; status: Box } {
  const patcher = p.obj("thispatcher", { save: ["#N", "thispatcher", ";", "#Q", "end", ";"] });
  const gaveUp = p.obj("t b b");
  p.connect(backoff, RESTART_BACKOFF_MS.length, gaveUp);
  const show = p.msg(`script show ${RESTART_BUTTON}`);
  const hide = p.msg(`script hide ${RESTART_BUTTON}`);
  p.connect(gaveUp, 1, show);
  p.connect(show, 0, patcher);
  p.connect(onReady, 0, hide);
  p.connect(hide, 0, patcher);
  // Into the status line's level router, like the bundle's `status <level> <text>`.
  const status = p.msg(GAVE_UP_STATUS);
  p.connect(gaveUp, 0, status);
  return { patcher, hide, status };
}

/** The button: a Hidden live.text, hidden until needed; a click starts over from the first delay. */
function wireRestartButton(p: PatcherBuilder, to: { reset: Box; start: Box; hide: Box }): void {
  const { reset, start, hide } = to;
  const button = p.param(
    "live.text",
    RESTART_RECT,
    {
      longname: RESTART_BUTTON,
      shortname: RESTART_BUTTON,
      type: 2,
      visibility: 2,
      enums: ["off", "on"],
      info: { name: "Restart", text: "Starts Protocol0's script again after it stopped and did not restart by itself." },
    },
    { mode: 0, text: RESTART_BUTTON, texton: RESTART_BUTTON, hidden: 1, ...TEXT },
  );
  const manual = p.obj("t b b");
  p.connect(button, 0, manual);
  p.connect(manual, 1, reset);
  p.connect(manual, 0, start);
  p.connect(manual, 0, hide);
}
