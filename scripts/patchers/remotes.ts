// The device's [live.remote~] pool, fed by the shim's second outlet (src/shim/remotes.ts): `<slot> id <n>`
// or `<slot> <value>`. [route 0 1 …] picks the slot; each slot's [route id] sends `id <n>` to its
// [live.remote~]'s right inlet (after [prepend id]: [route] strips the word it matched) and a value to its
// left inlet (Cycling '74 live.remote~ reference: "id nn" right, a number left).
import type { Box, PatcherBuilder } from "./PatcherBuilder";
import { REMOTE_OUTLET, REMOTE_SLOTS } from "../../src/wire/protocol";

export function wireRemotes(p: PatcherBuilder, shim: Box): void {
  p.section();
  const slots = Array.from({ length: REMOTE_SLOTS }, (_, slot) => String(slot));
  const bySlot = p.obj(`route ${slots.join(" ")}`);
  p.connect(shim, REMOTE_OUTLET, bySlot);
  for (let slot = 0; slot < REMOTE_SLOTS; slot++) {
    const split = p.obj("route id");
    const id = p.obj("prepend id");
    const remote = p.obj("live.remote~");
    p.connect(bySlot, slot, split);
    p.connect(split, 0, id);
    p.connect(id, 0, remote, 1);
    p.connect(split, 1, remote, 0);
  }
}
