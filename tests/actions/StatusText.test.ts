// The status line says what happened, not the action's title (issue 13, point 8): knobs played on the
// virtual EC4, the status line read as the patcher receives it, values compared with Live's own.
import { test } from "uvu";
import defaultMapping from "../../src/control/defaultMapping.json";
import * as assert from "uvu/assert";
import { actionRig, type ActionRig } from "../support/ec4";
import { prop, trackNamed } from "../support/liveState";

const last = (r: ActionRig): string | undefined => r.statuses().pop();

test("transport knobs say the tempo and the metronome", async () => {
  const r = await actionRig("flat");
  await r.play("transport.tempo", 4);
  assert.is(last(r), `info Tempo ${prop(r.set, "live_set", "tempo")} BPM`);
  await r.play("transport.metronome");
  assert.is(last(r), "info Metronome on");
  const channels = new Set(defaultMapping.groups.map((group) => group.addressing.channel)).size;
  assert.is(r.app.objects.inputTracks.size, channels, "the knobs came through the input devices of the group channels");
  await r.play("transport.metronome");
  assert.is(last(r), "info Metronome off");
});

test("the recording length knob says the length", async () => {
  const r = await actionRig("flat");
  await r.play("record.barLength", 1);
  assert.is(last(r), "info Recording length 2 bars");
});

test("a volume turn shows its share at once, then Live's own text for it once the turn ends", async () => {
  const r = await actionRig("flat");
  const bass = trackNamed(r.set, "Bass");
  r.set.selectTrack(bass.id);
  await r.rig.advance(200);
  await r.ec4.play("track.volume", 3);
  await r.rig.advance(100);
  assert.match(last(r) ?? "", /^info Volume Bass \d+%$/);
  await r.rig.advance(1_000);
  const volume = `live_set tracks ${r.set.song.tracks.indexOf(bass)} mixer_device volume`;
  const text = r.set.callFunction(volume, "str_for_value", prop(r.set, volume, "value"));
  assert.is(last(r), `info Volume Bass ${String(text)}`);
});

test("Live's text for a turned volume never hides what another knob said after it", async () => {
  const r = await actionRig("flat");
  r.set.selectTrack(trackNamed(r.set, "Bass").id);
  await r.rig.advance(200);
  await r.ec4.play("track.volume", 3);
  await r.rig.advance(50);
  await r.ec4.play("transport.metronome");
  await r.rig.advance(1_500);
  assert.is(last(r), "info Metronome on");
});

test("arm and scene knobs name what they changed", async () => {
  const r = await actionRig("flat");
  r.set.selectTrack(trackNamed(r.set, "Bass").id);
  await r.play("track.arm");
  assert.is(last(r), "info Bass armed");
  await r.play("scene.create");
  assert.match(last(r) ?? "", /^info Scene \d+ created$/);
});

test("a recording counts its bars on the status line and says when it is done", async () => {
  const r = await actionRig("flat");
  r.set.selectTrack(trackNamed(r.set, "Bass").id);
  await r.play("record.barLength", 1);
  await r.play("record.normal");
  await r.rig.advance(12_000);
  const shown = r.statuses();
  assert.ok(shown.includes("info Recording 2 bars on Bass… 1 / 2") && shown.includes("info Recording 2 bars on Bass… 2 / 2"), shown.join("\n"));
  assert.is(last(r), "info Recorded 2 bars on Bass");
});

test.run();
