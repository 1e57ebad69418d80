// A snapshot ramp at its heaviest (DESIGN.md "Budgets": every shim block within the frame, the undo
// entries of a gesture): a plugin of PLUGIN_PARAMETERS parameters and a track with RETURNS sends, every
// value moved since the store, ramped over RAMP_BEATS at 120 BPM. While it glides, each tick sends the
// gliding parameters' values to the [live.remote~] pool (no LiveAPI call); on the beat every parameter is
// let go and written once, which the shim slices into blocks within the frame.
import { QUIET_MS } from "../../control/GestureUndo";
import { LiveSet, type SetDescription } from "../live/LiveSet";
import { METRO_MS } from "../max/NodeScriptHost";
import { Rig } from "../max/Rig";
import { ec4Of } from "./benchRig";
import { longestBlockFields, type LongestBlockFields } from "./ledgerFields";
import { undoEntries } from "./measureUndo";

export const PLUGIN_PARAMETERS = 128;
export const RETURNS = 12;
/** The default ramp length (SnapshotSlots.ts), in beats. */
const RAMP_BEATS = 4;

function rampSet(): SetDescription {
  const parameters = Array.from({ length: PLUGIN_PARAMETERS }, (_, i) => ({ name: `Param ${i + 1}`, value: 0.25, min: 0, max: 1 }));
  return {
    tempo: 120,
    tracks: [{ name: "Plugin", type: "midi", devices: [{ name: "Big Plugin", type: "instrument", parameters }] }],
    returns: Array.from({ length: RETURNS }, (_, i) => ({ name: `Return ${i + 1}`, type: "audio" as const })),
  };
}

export interface SnapshotRampFigure extends LongestBlockFields {
  action: string;
  /** Values the snapshot holds: volume, pan, sends, the plugin's parameters (its Device On among them). */
  values: number;
  /** Values moved since the store: each one written once, on the beat. */
  changed: number;
  rampBeats: number;
  /** The most LiveAPI calls the shim made in one tick while the parameters glided. */
  glideCallsPerTickMax: number;
  /** LiveAPI calls from the landing beat until every value was written. */
  landingLiveApiCalls: number;
  /** Metro ticks from the landing beat until Live held every value. */
  landingTicks: number;
  undoEntries: number;
  /** Undo entries beyond one a changed value (the budget: none). */
  undoEntriesBeyondOneAValue: number;
  maxAtomChars: number;
}

/** The ramp set synced, the plugin stored in slot 1, every value moved in Live, then a ramp pressed while the song plays. */
export async function measureSnapshotRamp(): Promise<SnapshotRampFigure> {
  const set = LiveSet.fromDescription(rampSet());
  const rig = new Rig({ set });
  await rig.start();
  const track = set.song.tracks[0]!;
  const plugin = track.devices[0]!;
  set.selectTrack(track.id);
  set.callFunction("live_set view", "select_device", "id", plugin.id);
  await rig.advance(200);
  const ec4 = ec4Of(rig);
  await ec4.play("snap.store");
  await rig.advance(QUIET_MS + 200);
  const parameters = [track.mixer.volume, track.mixer.panning, ...track.mixer.sends, ...plugin.parameters];
  const moved = parameters.filter((parameter) => !parameter.values.is_quantized);
  const movedTo = new Map(moved.map((parameter) => [parameter, parameter.value === parameter.max ? parameter.min : parameter.max]));
  for (const [parameter, value] of movedTo) set.setProperty(parameter.id, "value", value);
  set.callFunction("live_set", "start_playing");
  await rig.advance(1_000);
  const entries = undoEntries(rig);
  const mark = rig.ledger.mark();
  await ec4.play("snap.ramp");
  const pressedAt = Number(set.read("live_set", "current_song_time")[0]);
  const landsAt = Math.round(pressedAt) + RAMP_BEATS;
  let glideCallsPerTickMax = 0;
  let landingMark = -1;
  let landingTicks = 0;
  const landed = (): boolean => [...movedTo].every(([parameter, value]) => parameter.value !== value);
  for (let tick = 0; tick < 10_000 && !landed(); tick++) {
    const before = rig.ledger.mark();
    await rig.advance(METRO_MS);
    const beat = Number(set.read("live_set", "current_song_time")[0]);
    if (beat < landsAt) glideCallsPerTickMax = Math.max(glideCallsPerTickMax, rig.ledger.since(before).calls);
    else if (landingMark < 0) landingMark = before;
    if (landingMark >= 0) landingTicks++;
  }
  await rig.advance(QUIET_MS + 500);
  const { modelledLongestBlockMs, ...longest } = longestBlockFields(rig.ledger.blocks.slice(mark));
  return {
    action: "snap.ramp",
    values: parameters.length,
    changed: moved.length,
    rampBeats: RAMP_BEATS,
    glideCallsPerTickMax,
    landingLiveApiCalls: landingMark < 0 ? 0 : rig.ledger.since(landingMark).calls,
    landingTicks,
    undoEntries: undoEntries(rig) - entries,
    undoEntriesBeyondOneAValue: undoEntries(rig) - entries - moved.length,
    modelledLongestBlockMs,
    ...longest,
    maxAtomChars: rig.wire.maxAtomChars,
  };
}
