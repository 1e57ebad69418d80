// The live heap, as the bench's heap figures read it (run with --expose-gc, as `npm run bench` is).

/** The heap after full collections (twice: what the first frees may hold the last references of more). */
export function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}
