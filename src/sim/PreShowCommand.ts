// `npm run check -- my-set.als [my-mapping.json]`: the device over the set as it is (no input track added),
// the mapping file imported through the device as a musician imports it, then the pre-show check. The exit
// status is 0 when nothing would fail, 1 when something would, 2 when the set cannot be read.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { findingText } from "../control/preShow/Finding";
import { parseMappingText } from "../control/MappingText";
import { FROM_BUNDLE, TO_BUNDLE } from "../wire/DeviceMessages";
import { startDemo } from "./Demo";
import { SetFileError } from "./SetFile";

export const CHECK_USAGE = "usage: npm run check -- <set.als|set.json> [mapping.json]";

/** Time for the input devices to report their channels and the device to answer an import. */
const SETTLE_MS = 200;

export async function checkSetFile(args: readonly string[], print: (line: string) => void, logDir?: string): Promise<number> {
  const [setFile, mappingFile, ...extra] = args;
  if (setFile === undefined || extra.length > 0) {
    print(CHECK_USAGE);
    return 2;
  }
  let demo;
  try {
    demo = await startDemo({ setFile, ...(logDir !== undefined && { logDir }) });
  } catch (error) {
    if (!(error instanceof SetFileError)) throw error;
    print(error.message);
    return 2;
  }
  try {
    await demo.rig.advance(SETTLE_MS);
    if (mappingFile !== undefined) {
      const refusal = await importMapping(mappingFile, demo);
      if (refusal !== undefined) {
        const fix = /too large/.test(refusal) ? "remove the groups and knobs you do not play" : "correct the file, then check again";
        print(`${mappingFile}: ${refusal}. Fix: ${fix}.`);
        return 1;
      }
    }
    const findings = demo.app.preShowCheck();
    for (const finding of findings) print(`✗ ${findingText(finding)}`);
    print(findings.length === 0 ? `${setFile}: all clear, nothing would fail` : `${setFile}: ${findings.length} ${findings.length === 1 ? "thing" : "things"} would go wrong`);
    return findings.length === 0 ? 0 : 1;
  } finally {
    demo.rig.stopMetro();
  }
}

/** Imports the file as the device's import does; why it was refused, or undefined when it is the mapping now. */
async function importMapping(file: string, demo: Awaited<ReturnType<typeof startDemo>>): Promise<string | undefined> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return "no such file";
  }
  // Too large or not JSON: said before the device is asked, in the words it would use.
  const parsed = parseMappingText(text);
  if (!parsed.ok) return parsed.message;
  const mark = demo.rig.fromNode.length;
  demo.rig.sendToNode(TO_BUNDLE.mappingImport, resolve(file));
  await demo.rig.advance(SETTLE_MS);
  const error = demo.rig.fromNode.slice(mark).find((m) => m[0] === FROM_BUNDLE.status && m[1] === "error");
  return error === undefined ? undefined : error.slice(2).join(" ");
}
