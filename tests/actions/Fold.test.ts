// Folding end to end through MIDI (issue 10, point 10). Track.fold_state is not listenable in Live
// (Cycling '74 Track page; a Live 12.4 probe), so the mirror re-reads it after its own writes and when
// Song.visible_tracks (observable) changes: the fold knob keeps working past its first press, and a
// fold made with the mouse is seen before the next scroll, without waiting for the healer.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { actionRig, type ActionRig } from "../support/ec4";
import { prop, selectedTrackName, trackNamed } from "../support/liveState";

test("fold knob pressed three times: folds, unfolds, folds (Live's fold_state after each press)", async () => {
  const r = await actionRig("nested");
  const drums = trackNamed(r.set, "Drums");
  r.set.selectTrack(trackNamed(r.set, "Kick").id);
  const states: number[] = [];
  const seen: (boolean | undefined)[] = [];
  for (let press = 0; press < 3; press++) {
    assert.is(await r.play("nav.foldGroup"), 1, `press ${press + 1} is one undo step`);
    states.push(prop(r.set, drums.id, "fold_state"));
    seen.push(r.app.song.simpleTracks().find((t) => t.id === drums.id)?.isFolded);
  }
  assert.equal(states, [1, 0, 1]);
  assert.equal(seen, [true, false, true], "the mirror re-read each fold after its own write");
  assert.is(selectedTrackName(r.set), "Drums", "the group was selected before it folded");
});

test("a fold made in Live (a group with tracks) is seen before the next track scroll: the scroll skips its tracks", async () => {
  const r = await actionRig("nested");
  const drums = trackNamed(r.set, "Drums");
  r.set.selectTrack(trackNamed(r.set, "Bus").id);
  r.set.setProperty(drums.id, "fold_state", 1);
  assert.is(await r.play("nav.tracks", 2), 0);
  assert.is(selectedTrackName(r.set), "Bass", "Bus → Drums → Bass: Kick and Snare are hidden in the folded Drums");
  assert.ok(r.app.song.simpleTracks().find((t) => t.id === drums.id)?.isFolded, "the mirror knows Drums is folded");
  assert.is(r.app.healer.slices, 0, "seen through visible_tracks, not by the healer");
});

test("a fold made in Live is seen by the fold knob: its next press unfolds", async () => {
  const r = await actionRig("nested");
  const drums = trackNamed(r.set, "Drums");
  r.set.selectTrack(drums.id);
  r.set.setProperty(drums.id, "fold_state", 1);
  assert.is(await r.play("nav.foldGroup"), 1);
  assert.is(prop(r.set, drums.id, "fold_state"), 0);
  await r.play("nav.tracks", 1);
  assert.is(selectedTrackName(r.set), "Kick", "unfolded: the scroll enters Drums again");
});

/** Bus folded, Drums folded inside it through the API (Live's UI hides it), Bus unfolded: nothing Live reports says Drums folded. */
async function foldedUnseen(r: ActionRig): Promise<void> {
  const bus = trackNamed(r.set, "Bus");
  r.set.setProperty(bus.id, "fold_state", 1);
  await r.rig.advance(200);
  r.set.setProperty(trackNamed(r.set, "Drums").id, "fold_state", 1);
  await r.rig.advance(200);
  r.set.setProperty(bus.id, "fold_state", 0);
  await r.rig.advance(200);
}

test("a fold nothing reported (a group folded inside a folded group): the fold knob reads it afresh and unfolds", async () => {
  const r = await actionRig("nested");
  await foldedUnseen(r);
  const drums = trackNamed(r.set, "Drums");
  r.set.selectTrack(drums.id);
  assert.is(await r.play("nav.foldGroup"), 1);
  assert.is(prop(r.set, drums.id, "fold_state"), 0, "Live's fold was read when the knob was pressed");
  assert.ok(r.statuses().includes("info Drums unfolded"), r.statuses().join("\n"));
});

test("the same unseen fold: the track scroll follows Live's visible tracks, Drums' tracks are skipped", async () => {
  const r = await actionRig("nested");
  await foldedUnseen(r);
  r.set.selectTrack(trackNamed(r.set, "Bus").id);
  await r.play("nav.tracks", 2);
  assert.is(selectedTrackName(r.set), "Bass", "Bus → Drums → Bass");
});

test.run();
