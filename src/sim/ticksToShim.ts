// The latency budget of DESIGN.md, counted in metro ticks: how many ticks pass between a message
// into node.script and the first batch the bundle sends the shim that answers it.
import type { WireBatch } from "../wire/protocol";
import { decodeBatch, MSG_BATCH } from "../wire/protocol";
import type { Protocol0 } from "../host/Protocol0";
import { METRO_MS, type Rig } from "./max/Rig";

export async function ticksToShim(rig: Rig, app: Protocol0, send: () => void, answers: (batch: WireBatch) => boolean, maxTicks = 30): Promise<number | null> {
  const start = app.seq.ticks.currentTick;
  let arrivedAt: number | null = null;
  rig.wire.tap((message) => {
    if (arrivedAt !== null || message.to !== "shim" || message.atoms[0] !== MSG_BATCH) return;
    if (answers(decodeBatch(message.atoms.slice(1)))) arrivedAt = app.seq.ticks.currentTick;
  });
  send();
  await rig.settle();
  for (let tick = 0; arrivedAt === null && tick < maxTicks; tick++) await rig.advance(METRO_MS);
  return arrivedAt === null ? null : arrivedAt - start;
}
