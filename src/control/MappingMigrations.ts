// Old mapping documents brought to the current version before validation, one step a version: a
// mapping saved with a set or exported by an older device keeps working after an update.

/** The version this device writes; mapping.schema.json's `version` is the same (a test keeps them equal). */
export const MAPPING_VERSION = 2;

type Step = (doc: Record<string, unknown>) => Record<string, unknown>;

/** STEPS[n] takes a document of version n to version n + 1. */
const STEPS: readonly Step[] = [
  // 0 → 1: a document without `version` (written by hand before it was required) is version 1 as it is.
  (doc) => ({ ...doc, version: 1 }),
  // 1 → 2: bindings may carry arguments and lists; every version 1 binding (an action id) means the same.
  // The version moves so that an older device refuses a document using them by its version, in words.
  (doc) => ({ ...doc, version: 2 }),
];

export type Migration = { ok: true; document: unknown; from: number } | { ok: false; message: string };

/** What is not an object, or has a malformed version, is left as it is for the schema to refuse. */
export function migrate(document: unknown): Migration {
  if (document === null || typeof document !== "object" || Array.isArray(document)) return { ok: true, document, from: MAPPING_VERSION };
  let doc = document as Record<string, unknown>;
  const from = doc.version === undefined ? 0 : doc.version;
  if (typeof from !== "number" || !Number.isInteger(from) || from < 0) return { ok: true, document, from: MAPPING_VERSION };
  if (from > MAPPING_VERSION) {
    return { ok: false, message: `version ${from} is newer than this device reads (${MAPPING_VERSION}): update Protocol0` };
  }
  for (let version = from; version < MAPPING_VERSION; version++) doc = STEPS[version]!(doc);
  return { ok: true, document: doc, from };
}
