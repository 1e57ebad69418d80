// The worked examples of examples/actions, loaded as they are in the repository (the folder chosen in
// the device) and played from knobs through MIDI: what they do to Live, their text, their refusals.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { actionRig, type ActionRig } from "../../support/ec4";
import { prop, snapshot, trackNamed } from "../../support/liveState";
import { bind, chooseFolder, lastStatus, tempFolder } from "../../support/userActions";

const EXAMPLES = resolve("examples/actions");

async function examples(): Promise<ActionRig> {
  const r = await actionRig("flat");
  await chooseFolder(r, EXAMPLES);
  assert.ok(r.statuses().includes(`info User actions: 2 loaded from ${EXAMPLES}`), r.statuses().join("\n"));
  await bind(r, "user.clickForBars", 2);
  await bind(r, "user.muteOthers", 4);
  return r;
}

const metronome = (r: ActionRig) => prop(r.set, "live_set", "metronome");
const muted = (r: ActionRig, name: string) => prop(r.set, trackNamed(r.set, name).id, "mute");

test("click for bars: refused while the song is stopped; while it plays, the click is on for 4 bars and off on the bar line", async () => {
  const r = await examples();
  const before = snapshot(r.set);
  assert.is(await r.play("user.clickForBars"), 0);
  assert.is(lastStatus(r), "warn Click for bars: start the song first");
  assert.is(snapshot(r.set), before);
  r.set.callFunction("live_set", "start_playing");
  await r.rig.advance(100);
  assert.is(await r.play("user.clickForBars"), 1, "the click on");
  assert.is(metronome(r), 1);
  // 4 bars of 4/4 at 120 BPM: 8 s.
  await r.rig.advance(7_000);
  assert.is(metronome(r), 1, "still clicking before the fourth bar ends");
  await r.rig.advance(1_500);
  assert.is(metronome(r), 0);
  assert.is(lastStatus(r), "info Clicked for 4 bars");
});

test("mute others: the other tracks muted (the input tracks left alone), then unmuted; one undo entry per track", async () => {
  const r = await examples();
  r.set.selectTrack(trackNamed(r.set, "Kick").id);
  const others = r.set.song.tracks.filter((track) => track.name !== "Kick" && !track.name.startsWith("EC4")).map((track) => track.name);
  assert.ok(others.length > 0);
  assert.is(await r.play("user.muteOthers"), others.length);
  for (const name of others) assert.is(muted(r, name), 1, name);
  assert.is(muted(r, "Kick"), 0);
  assert.is(muted(r, "EC4 4"), 0, "an input track is never muted");
  assert.is(lastStatus(r), "info Muted all but Kick");
  assert.is(await r.play("user.muteOthers"), others.length);
  for (const name of others) assert.is(muted(r, name), 0, name);
  assert.is(lastStatus(r), "info Unmuted the others");
});

test("the README's example is a working action file", async () => {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("## User actions"));
  const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(code, "the section has a js example");
  const folder = tempFolder({ "tempoUp.js": code ?? "" });
  try {
    const r = await actionRig("flat");
    await chooseFolder(r, folder.dir);
    await bind(r, "user.tempoUp");
    assert.is(await r.play("user.tempoUp"), 1);
    assert.is(prop(r.set, "live_set", "tempo"), 121);
    assert.is(lastStatus(r), "info Tempo 121");
  } finally {
    folder.remove();
  }
});

test.run();
