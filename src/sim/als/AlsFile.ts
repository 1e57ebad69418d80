// Reads a Live Set file (.als: XML compressed with gzip, as Live 9 to 12 save it) into a set description,
// streaming: the file is read in chunks, gunzipped and fed to saxes, a streaming XML parser, so a 10 MB set
// never sits in memory as text or as a tree (npm run bench measures it). Every failure is one line.
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { SaxesParser } from "saxes";
import type { SetDescription } from "../live/SetDescription";
import { AlsSetBuilder } from "./AlsSetBuilder";

/** The Live versions whose sets are read: their XML schema is the one AlsSetBuilder knows. */
export const LIVE_VERSIONS = [9, 10, 11, 12] as const;

/** A set file that cannot be read, said in one line. */
export class SetFileError extends Error {
  override readonly name = "SetFileError";
}

/** The root element names the Live that saved the set: MinorVersion="11.0_11202" Creator="Ableton Live 11.2.10". */
function checkVersion(file: string, attributes: Record<string, string>): void {
  const creator = attributes.Creator ?? "an unknown Live";
  const major = Number.parseInt(attributes.MinorVersion ?? "", 10);
  if (!(LIVE_VERSIONS as readonly number[]).includes(major)) {
    throw new SetFileError(`${file} was saved by ${creator}: Protocol0 reads sets of Live 9 to 12`);
  }
}

/** `onChunk`: called after each chunk is parsed (the bench samples the heap there). */
export function readLiveSet(file: string, onChunk?: () => void): Promise<SetDescription> {
  return new Promise((resolve, reject) => {
    const builder = new AlsSetBuilder();
    const parser = new SaxesParser();
    let depth = 0;
    let sawSet = false;
    parser.on("opentag", (tag) => {
      depth++;
      const attributes = tag.attributes as Record<string, string>;
      if (depth === 1) {
        if (tag.name !== "Ableton") throw new SetFileError(`${file} is not a Live set (its XML is not Live's)`);
        checkVersion(file, attributes);
      }
      if (depth === 2 && tag.name === "LiveSet") sawSet = true;
      builder.open(tag.name, attributes);
    });
    parser.on("closetag", () => {
      depth--;
      builder.close();
    });
    const source = createReadStream(file);
    const gunzip = createGunzip();
    const fail = (error: unknown): void => {
      source.destroy();
      gunzip.destroy();
      reject(error instanceof SetFileError ? error : new SetFileError(`${file} is not a Live set (${describe(error)})`));
    };
    source.on("error", (error: NodeJS.ErrnoException) => fail(error.code === "ENOENT" ? new SetFileError(`${file}: no such file`) : error));
    gunzip.on("error", () => fail(new SetFileError(`${file} is not a Live set (Live saves sets compressed with gzip)`)));
    gunzip.setEncoding("utf8");
    gunzip.on("data", (chunk: string) => {
      try {
        parser.write(chunk);
        onChunk?.();
      } catch (error) {
        fail(error);
      }
    });
    gunzip.on("end", () => {
      try {
        parser.close();
      } catch (error) {
        return fail(error);
      }
      if (!sawSet) return fail(new SetFileError(`${file} is not a Live set (it holds no LiveSet: a preset or a clip?)`));
      resolve(builder.describe());
    });
    source.pipe(gunzip);
  });
}

/** saxes says where the XML broke: "1:5: text data outside of root node." */
function describe(error: unknown): string {
  return error instanceof Error ? `broken XML: ${error.message}` : String(error);
}
