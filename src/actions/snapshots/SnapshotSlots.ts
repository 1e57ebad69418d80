// The 8 snapshot slots, the chosen one and the ramp's length, kept across a Node restart in the device's
// [dict] (src/actions/saved/: one value, its schema version, read whole or dropped with a warning).
import type { ActionServices } from "../ActionServices";
import type { SavedValue } from "../saved/SavedValue";
import { convert, number, record } from "../saved/SavedSchema";
import { slotsSchema, type Snapshot } from "./Snapshot";
import { SnapshotRamp } from "./SnapshotRamp";

export const SLOT_COUNT = 8;

/** The ramp lengths a turn of the ramp knob goes through, in beats. */
export const RAMP_BEATS: readonly number[] = [1, 2, 4, 8, 16, 32];

interface Kept {
  readonly slots: readonly (Snapshot | null)[];
  /** 0-based. */
  readonly chosen: number;
  /** Its place in RAMP_BEATS. */
  readonly ramp: number;
}

const inRange = (count: number) => (value: number): number | undefined => (Number.isInteger(value) && value >= 0 && value < count ? value : undefined);
const index = (count: number) => convert(number, inRange(count), (value) => value);

export class SnapshotSlots {
  private readonly kept: SavedValue<Kept>;
  readonly ramp: SnapshotRamp;

  constructor(services: ActionServices) {
    const schema = record({ slots: slotsSchema(SLOT_COUNT), chosen: index(SLOT_COUNT), ramp: index(RAMP_BEATS.length) });
    this.kept = services.runtime.saved.declare<Kept>({ key: "snapshots", version: 1, schema, initial: { slots: new Array<null>(SLOT_COUNT).fill(null), chosen: 0, ramp: 2 } });
    this.ramp = new SnapshotRamp(services);
  }

  /** The chosen slot, 1-based as the status line says it. */
  get number(): number {
    return this.kept.get().chosen + 1;
  }

  get chosen(): Snapshot | null {
    const { slots, chosen } = this.kept.get();
    return slots[chosen] ?? null;
  }

  get rampBeats(): number {
    return RAMP_BEATS[this.kept.get().ramp]!;
  }

  /** Moves the chosen slot by `steps`, stopping at 1 and 8. */
  choose(steps: number): void {
    const kept = this.kept.get();
    this.kept.set({ ...kept, chosen: Math.min(SLOT_COUNT - 1, Math.max(0, kept.chosen + steps)) });
  }

  /** One length a scroll event, whatever its speed (the list is short), stopping at either end. */
  scrollRamp(direction: number): void {
    const kept = this.kept.get();
    this.kept.set({ ...kept, ramp: Math.min(RAMP_BEATS.length - 1, Math.max(0, kept.ramp + Math.sign(direction))) });
  }

  /** Puts `snapshot` in the chosen slot. */
  store(snapshot: Snapshot): void {
    const kept = this.kept.get();
    this.kept.set({ ...kept, slots: kept.slots.map((slot, i) => (i === kept.chosen ? snapshot : slot)) });
  }
}
