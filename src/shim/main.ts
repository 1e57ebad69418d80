// The [js] LiveAPI shim: the only code touching LiveAPI. Max calls the top-level functions below by
// message name; none of them may throw. ES5 only (Max's old JavaScript engine).
import type { Batch, OpResult, Reply } from "../lom/protocol";
import { MSG_READY, MSG_REPLY } from "../lom/protocol";
import { inNotification } from "./observers";
import { isWrite, runOp } from "./ops";
import { describe } from "./target";

inlets = 1;
outlets = 1;

var liveReady = false;
/** Batches waiting for the next scheduler tick, in arrival order. */
var deferred: Batch[] = [];
var deferTask: Task | null = null;

/** [live.thisdevice] has banged: LiveAPI may now be used. */
function ready(): void {
  liveReady = true;
  outlet(0, MSG_READY);
}

/** Sent by a (re)started bundle; answered only once LiveAPI is usable, otherwise `ready` answers later. */
function lom_hello(): void {
  if (liveReady) outlet(0, MSG_READY);
}

function lom_batch(json: string): void {
  try {
    receive(json);
  } catch (cause) {
    error("lom-shim: " + describe(cause) + "\n");
  }
}

/** Any other message: report it instead of Max's bare "no function" complaint. */
function anything(): void {
  error("lom-shim: unknown message " + messagename + "\n");
}

function receive(json: string): void {
  var batch = parse(json);
  if (!batch) return;
  if (!liveReady) return reply({ rid: batch.rid, r: [], e: "LiveAPI is not ready yet" });
  // Live refuses writes made from a notification; later batches wait too so replies keep their order.
  if (deferred.length > 0 || (inNotification() && hasWrite(batch))) return defer(batch);
  run(batch);
}

/** A well-formed batch, or null after replying with the whole-batch error. */
function parse(json: string): Batch | null {
  var batch: Batch;
  try {
    batch = JSON.parse(String(json));
  } catch (cause) {
    reply({ rid: -1, r: [], e: "malformed batch JSON: " + describe(cause) });
    return null;
  }
  if (!batch || typeof batch !== "object" || typeof batch.rid !== "number") {
    reply({ rid: -1, r: [], e: "batch needs a numeric rid" });
    return null;
  }
  if (!Array.isArray(batch.ops)) {
    reply({ rid: batch.rid, r: [], e: "batch needs an ops array" });
    return null;
  }
  return batch;
}

function hasWrite(batch: Batch): boolean {
  for (var i = 0; i < batch.ops.length; i++) if (isWrite(batch.ops[i])) return true;
  return false;
}

function defer(batch: Batch): void {
  deferred.push(batch);
  if (!deferTask) deferTask = new Task(runDeferred);
  deferTask.schedule(0);
}

function runDeferred(): void {
  while (deferred.length > 0) {
    var batch = deferred.shift() as Batch;
    try {
      run(batch);
    } catch (cause) {
      error("lom-shim: " + describe(cause) + "\n");
    }
  }
}

function run(batch: Batch): void {
  var results: OpResult[] = [];
  for (var i = 0; i < batch.ops.length; i++) results.push(runOp(batch.ops[i]));
  reply({ rid: batch.rid, r: results });
}

function reply(message: Reply): void {
  outlet(0, MSG_REPLY, JSON.stringify(message));
}
