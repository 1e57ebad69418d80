// How large a mapping document may be, checked before the schema: ajv with all errors costs more than
// linear time in the errors it finds, so a huge wrong document must never reach it.

/** A full mapping (64 groups of 16 knobs, every gesture and shift action mapped) has about 12,500 values. */
export const MAX_MAPPING_VALUES = 20_000;
/** That mapping exported with indentation is about 400 KB. */
export const MAX_MAPPING_CHARS = 600_000;
/** Errors kept of a refused document; the rest are only counted. */
export const MAX_MAPPING_ERRORS = 100;

/**
 * The values in `document` (objects, arrays and leaves), counting no further than limit + 1: the walk
 * stops there, so it costs at most that many steps whatever the document's size.
 */
export function countValues(document: unknown, limit = MAX_MAPPING_VALUES): number {
  const pending: unknown[] = [document];
  let count = 0;
  while (pending.length > 0 && count <= limit) {
    const value = pending.pop();
    count++;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && count + pending.length <= limit; i++) pending.push(value[i]);
    } else if (value !== null && typeof value === "object") {
      for (const key in value) {
        if (count + pending.length > limit) break;
        pending.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return count + pending.length;
}
