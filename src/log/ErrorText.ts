// What a thrown value says, in one place: a rejection or a throw need not carry an Error.

/** Its message alone, for the musician's status line and a one-line log entry. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** With where it was thrown, for the log and stderr. */
export function describeError(cause: unknown): string {
  if (cause instanceof Error) return cause.stack ?? `${cause.name}: ${cause.message}`;
  return String(cause);
}
