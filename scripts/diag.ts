import { generateLargeSet } from "../src/sim/live/generateLargeSet";
import { LiveSet } from "../src/sim/live/LiveSet";
import { Rig } from "../src/sim/max/Rig";
async function main() {
  const set = LiveSet.fromDescription(generateLargeSet({ tracks: 256, scenes: 128, seed: 1 }));
  const rig = new Rig({ set });
  await rig.start();
  await rig.advance(2000);
  const blocks = [...rig.ledger.blocks].sort((a, b) => b.ms.central - a.ms.central).slice(0, 5);
  for (const b of blocks) console.log(JSON.stringify(b));
  console.log("observers", set.observerCount);
  const m = rig.ledger.mark();
  const sent: string[] = [];
  rig.wire.tap((msg) => { if (msg.to === "shim") sent.push(msg.atoms.join(" ").slice(0, 400)); });
  set.createTrack("midi", 128, "added");
  await rig.settle();
  await rig.advance(200);
  const s = rig.ledger.since(m);
  console.log("add track", s.calls, s.blocks);
  for (const x of sent) console.log(x);
}
main();
