// The simulated [live.remote~] (src/sim/max/LiveRemote.ts) as Cycling '74's reference describes it, and
// the cautious cases where it is silent.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { LiveRemotes } from "../../src/sim/max/LiveRemote";
import { loadSet } from "./simSets";

test("held: Live plays the remote's value, disables the parameter, keeps the stored value and records nothing", () => {
  const set = loadSet("flat");
  const volume = set.song.tracks[0]!.mixer.volume;
  const [remote] = new LiveRemotes(set, 1).slots;
  remote!.id(volume.id);
  assert.is(volume.played, volume.value, "taken: its stored value until the first value (cautious)");
  remote!.value(0.3);
  assert.is(volume.played, 0.3);
  assert.equal(set.read(volume.id, "is_enabled"), [0]);
  assert.equal(set.read(volume.id, "value"), [Math.fround(0.85)], "the value in the Live set is not changed (a 32-bit float)");
  assert.is(set.undoHistory.length, 0, "no undo steps are created");
});

test("a set of a held parameter is refused (cautious); once let go, it plays its stored value until written", () => {
  const set = loadSet("flat");
  const volume = set.song.tracks[0]!.mixer.volume;
  const remotes = new LiveRemotes(set, 2);
  assert.is(remotes.receive([1, "id", volume.id]), null);
  assert.is(remotes.receive([1, 0.4]), null);
  const api = new (set.liveApiClass())(undefined, `id ${volume.id}`);
  api.set("value", 0.5);
  assert.match(set.errors.join("\n"), /disabled/);
  assert.is(volume.value, Math.fround(0.85));
  remotes.receive([1, "id", 0]);
  assert.equal(set.read(volume.id, "is_enabled"), [1]);
  assert.is(volume.played, Math.fround(0.85), "not the remote's last value");
  api.set("value", 0.4);
  assert.is(volume.played, Math.fround(0.4));
  assert.is(set.undoHistory.length, 1, "the one write");
});

test("an id that is no DeviceParameter has no effect; the tempo is the master's song_tempo", () => {
  const set = loadSet("flat");
  const [remote] = new LiveRemotes(set, 1).slots;
  remote!.id(set.song.tracks[0]!.id);
  assert.is(remote!.holds, null);
  const tempo = set.song.master.mixer.songTempo!;
  remote!.id(tempo.id);
  remote!.value(133);
  assert.is(set.song.playedTempo, 133);
  assert.equal(set.read("live_set", "tempo"), [120]);
  assert.equal(set.read(tempo.id, "value"), [120], "song_tempo is Song.tempo");
});

test.run();
