// How a relative encoder's CC value says "turned by n". FaderFox EC4 relative mode 1 is two's complement
// (1 / 127), mode 2 is binary offset (65 / 63); acceleration sends larger magnitudes.
import type { ScrollStep } from "../actions/Action";

export type RelativeEncoding = "twosComplement" | "binaryOffset" | "signMagnitude";

function signedValue(encoding: RelativeEncoding, value: number): number {
  switch (encoding) {
    case "twosComplement":
      return value < 64 ? value : value - 128;
    case "binaryOffset":
      return value - 64;
    case "signMagnitude":
      return value < 64 ? value : -(value - 64);
  }
}

/** The step a CC value (0..127) stands for; undefined when it means no movement (an EC4 sends 0 at start-up). */
export function decodeRelative(encoding: RelativeEncoding, value: number): ScrollStep | undefined {
  const signed = signedValue(encoding, value);
  if (signed === 0) return undefined;
  return { direction: signed > 0 ? 1 : -1, delta: Math.abs(signed) };
}
