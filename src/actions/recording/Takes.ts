// The takes of a recording once launched: waiting for Live to make each clip and to end it, each wait
// bounded by when Live should (TakeTimeouts.ts), what the status line shows meanwhile, and the takes
// that recorded a release trimmed to the clip length.
import type { ActionServices } from "../ActionServices";
import { BarChangedEvent } from "../../events/BeatEvents";
import type { Observable } from "../../events/Observable";
import type { Subscriptions } from "../../events/Subscriptions";
import { Answer } from "../../model/Answer";
import type { Clip } from "../../model/Clip";
import type { ClipSlot } from "../../model/ClipSlot";
import type { SimpleTrack } from "../../model/SimpleTrack";
import { Sequence } from "../../sequence/Sequence";
import { clipOf, endedOrAsked } from "./RecordingObservables";
import type { RecordingPlan, Take } from "./RecordingPlan";
import { ticksOf, ticksWithin, UNLIMITED_TAKE_BARS } from "./TakeTimeouts";
import { barsText, beatsAsBars } from "../../time/BarsText";

const EPSILON = 1e-6;

/**
 * "Recording 4 bars on Prophet… 2 / 4" on the status line: the first bar once the first take's clip
 * appears (Live makes it as the take starts, a round trip after the bar began), the next ones at each
 * new bar while it records. Returns what the clip's appearance calls.
 */
function showProgress(work: TakeWork, firstClip: () => Clip | undefined): () => void {
  const { services, plan } = work;
  const bars = plan.lengthBeats === null ? null : plan.lengthBeats / services.song.barBeats();
  const names = plan.takes.map((take) => take.track.name).join(", ");
  let bar = 0;
  const show = (): void => {
    bar++;
    const length = bars === null ? "" : ` ${barsText(bars)}`;
    const count = bars === null ? `bar ${bar}` : `${Math.min(bar, bars)} / ${bars}`;
    services.status.show("info", `Recording${length} on ${names}… ${count}`);
  };
  work.listening.add(
    services.runtime.sequences.bus.subscribe(BarChangedEvent, () => {
      // The bar after a fixed take may begin before Live's answer that it stopped: it is not counted.
      if (bar > 0 && (bars === null || bar < bars) && firstClip()?.isRecording === true) show();
    }),
  );
  return show;
}

/** What the takes' waits work on: the recording's plan and slots, and how it ends an unlimited take. */
export interface TakeWork {
  readonly plan: RecordingPlan;
  readonly services: ActionServices;
  slotOf(track: SimpleTrack): ClipSlot | null;
  /** Asks Live to stop the takes (kept), as a record press does. */
  stopTakes(): void;
  /** True once an unlimited take was asked to end. */
  readonly endAsked: Observable<boolean>;
  /** Released when the recording ends. */
  readonly listening: Subscriptions;
}

/**
 * Waits for Live to make each take's clip and to end it, each wait bounded by when Live should
 * (TakeTimeouts.ts): the clips appear at the launch, on the next bar; a fixed take ends after its
 * record length; an unlimited one once asked to, on the bar after.
 */
export function awaitTakes(work: TakeWork): Sequence<unknown> {
  const seq = work.services.runtime.sequences;
  const { song } = work.services;
  const within = (beats: number): number => ticksWithin(beats, song.tempo());
  const first = work.plan.takes[0]!;
  let waiting: Sequence<unknown> = new Sequence(seq, `${work.plan.title}: takes`);
  const clips = new Map<Take, Clip>();
  const appeared = (take: Take): void => {
    waiting = waiting.add(() => {
      const slot = work.slotOf(take.track);
      // A deleted tail track records nothing.
      if (slot === null) return undefined;
      return new Sequence(seq, `${take.track.name} clip`)
        .waitFor(clipOf(slot, seq.bus), (clip) => clip !== null, { timeoutTicks: within(song.barBeats()), name: `${take.track.name} clip` })
        .add((clip: Clip) => {
          clips.set(take, clip);
          if (take === first) started();
        })
        .done();
    });
  };
  const ended = (take: Take): void => {
    waiting = waiting.add(() => {
      const clip = clips.get(take);
      if (clip === undefined) return undefined;
      return new Sequence(seq, `${take.track.name} take`)
        .waitFor(clip.recordingProgress(), (p) => !p.recording, { timeoutTicks: within(take.recordBeats ?? song.barBeats()), name: "recorded" })
        .done();
    });
  };
  const started = showProgress(work, () => clips.get(first));
  for (const take of work.plan.takes) appeared(take);
  const silenced = work.plan.silencedForTail;
  const length = work.plan.lengthBeats;
  if (silenced !== null && length !== null) {
    // The synth stops playing once the clip length is recorded; the audio takes record its release.
    waiting = waiting
      .add(() =>
        new Sequence(seq, `${work.plan.title}: length reached`)
          .waitFor(clips.get(first)!.recordingProgress(), (p) => !p.recording || p.beats >= length - EPSILON, {
            timeoutTicks: within(length),
            name: "length reached",
          })
          .done(),
      )
      .add(() => silenced.stopAllClips(false), { name: "stop the synth" });
  }
  if (length === null) waiting = waiting.add(() => untilStopped(work, clips.get(first)!));
  for (const take of work.plan.takes) ended(take);
  return waiting.done();
}

/**
 * An unlimited take records until the musician ends it (or Live does: the song stopped, the clip
 * stopped in Live), UNLIMITED_TAKE_BARS at the most, when its takes are stopped and kept.
 */
function untilStopped(work: TakeWork, clip: Clip): Sequence<unknown> {
  const { song, log } = work.services;
  const seq = work.services.runtime.sequences;
  const capTicks = ticksOf(UNLIMITED_TAKE_BARS * song.barBeats(), song.tempo());
  const cap = seq.ticks.wait(capTicks, () => {
    log.info(`${work.plan.title}: ${UNLIMITED_TAKE_BARS} bars recorded, the takes stop`);
    work.stopTakes();
  });
  work.listening.add(() => cap.cancel());
  // The cap's own stop ends this wait first; the timeout only bounds it should that stop be lost.
  return new Sequence(seq, `${work.plan.title}: until stopped`)
    .waitFor(endedOrAsked(clip, work.endAsked), (done) => done, { timeoutTicks: capTicks + ticksWithin(song.barBeats(), song.tempo()), name: "stopped" })
    .done();
}

/** Trims the takes that recorded a release to the clip length; the tail clip plays once. */
export function matchLengths(work: TakeWork): Answer {
  const length = work.plan.lengthBeats;
  const writes: Answer[] = [];
  if (length === null) return Answer.none();
  for (const take of work.plan.takes) {
    const clip = work.slotOf(take.track)?.clip() ?? null;
    if (clip === null) continue;
    if (clip.length < length - EPSILON) {
      work.services.log.info(`${work.plan.title}: ${take.track.name} stopped early at ${beatsAsBars(clip.length, work.services.song.barBeats())}`);
      continue;
    }
    if (clip.loopEnd > length + EPSILON) {
      writes.push(clip.setLoopEnd(length), clip.setEndMarker(length));
    }
    if (take.track === work.plan.tail) writes.push(clip.setLooping(false));
  }
  return Answer.all(writes);
}
