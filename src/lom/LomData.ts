// The shape of src/lom/lomData.json: the Live Object Model as the project knows it, committed so that a
// clone stands alone. For each class Max for Live can reach (a key of the bridge's whitelist), the names of
// Live 12's Python API inventory (properties with their settability, functions with their arguments) and,
// for every name, which versions of Live's own Max for Live bridge expose it (_MxDCore/LomTypes.py,
// EXPOSED_TYPE_PROPERTIES, in Live 11.2.11 and 12.0.1; the whitelist flattens inheritance, so RackDevice
// lists Device's names too). Names, flags and argument lists only. `npm run lom-names` writes it from
// ../shared/reference (scripts/lom/deriveLomData.ts); which properties are observable is not in it:
// LomClasses.ts and the simulator's tables take that from Cycling '74's pages.

/** The versions of Live whose bridge the data records. */
export const BRIDGE_VERSIONS = ["11.2", "12.0"] as const;
export type BridgeVersion = (typeof BRIDGE_VERSIONS)[number];

export interface BridgeEntry {
  /** The versions whose bridge exposes the name (empty: Max for Live cannot reach it). */
  bridge: BridgeVersion[];
  /**
   * The bridge exposes the name only to a Max whose interface version ("epii") is at least this
   * (LomTypes.py MFLProperty min_epii_version; get_exposed_properties_for_type filters on it).
   */
  since_epii?: [number, number];
  /** The bridge passes the value as JSON text (MFLPropertyFormats.JSON). */
  json?: true;
}

export interface LomParam {
  name: string;
  type: string;
  optional: boolean;
}

export interface LomDataClass {
  properties: Record<string, BridgeEntry & { settable: boolean }>;
  functions: Record<string, BridgeEntry & { params: LomParam[] }>;
  /** Names the bridge exposes that the inventory does not describe (canonical_parent, Application.get_document…). */
  other: Record<string, BridgeEntry>;
}

export interface LomData {
  sources: Record<string, string>;
  classes: Record<string, LomDataClass>;
}

export const LOM_DATA_PATH = "src/lom/lomData.json";

/** Whether `version`'s bridge exposes `name` on the whitelist class `cls` (whatever its kind). */
export function bridgeExposes(data: LomData, cls: string, name: string, version: BridgeVersion): boolean {
  return bridgeEntry(data, cls, name)?.bridge.includes(version) ?? false;
}

/** The entry of `name` in `cls`, whatever its kind. */
export function bridgeEntry(data: LomData, cls: string, name: string): BridgeEntry | undefined {
  const c = data.classes[cls];
  return c && (own(c.properties, name) ?? own(c.functions, name) ?? own(c.other, name));
}

function own<T>(record: Record<string, T>, name: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
}
