// The saved [node.script] box (issue 18, point 9): its text and its saved attributes agree on autostart
// and watch. Max reads both when the device loads, and a device whose box said `@autostart 1` while its
// saved attributes said 0 (or the reverse) would start its script or not depending on which Max applies.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { objectName } from "../../scripts/patchers/MaxPatcher";
import { DEVICES, boxes, committedDevice } from "./deviceFiles";

/** `@name value` pairs typed in a box. */
function typedAttributes(text: string): Record<string, string> {
  const words = text.trim().split(/\s+/);
  const typed: Record<string, string> = {};
  for (let i = 1; i + 1 < words.length; i++) if (words[i]!.startsWith("@")) typed[words[i]!.slice(1)] = words[i + 1]!;
  return typed;
}

test("every saved node.script box: autostart and watch as its text sets them; the main device's starts its script", () => {
  let found = 0;
  for (const { path } of DEVICES) {
    for (const box of boxes(committedDevice(path).patcher.patcher).filter((b) => objectName(b) === "node.script")) {
      found++;
      const typed = typedAttributes(box.text ?? "");
      const saved = box["saved_object_attributes"] as Record<string, unknown> | undefined;
      assert.ok(saved !== undefined, `${path}: [${box.text ?? ""}] has saved attributes`);
      for (const name of ["autostart", "watch"]) assert.is(Number(saved[name] ?? 0), Number(typed[name] ?? 0), `${path}: [${box.text ?? ""}] ${name}`);
      assert.is(typed["autostart"], "1", `${path}: the script starts with the device`);
    }
  }
  assert.is(found, 1, "the main device's one node.script");
});

test.run();
