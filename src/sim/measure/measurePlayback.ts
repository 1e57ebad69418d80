// A set playing for minutes with a knob turning: the budget figure of issue 10 on symbols interned and
// LiveAPI traffic over time, kept bounded in memory however long the run.
import { LiveSet } from "../live/LiveSet";
import { METRO_MS, Rig } from "../max/Rig";
import { BENCH_SETS, ec4Of } from "./benchRig";
import { foldLongest, longestBlockFields } from "./ledgerFields";
import type { LongestBlockFields } from "./ledgerFields";
import { advanceThrough, errorField, settleThrough } from "./runPastFailures";
import type { ErrorFields } from "./runPastFailures";
import { messageOf } from "../../log/ErrorText";

export interface PlaybackFigure extends ErrorFields, LongestBlockFields {
  set: string;
  minutes: number;
  newSymbols: number;
  detents: number;
  liveApiCalls: number;
  blocks: number;
  observersCreated: number;
  /** The longest string atom on any cord of this rig, sync included. */
  maxAtomChars: number;
  songTimeBeats: number;
}

/**
 * A set playing for `minutes` virtual minutes with one track.volume detent (alternately up and down)
 * every `detentEveryMs`; new symbols are counted from the moment playback starts, after the sync.
 */
export async function measurePlayback(name: string, minutes: number, detentEveryMs = 10_000): Promise<PlaybackFigure> {
  const set = LiveSet.fromDescription(BENCH_SETS[name]());
  const rig = new Rig({ set });
  rig.launch();
  const errors = await settleThrough(rig);
  const ec4 = ec4Of(rig);
  const knob = ec4.knobFor("track.volume", "scroll");
  if (!knob) throw new Error("the default mapping has no track.volume knob");
  set.callFunction("live_set", "start_playing");
  const before = rig.symbols.mark();
  const detents = Math.round((minutes * 60_000) / detentEveryMs);
  const most = longestBlockFields([]);
  let calls = 0;
  let blocks = 0;
  let observersCreated = 0;
  for (let detent = 0; detent < detents; detent++) {
    const mark = rig.ledger.mark();
    try {
      await ec4.turn(knob.group, knob.position, detent % 2 === 0 ? 1 : -1);
    } catch (error) {
      errors.push(messageOf(error));
    }
    errors.push(...(await advanceThrough(rig, detentEveryMs - METRO_MS)));
    // Memory stays bounded over the run: keep the sums, drop what the rig recorded.
    const phase = rig.ledger.since(mark);
    calls += phase.calls;
    blocks += phase.blocks;
    observersCreated += phase.observersCreated;
    foldLongest(most, rig.ledger.blocks, mark);
    rig.ledger.forget();
    rig.fromNode.length = 0;
    rig.console.length = 0;
    rig.named.length = 0;
  }
  return {
    set: name,
    minutes,
    newSymbols: rig.symbols.since(before),
    detents,
    liveApiCalls: calls,
    blocks,
    observersCreated,
    ...most,
    maxAtomChars: rig.wire.maxAtomChars,
    songTimeBeats: Number(set.read("live_set", "current_song_time")[0]),
    ...errorField(errors),
  };
}
