// What a snapshot holds (ClyphX Pro's SNAP): the current track's mixer (volume, pan, sends in Live's
// order) and the selected device's parameter values, each with its Live id and its name. The id finds a
// parameter while the set is open; the name finds it again once Live reopened the set (ids are handed
// out anew then: DESIGN.md, "Platform facts") or after the device was replaced by one of its kind.
import type { Device } from "../../model/Device";
import type { DeviceParameter } from "../../model/DeviceParameter";
import type { SimpleTrack } from "../../model/SimpleTrack";
import { number, record, type JsonValue, type Schema } from "../saved/SavedSchema";

/** A Live object as a snapshot names it. */
export interface Named {
  readonly id: number;
  readonly name: string;
}

export interface StoredValue extends Named {
  readonly value: number;
}

export interface Snapshot {
  /** The track whose mixer is stored. */
  readonly track: Named;
  readonly mixer: readonly StoredValue[];
  /** The device, on the track that was selected (a sub track of the current one, say). */
  readonly device: Named & { readonly className: string; readonly track: Named; readonly parameters: readonly StoredValue[] };
}

/** The mixer's parameters in the order a snapshot keeps them. */
export function mixerParameters(track: SimpleTrack): DeviceParameter[] {
  const volume = track.volume();
  const panning = track.panning();
  return [...(volume ? [volume] : []), ...(panning ? [panning] : []), ...track.sends()];
}

const stored = (parameter: DeviceParameter): StoredValue => ({ id: parameter.id, name: parameter.name, value: parameter.value });
const named = (object: Named): Named => ({ id: object.id, name: object.name });

/** The snapshot of `track`'s mixer and `device` (on `deviceTrack`) as the mirror holds them now. */
export function takeSnapshot(track: SimpleTrack, deviceTrack: SimpleTrack, device: Device): Snapshot {
  return {
    track: named(track),
    mixer: mixerParameters(track).map(stored),
    device: { ...named(device), className: device.className, track: named(deviceTrack), parameters: device.parameters().map(stored) },
  };
}

/** How many values a snapshot holds. */
export const valueCount = (snapshot: Snapshot): number => snapshot.mixer.length + snapshot.device.parameters.length;

const text: Schema<string> = {
  write: (value) => value,
  read: (json) => (typeof json === "string" ? json : undefined),
};

/** A list of `item`s, read only when every item reads. */
function list<T>(item: Schema<T>): Schema<T[]> {
  return {
    write: (items) => items.map((value) => item.write(value)),
    read: (json) => {
      if (!Array.isArray(json)) return undefined;
      const items: T[] = [];
      for (const value of json) {
        const read = item.read(value);
        if (read === undefined) return undefined;
        items.push(read);
      }
      return items;
    },
  };
}

const namedSchema = record({ id: number, name: text });
const valuesSchema = list(record({ id: number, name: text, value: number }));
const snapshotSchema: Schema<Snapshot> = record({
  track: namedSchema,
  mixer: valuesSchema,
  device: record({ id: number, name: text, className: text, track: namedSchema, parameters: valuesSchema }),
});

/** A slot's snapshot or none (0). */
const slotSchema: Schema<Snapshot | null> = {
  write: (value) => (value === null ? 0 : snapshotSchema.write(value)),
  read: (json) => (json === 0 ? null : snapshotSchema.read(json)),
};

/** The 8 slots, read only when there are 8 and each reads. */
export function slotsSchema(count: number): Schema<(Snapshot | null)[]> {
  const slots = list(slotSchema);
  return { write: slots.write, read: (json: JsonValue | undefined) => { const read = slots.read(json); return read?.length === count ? read : undefined; } };
}
