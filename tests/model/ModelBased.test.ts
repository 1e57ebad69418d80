// Model-based test: seeded random structural and state changes made in the simulated Live, as a
// user would make them; after each one what the mirror has loaded and both track layers must equal
// Live, and every FULL_LOAD_EVERY steps the whole set, loaded as log.set walks it, must too.
// P0_MODEL_STEPS / P0_MODEL_SEED widen or replay a run; a divergence prints the seed and step.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { LiveSet } from "../../src/sim/live/LiveSet";
import { seededRandom } from "../../src/sim/seededRandom";
import { divergences } from "../support/modelCheck";
import { rigWith, type Running } from "../support/rigWith";

const STEPS = Number(process.env.P0_MODEL_STEPS ?? 1500);
const SEEDS = process.env.P0_MODEL_SEED ? [Number(process.env.P0_MODEL_SEED)] : [1, 2];

type Change = { name: string; apply: (set: LiveSet) => void };

function changes(rand: () => number): Change[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const anyTrack = (set: LiveSet) => pick(set.song.tracks);
  const topLevelRun = (set: LiveSet) => {
    const tracks = set.song.tracks;
    const start = pick(tracks);
    const siblings = tracks.filter((t) => t.groupTrack === start.groupTrack);
    const from = siblings.indexOf(start);
    return siblings.slice(from, from + 1 + Math.floor(rand() * 2));
  };
  return [
    { name: "create MIDI track", apply: (set) => set.createTrack("midi", Math.floor(rand() * (set.song.tracks.length + 1))) },
    { name: "create audio track", apply: (set) => set.createTrack("audio", Math.floor(rand() * (set.song.tracks.length + 1))) },
    { name: "delete track", apply: (set) => set.song.tracks.length > 1 && set.deleteTrack(anyTrack(set).id) },
    { name: "move track", apply: (set) => set.moveTrack(anyTrack(set).id, Math.floor(rand() * set.song.tracks.length)) },
    { name: "group tracks", apply: (set) => set.groupTracks(topLevelRun(set).map((t) => t.id), "G") },
    { name: "ungroup", apply: (set) => { const g = set.song.tracks.find((t) => t.isGroup && rand() < 0.5); if (g) set.ungroup(g.id); } },
    { name: "create scene", apply: (set) => set.createScene(Math.floor(rand() * (set.song.scenes.length + 1))) },
    { name: "delete scene", apply: (set) => set.song.scenes.length > 1 && set.deleteScene(pick(set.song.scenes).id) },
    { name: "rename track", apply: (set) => set.setProperty(anyTrack(set).id, "name", `T${Math.floor(rand() * 1000)}`) },
    { name: "mute", apply: (set) => set.setProperty(anyTrack(set).id, "mute", rand() < 0.5 ? 1 : 0) },
    { name: "solo", apply: (set) => set.setProperty(anyTrack(set).id, "solo", rand() < 0.5 ? 1 : 0) },
    { name: "arm", apply: (set) => { const t = anyTrack(set); if (t.canBeArmed) set.setProperty(t.id, "arm", rand() < 0.5 ? 1 : 0); } },
    { name: "fold", apply: (set) => { const g = set.song.tracks.find((t) => t.isGroup); if (g) set.setProperty(g.id, "fold_state", rand() < 0.5 ? 1 : 0); } },
    {
      name: "create clip",
      apply: (set) => {
        const t = set.song.tracks.findIndex((x) => !x.isGroup && rand() < 0.3);
        const s = Math.floor(rand() * set.song.scenes.length);
        if (t >= 0 && !set.song.tracks[t]!.clipSlots[s]!.clip) set.createClip(t, s, { length: 4, name: `c${Math.floor(rand() * 100)}` });
      },
    },
    {
      name: "delete clip",
      apply: (set) => {
        const slot = pick(set.song.tracks).clipSlots.find((s) => s.clip);
        if (slot) set.callFunction(slot.id, "delete_clip");
      },
    },
    { name: "select track", apply: (set) => set.selectTrack(anyTrack(set).id) },
    { name: "select scene", apply: (set) => set.selectScene(pick(set.song.scenes).id) },
  ];
}

/** How often the whole set is loaded (every track's clip slots, as log.set walks them) and checked too. */
const FULL_LOAD_EVERY = 100;

/** Holds every track's clip slots and devices while `check` compares: a full load equals Live, and it leaves no observer behind. */
async function fullyLoaded(running: Running, check: () => string[]): Promise<string[]> {
  const { mirror, song } = running.app;
  const holds = song.simpleTracks().flatMap((t) => [mirror.hold(t.id, "clip_slots"), mirror.hold(t.id, "devices")]);
  await running.rig.settle();
  const loaded = song.simpleTracks().filter((t) => !mirror.isLoaded(t.id, "clip_slots")).map((t) => `track ${t.id} clip slots not loaded`);
  const found = [...loaded, ...check()];
  for (const hold of holds) hold.release();
  await running.rig.settle();
  if (running.set.observerCount !== running.app.client.observerCount)
    found.push(`after the full load the shim has ${running.set.observerCount} observers, the bundle ${running.app.client.observerCount}`);
  return found;
}

for (const seed of SEEDS) {
  test(`seed ${seed}: ${STEPS} random changes keep mirror and track layers equal to Live`, async () => {
    const running = await rigWith("demo");
    const { set, rig } = running;
    const rand = seededRandom(seed);
    const all = changes(rand);
    for (let step = 1; step <= STEPS; step++) {
      const change = all[Math.floor(rand() * all.length)]!;
      try {
        change.apply(set);
      } catch {
        continue; // Live refused the edit (e.g. grouping non-adjacent tracks): nothing changed.
      }
      await rig.settle();
      const found = step % FULL_LOAD_EVERY === 0 ? await fullyLoaded(running, () => divergences(running.app, set)) : divergences(running.app, set);
      if (found.length > 0) {
        assert.unreachable(`seed ${seed} step ${step} (${change.name}) diverged:\n  ${found.slice(0, 8).join("\n  ")}`);
      }
    }
    assert.equal(rig.posts("error"), []);
  });
}

test.run();
