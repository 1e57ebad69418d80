// What the shim answers when Live refuses an op, and the one refusal that is a race rather than a fault.
import type { Op } from "../wire/protocol";
import { NO_OBJECT } from "../wire/protocol";

export class LomError extends Error {
  constructor(
    message: string,
    readonly op: Op,
  ) {
    super(message);
    this.name = "LomError";
  }
}

/** Whether `error` is the shim finding no object at an id: Live deleted it since the request left. */
export function isGone(error: unknown): boolean {
  return error instanceof LomError && error.message.startsWith(NO_OBJECT);
}
