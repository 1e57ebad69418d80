// A refusal is not reported as success (issue 13, point 9): when Live refuses a write an action made, the
// status line ends on what did not happen, under the action's title. The outcome is answered to the code
// that made the write (issue 19, point 1); one no caller took is the model's own, said without a title.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { answered, type Answered } from "../../src/actions/Action";
import { Answer } from "../../src/model/Answer";
import { actionRig } from "../support/ec4";
import { trackNamed } from "../support/liveState";

test("Live refusing a write after a knob: the status line says what Live refused, under the knob's action", async () => {
  const r = await actionRig("demo");
  await r.play("transport.metronome");
  assert.is(r.statuses().pop(), "info Metronome on");
  // A group track has no arm: Live posts an error to the Max console and LiveAPI reports nothing, so
  // the refusal is seen in what Live answers (as for a write on a track deleted meanwhile). Here the
  // metronome knob arms it besides, in the same run.
  const metronome = r.app.control.registry.get("transport.metronome")!;
  r.app.control.registry.implement("transport.metronome", (input) => {
    const ran = metronome.run(input) as Answered;
    return answered(Answer.all([ran.answer, r.app.mirror.set(trackNamed(r.set, "Keys").id, "Track", "arm", 1)]), ran.text);
  });
  await r.play("transport.metronome");
  await r.rig.settle();
  const last = r.statuses().pop() ?? "";
  assert.match(last, /^warn Metronome: Live refused arm of "Keys" \(.+\)$/, last);
  // A refusal of the model's own write, no action behind it: said without an action's title.
  await r.rig.advance(2_000);
  void r.app.mirror.set(trackNamed(r.set, "Keys").id, "Track", "arm", 1);
  await r.rig.settle();
  assert.match(r.statuses().pop() ?? "", /^warn Live refused arm of "Keys" \(.+\)$/);
});

test("the outcome returns to the code that made the write: accepted, refused with Live's words, target gone; a taken one is not told again", async () => {
  const r = await actionRig("demo");
  const song = r.app.mirror.songId;
  const shown = r.statuses().length;
  const metronome = r.app.mirror.set(song, "Song", "metronome", 1);
  const tempo = r.app.mirror.set(song, "Song", "tempo", 1500); // Live's tempo is 20..999: Live keeps its own
  const slot = r.set.song.tracks.flatMap((track) => track.clipSlots).find((s) => s.clip);
  assert.ok(slot?.clip, "the demo set has a clip");
  const clip = slot.clip.id;
  r.set.callFunction(slot.id, "delete_clip");
  const fired = r.app.mirror.call(clip, "Clip", "fire");
  const answers = Promise.all([metronome.take(), tempo.take(), fired.take()]);
  await r.rig.settle();
  const [took, refused, gone] = await answers;
  assert.is(took.kind, "accepted");
  assert.equal(refused, { kind: "refused", what: "tempo", reason: "Live kept 120" });
  assert.is(gone.kind, "gone");
  assert.equal(r.statuses().slice(shown), [], "the caller took the answers: the mirror told nothing");
});

test.run();
