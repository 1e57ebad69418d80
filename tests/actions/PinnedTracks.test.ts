// What the track knob and the arm knob must keep to (issue 18, point 9), played as MIDI into the simulated
// Live: scrolling back from the master track, and arming an external synth only half armed.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { actionRig } from "../support/ec4";
import { prop, selectedTrackName, trackNamed } from "../support/liveState";

test("turning the track knob back from the master track reaches the last track (input tracks skipped)", async () => {
  const r = await actionRig("external-synth");
  r.set.selectTrack(r.set.song.master.id);
  assert.is(await r.play("nav.tracks", -1), 0);
  assert.is(selectedTrackName(r.set), "Drums", "the last track before the input tracks");
  r.set.selectTrack(r.set.song.master.id);
  await r.play("nav.tracks", 1);
  assert.is(selectedTrackName(r.set), "Prophet", "forward from outside the list: the first track");
});

for (const [armed, other] of [
  ["Prophet midi", "Prophet audio"],
  ["Prophet audio", "Prophet midi"],
] as const) {
  test(`the arm knob on an external synth with only its ${armed === "Prophet midi" ? "MIDI" : "audio"} track armed arms both halves`, async () => {
    const r = await actionRig("external-synth");
    r.set.setProperty(trackNamed(r.set, armed).id, "arm", 1);
    r.set.selectTrack(trackNamed(r.set, "Prophet midi").id);
    await r.play("track.arm");
    assert.is(prop(r.set, trackNamed(r.set, armed).id, "arm"), 1, `${armed} stays armed`);
    assert.is(prop(r.set, trackNamed(r.set, other).id, "arm"), 1, `${other} is armed`);
    assert.is(r.statuses().pop(), "info Prophet armed");
  });
}

test.run();
