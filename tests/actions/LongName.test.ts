// A track name longer than an atom: the shim cuts it to 30,000 characters, the last the mark …, so the
// track shows cut rather than empty; scrolling onto it with the EC4 shows it on the status line, cut too.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { CUT_MARK, MAX_ATOM_CHARS } from "../../src/wire/liveApiCosts";
import { actionRig } from "../support/ec4";

const LONG = "Strings ".repeat(5000);

test("a 40,000-character track name arrives cut with …, and the status line shows it so", async () => {
  const r = await actionRig({ scenes: 1, tracks: [{ name: "Drums", type: "midi" }, { name: LONG, type: "midi" }] });
  const shown = r.app.song.simpleTracks().find((track) => track.name.startsWith("Strings"))?.name ?? "";
  assert.is(shown.length, MAX_ATOM_CHARS);
  assert.is(shown, LONG.slice(0, MAX_ATOM_CHARS - 1) + CUT_MARK);
  await r.play("nav.tracks", 1);
  const status = r.statuses().pop() ?? "";
  assert.ok(status.startsWith("info Track: Strings Strings"), status.slice(0, 80));
  assert.ok(status.endsWith(CUT_MARK), status.slice(-20));
  assert.ok(r.rig.wire.maxAtomChars <= MAX_ATOM_CHARS, `longest atom ${r.rig.wire.maxAtomChars}`);
  assert.equal(r.rig.wire.cutAtoms, []);
});

test.run();
