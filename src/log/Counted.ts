// How a musician-facing text counts things: "1 bar", "2 bars", "1 external synth". One rule, so no
// display says "1 external synths" beside another that says "1 track".

/** `count` and `word`, the word in the plural unless the count is exactly one. */
export function counted(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
