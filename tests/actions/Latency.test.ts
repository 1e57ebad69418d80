// DESIGN.md: a knob press whose action needs no wait reaches the shim in the tick it arrived.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ticksToShim } from "../../src/sim/ticksToShim";
import { actionRig } from "../support/ec4";

test("a metronome press reaches the shim with 0 ticks of added latency", async () => {
  const r = await actionRig("demo");
  const knob = r.ec4.knobFor("transport.metronome", "press")!;
  const ticks = await ticksToShim(
    r.rig,
    r.app,
    () => r.ec4.down(knob.group, knob.position),
    (batch) => batch.ops.some((op) => op.op === "set" && op.prop === "metronome"),
  );
  assert.is(ticks, 0);
});

test.run();
