// A loop's re-fire Live refuses ends the loop and says so (issue 19, point 1): no action runner follows
// a turn, so the looper tells the refusal its step was answered, under the loop's title.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { MSG_BATCH } from "../../src/wire/protocol";
import { actionRig } from "../support/ec4";

test("a loop whose re-fire Live refuses (its scene deleted as the fire went) stops and says so under the loop's title", async () => {
  const r = await actionRig("flat"); // scene 0: a 1-bar and a 2-bar clip
  const scene = r.set.song.scenes[0]!;
  let fires = 0;
  // The musician deletes the scene just as its second fire, the loop's own, is on its way.
  r.rig.wire.tap(({ to, atoms }) => {
    if (to !== "shim" || atoms[0] !== MSG_BATCH || !atoms.some((a, i) => a === "fire" && atoms[i - 1] === scene.id)) return;
    if (++fires === 2) r.set.callFunction("live_set", "delete_scene", 0);
  });
  await r.play("scene.loop");
  assert.is(r.statuses().pop(), "info Scene 1 loops");
  await r.rig.advance(6_000);
  assert.is(fires, 2, "the re-fire reached Live, and no fire followed");
  const statuses = r.statuses();
  assert.match(statuses[statuses.length - 1] ?? "", /^warn Loop scene: Live refused fire \(.+\)$/, statuses.join("\n"));
  assert.is(r.app.seq.registry.size, 0, "the loop is over");
});

test.run();
