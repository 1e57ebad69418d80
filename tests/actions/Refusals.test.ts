// A refusal is not reported as success (issue 13, point 9): when Live refuses a write the status line
// ends on what did not happen, under the title of the action run last.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { actionRig } from "../support/ec4";
import { trackNamed } from "../support/liveState";

test("Live refusing a write after a knob: the status line says what Live refused, under the knob's action", async () => {
  const r = await actionRig("demo");
  await r.play("transport.metronome");
  assert.is(r.statuses().pop(), "info Metronome on");
  // A group track has no arm: Live posts an error to the Max console and LiveAPI reports nothing, so
  // the refusal is seen in what Live answers (as for a write on a track deleted meanwhile).
  void r.app.mirror.set(trackNamed(r.set, "Keys").id, "Track", "arm", 1);
  await r.rig.settle();
  const last = r.statuses().pop() ?? "";
  assert.match(last, /^warn Metronome: Live refused arm of "Keys" \(.+\)$/, last);
  // Long after any knob, a refusal is the model's own write's: said without an action's title.
  await r.rig.advance(2_000);
  void r.app.mirror.set(trackNamed(r.set, "Keys").id, "Track", "arm", 1);
  await r.rig.settle();
  assert.match(r.statuses().pop() ?? "", /^warn Live refused arm of "Keys" \(.+\)$/);
});

test.run();
