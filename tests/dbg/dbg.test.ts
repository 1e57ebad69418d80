import { test } from "uvu";
import { recorder } from "../actions/recording/recordingRig";
import { recordingSet } from "../actions/recording/sets";
test("dbg", async () => {
  const r = await recorder(recordingSet({ scenes: 1, tracks: [{ name: "Keys", type: "midi", clips: [{ slot: 0, length: 4 }] }] }));
  const id = r.set.song.tracks[0]!.id;
  const app = (r as any).app;
  r.rig.wire.tap((m) => { if (m.to === "shim" || m.to === "node") console.log(m.to, JSON.stringify(m.atoms).slice(0, 300)); });
  await r.gesture("record.normal");
  console.log("loaded", app.mirror.isLoaded(id, "clip_slots"), app.mirror.children(id, "Track", "clip_slots"));
  await r.bars(0.2);
  console.log("loaded", app.mirror.isLoaded(id, "clip_slots"), app.mirror.children(id, "Track", "clip_slots"));
});
test.run();
