// A list's wait as the mapping writes it: "1 bar", "2 bars", "1 beat", "3 beats", "500 ms". Bars and
// beats are counted on the song's grid (the Nth bar or beat line from now), milliseconds in metro ticks.

export type WaitUnit = "bar" | "beat" | "ms";

export interface Wait {
  readonly count: number;
  readonly unit: WaitUnit;
}

/** A whole count of bars or beats from 1 to 999, or 1 to 600,000 ms. */
export const WAIT_PATTERN = /^([1-9][0-9]{0,5}) (bars?|beats?|ms)$/;

const MAX: { readonly [unit in WaitUnit]: number } = { bar: 999, beat: 999, ms: 600_000 };

/** What the musician reads when a wait is malformed. */
export const WAIT_RULE = 'wait must be like "1 bar", "2 beats" or "500 ms" (whole numbers, at most 999 bars or beats, 600000 ms)';

export function parseWait(text: string): Wait | undefined {
  const match = WAIT_PATTERN.exec(text);
  if (match === null) return undefined;
  const count = Number(match[1]);
  const unit = match[2]!.replace(/s$/, "").replace(/^m$/, "ms") as WaitUnit;
  return count <= MAX[unit] ? { count, unit } : undefined;
}
