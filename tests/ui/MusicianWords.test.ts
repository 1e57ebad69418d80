// One word for each thing, everywhere a musician reads (issue 22): the status line, the log, the device,
// the REPL, `npm start` and the README (tests/support/musicianTexts.ts gathers them through the real path)
// call a knob a knob, a turn a turn, a gesture by its words, number scenes and tracks from 1 as Live does,
// write lengths in bars in words, and give a clip Live left unnamed a name. The mapping document's own keys
// (`encoders`, `scroll`, `longPress`) are data a musician types, not words: they are left out where they
// are code, and in the JSON path an error ends with ("(/groups/0/encoders/3/scroll)"), which says where
// in the file the fault is.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { musicianTexts, type Printed } from "../support/musicianTexts";

interface Rule {
  rule: string;
  pattern: RegExp;
  /** A text the rule must catch: the rule would see the word come back. */
  broken: string;
}

const RULES: readonly Rule[] = [
  { rule: 'a knob, not an "encoder"', pattern: /\bencoders?\b/i, broken: "the 4×4 encoder grid" },
  { rule: '"turn", not "scroll"', pattern: /\bscroll(s|ed|ing)?\b/i, broken: "Scroll chooses a bar" },
  { rule: "a gesture in words, not its camelCase key", pattern: /\b(long|double)Press\b/, broken: "EC4 Main knob 16 (SCEN): longPress → scene.loop" },
  { rule: "scenes and tracks numbered from 1", pattern: /\b(scene|track)s?:? #?0\b/i, broken: "clip in scene 0: \"Beat\" MIDI" },
  { rule: 'lengths in bars in words, not "1b"', pattern: /\b\d+(\.\d+)? ?(b|bt|bts|br|brs)\b/i, broken: "Beat 1b ▶" },
  { rule: "a clip with no name shows (no name)", pattern: /""/, broken: 'clip in scene 2: "" MIDI, 4 bars' },
  // src/log/Counted.ts: one thing is never counted in the plural.
  { rule: "one of a thing in the singular", pattern: /(^|[^\d.])1 (tracks|groups|external synths|returns|scenes|clips|bars|beats|steps|values|decimals)\b/, broken: "19 tracks (2 groups, 1 external synths)" },
];

/** The JSON path an error about the mapping document ends with. */
const JSON_PATH = /\(\/groups\/[^)]*\)/g;

/** The session grid's clip cells: each begins with its name (a blank one would begin with its length). */
function clipCells(picture: string): string[] {
  const [, , header = "", ...rows] = picture.split("\n");
  // A scene's name may hold single spaces ("(no name)"); the columns are two spaces apart at least.
  const starts = [...header.matchAll(/\S+(?: \S+)*/g)].map((match) => match.index ?? 0);
  return rows.flatMap((row) => starts.map((start, i) => row.slice(start, starts[i + 1]).trimEnd()).filter((cell) => cell !== "" && cell !== "·"));
}

/** Gathered once, by the first test that needs them. */
let gathered: Promise<Printed[]> | undefined;
const texts = (): Promise<Printed[]> => (gathered ??= musicianTexts());
const offending = (rule: Rule, texts: readonly Printed[]) =>
  texts.filter(({ text }) => rule.pattern.test(text.replace(JSON_PATH, ""))).map(({ where, text }) => `${where}: ${text}`);

test("the texts are gathered from every place a musician reads", async () => {
  const printed = await texts();
  const places = new Set(printed.map(({ where }) => where.split(" ui_")[0]));
  for (const place of ["npm start", "status line", "log", "device", "REPL", "set picture", "README.md"]) assert.ok(places.has(place), `${place}: ${[...places].join(", ")}`);
  assert.ok(printed.length > 1000, `${printed.length} texts`);
  assert.ok(printed.some(({ text }) => text.includes("(no name)")), "the recorded take's clips are unnamed, and shown");
  assert.ok(printed.some(({ where, text }) => where === "device Protocol0.maxpat" && text === "The action turning the edited knob runs."), "the devices' Info View");
});

for (const rule of RULES) {
  test(`${rule.rule}, in every text`, async () => {
    assert.ok(rule.pattern.test(rule.broken), `the rule catches "${rule.broken}"`);
    assert.equal(offending(rule, await texts()), []);
  });
}

test("a clip cell of the set's picture begins with the clip's name", async () => {
  const cells = (await texts()).filter(({ where }) => where === "set picture").flatMap(({ text }) => clipCells(text));
  assert.ok(cells.some((cell) => cell.startsWith("(no name) ")), cells.join("\n"));
  assert.equal(cells.filter((cell) => !/^\S.* \d+(\.\d+)? bars?( [▶●◌])?$/.test(cell)), []);
});

test.run();
