// The 8 snapshot slots, the chosen one and the ramp's length. Two keepers, for two lifetimes:
// - the slots are what the musician made in this set, so Live saves them with it (SetState, [pattr p0_set]):
//   they survive closing Live, and a Node restart too (the script reads the parameter at each start). A
//   store is then one undo entry in Live, and Ctrl+Z gives the slots from before it back;
// - which slot is chosen and the ramp's length are the knobs' positions, no part of the set: they wait in
//   the device's [dict] across a Node restart (SavedState), storing them costs no undo entry and does not
//   make Live ask to save the set.
// Each is one value with its schema version, read whole or dropped with a warning (src/actions/saved/).
import type { ActionServices } from "../ActionServices";
import type { SavedValue } from "../saved/SavedValue";
import { convert, number, orNone, record } from "../saved/SavedSchema";
import { slotsSchema, type Snapshot } from "./Snapshot";
import { SnapshotRamp } from "./SnapshotRamp";

export const SLOT_COUNT = 8;

/** The ramp lengths a turn of the ramp knob goes through, in beats. */
export const RAMP_BEATS: readonly number[] = [1, 2, 4, 8, 16, 32];

type Slots = readonly (Snapshot | null)[];

/** The knobs' positions; null until the musician turns one (slot 1, a 4-beat ramp), so nothing is saved before. */
interface Choice {
  /** 0-based. */
  readonly chosen: number;
  /** Its place in RAMP_BEATS. */
  readonly ramp: number;
}

const DEFAULT_CHOICE: Choice = { chosen: 0, ramp: RAMP_BEATS.indexOf(4) };

const inRange = (count: number) => (value: number): number | undefined => (Number.isInteger(value) && value >= 0 && value < count ? value : undefined);
const index = (count: number) => convert(number, inRange(count), (value) => value);

export class SnapshotSlots {
  private readonly slots: SavedValue<Slots>;
  private readonly choice: SavedValue<Choice | null>;
  readonly ramp: SnapshotRamp;

  constructor(services: ActionServices) {
    const { saved, withSet } = services.runtime;
    this.slots = withSet.declare<Slots>({ key: "snapshots", version: 1, schema: slotsSchema(SLOT_COUNT), initial: new Array<null>(SLOT_COUNT).fill(null) });
    const schema = orNone(record({ chosen: index(SLOT_COUNT), ramp: index(RAMP_BEATS.length) }), 0);
    this.choice = saved.declare<Choice | null>({ key: "snapshotChoice", version: 1, schema, initial: null });
    this.ramp = new SnapshotRamp(services);
  }

  private chosenOrDefault(): Choice {
    return this.choice.get() ?? DEFAULT_CHOICE;
  }

  /** The chosen slot, 1-based as the status line says it. */
  get number(): number {
    return this.chosenOrDefault().chosen + 1;
  }

  get chosen(): Snapshot | null {
    return this.slots.get()[this.chosenOrDefault().chosen] ?? null;
  }

  get rampBeats(): number {
    return RAMP_BEATS[this.chosenOrDefault().ramp]!;
  }

  /** Moves the chosen slot by `steps`, stopping at 1 and 8. */
  choose(steps: number): void {
    const choice = this.chosenOrDefault();
    this.choice.set({ ...choice, chosen: Math.min(SLOT_COUNT - 1, Math.max(0, choice.chosen + steps)) });
  }

  /** One length a scroll event, whatever its speed (the list is short), stopping at either end. */
  scrollRamp(direction: number): void {
    const choice = this.chosenOrDefault();
    this.choice.set({ ...choice, ramp: Math.min(RAMP_BEATS.length - 1, Math.max(0, choice.ramp + Math.sign(direction))) });
  }

  /** Puts `snapshot` in the chosen slot (stored with the set). */
  store(snapshot: Snapshot): void {
    const { chosen } = this.chosenOrDefault();
    this.slots.set(this.slots.get().map((slot, i) => (i === chosen ? snapshot : slot)));
  }
}
