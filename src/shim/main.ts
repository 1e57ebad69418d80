// The [js] LiveAPI shim: the only code touching LiveAPI. Max calls the top-level functions below by
// message name; none of them may throw. ES5 only (Max's old JavaScript engine).
//
// Batches wait in two queues, foreground (knob actions) first, then background (sync walks). A block
// (one message handled, or one Task callback) runs ops until the next would pass BLOCK_BUDGET, sends
// one reply chunk per batch it advanced, and schedules a Task to go on: [js] runs on Live's interface
// thread, so a long handler freezes Live's window (Cycling '74 "jsthreading").
import type { Atom } from "../wire/protocol";
import { BATCH_ERROR, decodeBatch, MAX_MESSAGE_ATOMS, MSG_READY, MSG_REPLY } from "../wire/protocol";
import { beginBlock } from "./budget";
import { inNotification } from "./observers";
import { jobOf, parseSpec, type Job, type SpecTable } from "./ops";
import { describe, forgetPointed } from "./target";
import { releaseAll } from "./remotes";
import { closeLeftUndoSteps } from "./undoSteps";
import { countHeld, takeHeldReport } from "./held";

inlets = 1;
/** 0: the bundle; REMOTE_OUTLET: the [live.remote~] pool (remotes.ts). */
outlets = 2;

interface Pending {
  rid: number;
  jobs: Job[];
  next: number;
  /** Result atoms of this block, sent as one chunk at its end. */
  out: Atom[];
}

var liveReady = false;
var specs: SpecTable = {};
var foreground: Pending[] = [];
var background: Pending[] = [];
var running = false;
var task: Task | null = null;

/** [live.thisdevice] has banged: LiveAPI may now be used (it bangs again when a preset loads). */
function ready(): void {
  var fresh = !liveReady;
  liveReady = true;
  outlet(0, MSG_READY, fresh ? 1 : 0);
}

/** Sent by a (re)started bundle; answered only once LiveAPI is usable, otherwise `ready` answers later. */
function lom_hello(): void {
  if (!liveReady) return;
  try {
    releaseAll();
    closeLeftUndoSteps();
  } catch (cause) {
    error("lom-shim: closing the previous script's undo steps: " + describe(cause) + "\n");
  }
  outlet(0, MSG_READY, 0);
}

/** `midi_held <message…>`: the inbox [gate] turned a controller message away (held.ts). */
function midi_held(): void {
  countHeld();
}

/** `midi_report`: the script is ready and its gate open: it learns how many were held (held.ts). */
function midi_report(): void {
  var report = takeHeldReport();
  if (report) outlet(0, report);
}

/** `lom_spec <index> <json>`: a snapshot spec, registered once, named by index in later batches. */
function lom_spec(index: Atom, json: Atom): void {
  try {
    specs[String(index)] = parseSpec(json);
  } catch (cause) {
    error("lom-shim: snapshot spec " + index + ": " + describe(cause) + "\n");
  }
}

/** `lom_batch <rid> <priority> <op>...` */
function lom_batch(): void {
  try {
    receive(arrayfromargs(arguments) as Atom[]);
  } catch (cause) {
    error("lom-shim: " + describe(cause) + "\n");
  }
}

/** Any other message: report it instead of Max's bare "no function" complaint. */
function anything(): void {
  error("lom-shim: unknown message " + messagename + "\n");
}

function receive(atoms: Atom[]): void {
  var rid = typeof atoms[0] === "number" ? (atoms[0] as number) : -1;
  var batch;
  try {
    batch = decodeBatch(atoms);
  } catch (cause) {
    return refuse(rid, describe(cause));
  }
  if (!liveReady) return refuse(batch.rid, "LiveAPI is not ready yet");
  // A reset is a barrier: what was queued before it belongs to a bundle that has restarted or resynced
  // (its client has refused it already), and must not run after it (its observers would stay active).
  if (hasReset(batch.ops)) {
    foreground = [];
    background = [];
  }
  var pending: Pending = { rid: batch.rid, jobs: [], next: 0, out: [] };
  // Specs are looked up now: a restarted bundle may register other specs under the same index later.
  for (var i = 0; i < batch.ops.length; i++) pending.jobs.push(jobOf(batch.ops[i], specs));
  (batch.priority === 1 ? foreground : background).push(pending);
  // A message arriving while a block runs (sent from a notification the block caused) waits for it.
  if (!running) runBlock();
}

function hasReset(ops: { op: string }[]): boolean {
  for (var i = 0; i < ops.length; i++) if (ops[i].op === "reset") return true;
  return false;
}

function refuse(rid: number, message: string): void {
  outlet(0, [MSG_REPLY, rid, 1, BATCH_ERROR, message]);
}

function runBlock(): void {
  running = true;
  beginBlock();
  // The user may have changed the set since the last block: re-target before reading.
  forgetPointed();
  var advanced: Pending[] = [];
  try {
    work(advanced);
  } catch (cause) {
    error("lom-shim: " + describe(cause) + "\n");
  } finally {
    running = false;
  }
  for (var i = 0; i < advanced.length; i++) sendChunk(advanced[i]);
  if (foreground.length > 0 || background.length > 0) schedule();
}

/** Runs ops, foreground first, until the block's budget stops one or a write must wait for the next tick. */
function work(advanced: Pending[]): void {
  for (;;) {
    var queue = foreground.length > 0 ? foreground : background;
    var batch = queue[0];
    if (!batch) return;
    if (advanced.indexOf(batch) < 0) advanced.push(batch);
    var job = batch.jobs[batch.next];
    if (job) {
      // Live refuses writes made from a notification ("Changes cannot be triggered by notifications"):
      // the write and everything after it wait for the Task, so replies keep their order.
      if (job.write && inNotification()) return;
      if (!job.step(batch.out)) return;
      batch.next++;
    }
    if (batch.next >= batch.jobs.length) queue.shift();
  }
}

/** Sends what the block added to a batch's reply, in pieces of at most MAX_MESSAGE_ATOMS atoms. */
function sendChunk(batch: Pending): void {
  var final = batch.next >= batch.jobs.length;
  var out = batch.out;
  batch.out = [];
  var start = 0;
  do {
    var end = Math.min(out.length, start + MAX_MESSAGE_ATOMS);
    var last = end >= out.length;
    if (!last || final || end > start) outlet(0, ([MSG_REPLY, batch.rid, last && final ? 1 : 0] as Atom[]).concat(out.slice(start, end)));
    start = end;
  } while (start < out.length);
}

function schedule(): void {
  if (!task) task = new Task(runTask);
  task.schedule(0);
}

function runTask(): void {
  try {
    runBlock();
  } catch (cause) {
    error("lom-shim: " + describe(cause) + "\n");
  }
}
