// Snapshots (ClyphX Pro's SNAP and RECALL RAMP): the current track's mixer and the selected device's
// parameter values in one of 8 slots, recalled at once or ramped over beats in time with the song. A
// store writes nothing in Live; a recall writes each value that differs, one undo entry a parameter, at
// once or on the ramp's landing beat (src/actions/snapshots/SnapshotRamp.ts).
import { ActionWarning, PRESS, SCROLL, actionState, answered, defineAction, type ActionInput, type RunResult } from "./Action";
import { afterLoading } from "./afterLoading";
import { takeSnapshot, valueCount, type Snapshot } from "./snapshots/Snapshot";
import { findTracks, matchSnapshot, parameterLoads, trackLoads, type Match } from "./snapshots/SnapshotMatch";
import { SnapshotRamp } from "./snapshots/SnapshotRamp";
import { SnapshotSlots } from "./snapshots/SnapshotSlots";
import { positionText } from "../time/BarsText";
import { counted } from "../log/Counted";

const slots = actionState((services) => new SnapshotSlots(services));

type SlotInput = ActionInput<never, SnapshotSlots>;

/** "Bass · Operator": what a slot holds, as the status line names it. */
const contents = (snapshot: Snapshot): string => `${snapshot.track.name} · ${snapshot.device.name}`;

/** What the musician should know besides the values: a track or device gone or replaced. */
const noted = (match: Match): string => (match.notes.length === 0 ? "" : ` (${match.notes.join(", ")})`);

/**
 * Reads what the chosen slot names (its tracks' mixers and devices, then their parameters) and hands
 * `recall` what still matches; a slot nothing matches any more warns and changes nothing.
 */
function withMatch(input: SlotInput, title: string, recall: (match: Match, snapshot: Snapshot) => RunResult): RunResult {
  const snapshot = input.state.chosen;
  if (snapshot === null) throw new ActionWarning(`slot ${input.state.number} is empty`);
  const found = findTracks(input.song, snapshot);
  if (found.track === null && found.deviceTrack === null) throw new ActionWarning(`slot ${input.state.number}: track ${snapshot.track.name} is gone`);
  return afterLoading(input, title, trackLoads(found), () =>
    afterLoading(input, title, parameterLoads(found, snapshot), () => {
      const match = matchSnapshot(found, snapshot);
      if (match.missing === valueCount(snapshot)) throw new ActionWarning(`slot ${input.state.number}: nothing matches any more${noted(match)}`);
      if (match.changes.length === 0) return `Slot ${input.state.number} ${contents(snapshot)}: already there${noted(match)}`;
      return recall(match, snapshot);
    }),
  );
}

/** A song time as Live counts it: "bar 5 beat 1". */
function barBeat({ song }: SlotInput, songTime: number): string {
  return positionText(songTime, { numerator: song.signatureNumerator(), denominator: song.signatureDenominator() });
}

export const SNAPSHOT_ACTIONS = [
  defineAction({
    id: "snap.slot",
    title: "Snap slot",
    description: "Chooses the snapshot slot (1 to 8) the store, recall and ramp knobs use.",
    gestures: SCROLL,
    needs: [],
    state: slots,
    run: ({ state, steps }) => {
      state.choose(steps);
      const snapshot = state.chosen;
      return `Slot ${state.number}: ${snapshot === null ? "empty" : contents(snapshot)}`;
    },
  }),
  defineAction({
    id: "snap.store",
    title: "Snap store",
    description: "Stores the current track's mixer and the selected device's parameter values in the chosen slot.",
    gestures: PRESS,
    needs: ["currentTrack", "selectedTrack", "selectedDevice"],
    state: slots,
    run: (input) => {
      const track = input.track.baseTrack;
      if (track.mixerId() === null) throw new ActionWarning(`${track.name}'s mixer is not read yet`);
      return afterLoading(input, "Snap store", [...track.loadPanAndSends(), input.device.loadParameters()], () => {
        const snapshot = takeSnapshot(track, input.selectedTrack, input.device);
        input.state.store(snapshot);
        return `Slot ${input.state.number} stored: ${contents(snapshot)}, ${counted(valueCount(snapshot), "value")}`;
      });
    },
  }),
  defineAction({
    id: "snap.recall",
    title: "Snap recall",
    description: "Recalls the chosen slot at once: each value that differs is written, one undo entry a parameter.",
    gestures: PRESS,
    needs: [],
    state: slots,
    run: (input) =>
      withMatch(input, "Snap recall", (match, snapshot) => {
        input.state.ramp.land();
        return answered(SnapshotRamp.now(match.changes), `Slot ${input.state.number} recalled: ${contents(snapshot)}, ${counted(match.changes.length, "value")}${noted(match)}`);
      }),
  }),
  defineAction({
    id: "snap.rampLength",
    title: "Ramp length",
    description: "Chooses how many beats a snapshot ramp takes: 1, 2, 4, 8, 16 or 32.",
    gestures: SCROLL,
    needs: [],
    state: slots,
    run: ({ state, steps }) => {
      state.scrollRamp(steps);
      return `Ramp: ${counted(state.rampBeats, "beat")}`;
    },
  }),
  defineAction({
    id: "snap.ramp",
    title: "Snap ramp",
    description: "Glides to the chosen slot's values in time with the song, landing on the beat the ramp length after the nearest one.",
    gestures: PRESS,
    needs: [],
    state: slots,
    refuse: ({ song }) => (song.isPlaying() ? undefined : "the song is stopped: a ramp follows the song, recall at once instead"),
    run: (input) =>
      withMatch(input, "Snap ramp", (match, snapshot) => {
        const { state } = input;
        const name = `Slot ${state.number} ${contents(snapshot)}`;
        const started = state.ramp.start(match.changes, state.rampBeats, { title: "Snap ramp", landed: `${name} landed: ${counted(match.changes.length, "value")}` });
        if (started === null) throw new ActionWarning("the song is stopped: a ramp follows the song, recall at once instead");
        const onBeat = match.changes.length - started.gliding;
        return `${name}: ramp over ${counted(state.rampBeats, "beat")} landing on ${barBeat(input, started.landsAt)}, ${started.gliding} gliding${onBeat > 0 ? `, ${onBeat} on the beat` : ""}${noted(match)}`;
      }),
  }),
];
