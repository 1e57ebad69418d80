// The README's EC4 programming for a mapping: what to set on the controller so that each knob sends what
// the mapping listens to. Generated from the default mapping so it cannot drift from it
// (scripts/readmeSections.ts writes it; a test checks it is current).
import { doublePressMs, encoderNote, type EncoderMapping, type MappingDocument } from "./Mapping";
import type { RelativeEncoding } from "./RelativeEncoding";

export const EC4_START = "<!-- ec4:start -->";
export const EC4_END = "<!-- ec4:end -->";

/** The EC4's encoder type for each relative encoding (Faderfox: CCr1 sends 1 / 127, CCr2 65 / 63). */
const EC4_TYPES: Record<RelativeEncoding, string> = {
  twosComplement: "**CCr1** (relative mode 1: 1 clockwise, 127 counter-clockwise)",
  binaryOffset: "**CCr2** (relative mode 2: 65 clockwise, 63 counter-clockwise)",
  signMagnitude: "none of the EC4's (sign magnitude: 1 clockwise, 65 counter-clockwise)",
};

/** "1, 2, 4, 5, 8–16": runs of consecutive numbers joined. */
function runs(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${numbers[i]}–${numbers[j]}` : numbers.slice(i, j + 1).join(", "));
    i = j + 1;
  }
  return parts.join(", ");
}

/** The rule when every knob follows it, else each knob's own number: "3 → 20, 4 → 21". */
function numbering(encoders: readonly EncoderMapping[], rule: string, follows: (e: EncoderMapping) => boolean, value: (e: EncoderMapping) => number): string {
  if (encoders.every(follows)) return rule;
  return encoders.map((e) => `${e.position} → ${value(e)}`).join(", ");
}

export function renderEc4Programming(doc: MappingDocument): string {
  const rows = doc.groups.map((group, index) => {
    const encoders = [...group.encoders].sort((a, b) => a.position - b.position);
    return [
      `${index + 1} ${group.name}`,
      String(group.addressing.channel),
      runs(encoders.map((e) => e.position)),
      numbering(encoders, "knob position", (e) => e.cc === e.position, (e) => e.cc),
      numbering(encoders, "CC − 1", (e) => e.note === undefined || e.note === e.cc - 1, encoderNote),
    ];
  });
  const header = ["EC4 group", "Channel", "Knobs used", "Turn: CC", "Push: note"];
  const table = [header, header.map(() => "---"), ...rows].map((row) => `| ${row.join(" | ")} |`).join("\n");
  const shifts = doc.groups.flatMap((group) => group.encoders.filter((e) => e.role === "shift").map((e) => `${group.name} ${e.position}`));
  return [
    `- Knobs, turned: type ${EC4_TYPES[doc.relativeEncoding]}, acceleration as you like.`,
    `- Knobs, pushed: type **notE**, mode **btn** (momentary: the script times a long press, ${doc.longPressMs} ms, and a double press, ${doublePressMs(doc)} ms).`,
    ...(shifts.length > 0 ? [`- Shift knobs (hold one while using the other knobs of its group): ${shifts.join(", ")}.`] : []),
    "- Channel, CC and note: each group's own, below; a knob the table does not list does nothing.",
    "",
    table,
  ].join("\n");
}
