// One module writes the status line (issue 19): src/ui/StatusLine.ts, whose writer decides what may hide
// what (an error outlives the lifecycle's lines, Live's late text never hides a newer message). Every
// other runtime file shows a text through it, never by sending the patcher's `status` message itself.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FROM_BUNDLE } from "../../src/wire/DeviceMessages";

const WRITER = "src/ui/StatusLine.ts";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Whether a file's code (comments left out) sends the status message: by its name in FROM_BUNDLE, or as the literal. */
function writesStatus(text: string): boolean {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  const literal = `(["'\`])${FROM_BUNDLE.status}\\1`;
  return new RegExp(`FROM_BUNDLE\\s*(\\.\\s*status\\b|\\[\\s*${literal})|\\b(send|outlet)\\(\\s*${literal}`).test(code);
}

test("only src/ui/StatusLine.ts sends the status line's message", () => {
  // The simulator plays Max and Live, which read the message; the shim and the input device never send it.
  const runtime = sources("src").filter((path) => !path.startsWith(join("src", "sim")));
  const writers = runtime.filter((path) => writesStatus(readFileSync(path, "utf8"))).map((path) => path.split("\\").join("/"));
  assert.equal(writers, [WRITER]);
});

test("the scan finds each way of sending it", () => {
  assert.ok(writesStatus(`host.send(FROM_BUNDLE.status, "info", text);`));
  assert.ok(writesStatus(`port.send(FROM_BUNDLE["status"], level, text);`));
  assert.ok(writesStatus(`this.options.host.send("status", "warn", text);`));
  assert.ok(writesStatus(`void maxApi.outlet('status', "error", text);`));
  assert.not.ok(writesStatus(`// host.send(FROM_BUNDLE.status, ...) in a comment\nstatus.show("info", text);`));
  assert.not.ok(writesStatus(`if (ended.status === "terminated") return;`));
});

test.run();
