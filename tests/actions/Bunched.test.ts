// Detents and presses that arrive faster than Live answers (all in one tick, as a quick turn does in
// real Max) give the same result as the same gestures spread over a second: each action computes from
// the mirror, which shows its own writes at once as pending (issue 10, point 8). Every scroll action
// and every toggle, through MIDI into the real bundle, compared on Live's state.
import { test } from "uvu";
import * as assert from "uvu/assert";
import defaultMapping from "../../src/control/defaultMapping.json";
import type { SetDescription } from "../../src/sim/live/LiveSet";
import { LiveSet } from "../../src/sim/live/LiveSet";
import { Rig } from "../../src/sim/max/Rig";
import { VirtualEc4 } from "../../src/sim/VirtualEc4";
import { fixture } from "../sim/simSets";
import { selectedSceneIndex, selectedTrackName, snapshot, trackNamed } from "../support/liveState";
import { appOf } from "../support/rigWith";

type Mode = "bunched" | "spread";

/** Between spread gestures: several round trips, so each acts on what Live answered to the last. */
const SPREAD_MS = 120;
/** After the gestures: every answer is in. */
const ANSWER_MS = 600;

/** The demo set, Bass with three devices to scroll through. */
function demoWithDevices(): SetDescription {
  const demo = fixture("demo");
  const bass = demo.tracks.find((t) => t.name === "Bass")!;
  const effect = (name: string) => ({ name, type: "audio_effect" as const, parameters: [{ name: "Dry/Wet", value: 0.5, min: 0, max: 1 }] });
  bass.devices = [...(bass.devices ?? []), effect("Saturator"), effect("Echo")];
  return demo;
}

/** The default mapping plus a group whose pushes run the toggles bound to long presses by default. */
function mappingWithToggles(): string {
  const toggles = ["track.solo", "scene.loop", "nav.foldGroup"];
  const group = {
    name: "Toggles",
    addressing: { channel: 12 },
    encoders: toggles.map((action, i) => ({ position: i + 1, cc: 2 * i + 1, label: `T${i + 1}`, press: action })),
  };
  return JSON.stringify({ ...defaultMapping, groups: [...defaultMapping.groups, group] });
}

interface Played {
  rig: Rig;
  set: LiveSet;
  ec4: VirtualEc4;
}

async function start(setup: (set: LiveSet) => void): Promise<Played> {
  const set = LiveSet.fromDescription(demoWithDevices());
  const rig = new Rig({ set, storedMapping: mappingWithToggles() });
  await rig.start();
  setup(set);
  await rig.advance(ANSWER_MS);
  return { rig, set, ec4: new VirtualEc4(rig, () => appOf(rig).control.store.active) };
}

async function turn(p: Played, action: string, steps: number, mode: Mode): Promise<void> {
  const knob = p.ec4.knobFor(action, "scroll");
  if (!knob) throw new Error(`no knob turns ${action}`);
  await p.ec4.turn(knob.group, knob.position, steps, 1, mode === "bunched" ? 0 : SPREAD_MS);
  await p.rig.advance(ANSWER_MS);
}

async function press(p: Played, action: string, times: number, mode: Mode): Promise<void> {
  const knob = p.ec4.knobFor(action, "press");
  if (!knob) throw new Error(`no knob presses ${action}`);
  for (let i = 0; i < times; i++) {
    p.ec4.down(knob.group, knob.position);
    p.ec4.up(knob.group, knob.position);
    if (mode === "spread") await p.rig.advance(SPREAD_MS);
  }
  await p.rig.advance(ANSWER_MS);
}

/** What a musician would see: every value Live holds, the selection, each track's selected device. */
/** Live keeps a parameter's value as a 32-bit float: detents composed on it or on the pending value agree to 6 digits. */
const float32Digits = (_key: string, value: unknown): unknown => (typeof value === "number" && !Number.isInteger(value) ? Number(value.toPrecision(6)) : value);

function outcome(p: Played): string {
  const devices = p.set.song.allTracks().map((t) => t.view.selectedDevice?.name ?? null);
  const lastStatus = p.rig.fromNode.filter((atoms) => atoms[0] === "status" && String(atoms[2]).startsWith("Recording length")).pop();
  return JSON.stringify({ live: JSON.parse(snapshot(p.set)), track: selectedTrackName(p.set), scene: selectedSceneIndex(p.set), devices, lastStatus }, float32Digits);
}

interface Case {
  name: string;
  setup?: (set: LiveSet) => void;
  play: (p: Played, mode: Mode) => Promise<void>;
  /** An even number of toggles: Live ends where it began (10 bunched metronome presses once left it on). */
  back?: true;
}

const select = (track: string, scene?: number) => (set: LiveSet) => {
  set.selectTrack(trackNamed(set, track).id);
  if (scene !== undefined) set.selectScene(set.song.scenes[scene]!.id);
};
const detailClip = (track: string, scene: number) => (set: LiveSet) => {
  select(track, scene)(set);
  set.setProperty("live_set view", "detail_clip", "id", trackNamed(set, track).clipSlots[scene]!.clip!.id);
};

const CASES: Case[] = [
  { name: "tempo, 8 detents", play: (p, m) => turn(p, "transport.tempo", 8, m) },
  { name: "tracks, 4 detents", setup: select("Drums"), play: (p, m) => turn(p, "nav.tracks", 4, m) },
  { name: "scenes, 2 detents", play: (p, m) => turn(p, "nav.scenes", 2, m) },
  { name: "devices, 2 detents", setup: select("Bass"), play: (p, m) => turn(p, "nav.devices", 2, m) },
  {
    name: "parameter, 2 detents, then its value",
    setup: select("Bass"),
    play: async (p, m) => {
      await turn(p, "nav.devices", 1, "spread");
      await turn(p, "nav.parameter", 2, m);
      await turn(p, "nav.parameterValue", 5, m);
    },
  },
  { name: "volume, 6 detents", setup: select("Bass"), play: (p, m) => turn(p, "track.volume", 6, m) },
  { name: "all volumes, 4 detents", play: (p, m) => turn(p, "track.allVolumes", -4, m) },
  { name: "clip start, 2 detents", setup: detailClip("Bass", 2), play: (p, m) => turn(p, "clip.start", 2, m) },
  { name: "clip end, 3 detents", setup: detailClip("Bass", 1), play: (p, m) => turn(p, "clip.end", 3, m) },
  { name: "clip loop, 2 detents", setup: detailClip("Bass", 1), play: (p, m) => turn(p, "clip.loop", 2, m) },
  { name: "clip velocities, 3 detents", setup: detailClip("Drums", 0), play: (p, m) => turn(p, "clip.velocity", 3, m) },
  { name: "recording length, 3 detents", play: (p, m) => turn(p, "record.barLength", 3, m) },
  {
    name: "split scene: 2 detents choose the bar, a press splits",
    setup: select("Bass", 2),
    play: async (p, m) => {
      await turn(p, "scene.split", 1, m);
      await press(p, "scene.split", 1, "spread");
    },
  },
  {
    name: "crop scene: 1 detent chooses the length, a press crops",
    setup: select("Bass", 2),
    play: async (p, m) => {
      await turn(p, "scene.crop", -1, m);
      await press(p, "scene.crop", 1, "spread");
    },
  },
  { name: "metronome, 2 presses", back: true, play: (p, m) => press(p, "transport.metronome", 2, m) },
  { name: "metronome, 3 presses", play: (p, m) => press(p, "transport.metronome", 3, m) },
  { name: "play / stop, 2 presses", back: true, play: (p, m) => press(p, "transport.playStop", 2, m) },
  { name: "arm, 2 presses", back: true, setup: select("Bass"), play: (p, m) => press(p, "track.arm", 2, m) },
  { name: "arm an external synth, 3 presses", setup: select("Prophet"), play: (p, m) => press(p, "track.arm", 3, m) },
  { name: "mute, 3 presses", setup: select("Bass"), play: (p, m) => press(p, "track.mute", 3, m) },
  { name: "solo, 2 presses", back: true, setup: select("Bass"), play: (p, m) => press(p, "track.solo", 2, m) },
  { name: "monitoring, 3 presses", setup: select("Prophet"), play: (p, m) => press(p, "track.monitoring", 3, m) },
  { name: "fold group, 3 presses", setup: select("Piano"), play: (p, m) => press(p, "nav.foldGroup", 3, m) },
  { name: "loop scene, 2 presses", setup: select("Bass", 1), play: (p, m) => press(p, "scene.loop", 2, m) },
];

for (const c of CASES) {
  test(`${c.name}: bunched into one tick, the same as spread over time`, async () => {
    const results: string[] = [];
    for (const mode of ["spread", "bunched"] as const) {
      const p = await start(c.setup ?? (() => {}));
      const before = outcome(p);
      await c.play(p, mode);
      const after = outcome(p);
      if (c.back) assert.is(after, before, `${mode}: back where it began`);
      else assert.is.not(after, before, `${mode}: the gestures changed something`);
      assert.equal(p.rig.posts("error"), [], `${mode}: no error`);
      results.push(after);
    }
    assert.equal(JSON.parse(results[1]!), JSON.parse(results[0]!));
  });
}

test.run();
