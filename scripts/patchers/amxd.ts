// Max for Live's .amxd container.
//
// Layout, as read by Ableton's own parser (github.com/Ableton/maxdevtools, maxdiff/amxd_textconv.py) and
// seen in the devices of that repository (cpu-reporter/CPU Reporter.amxd, maxdiff/tests/test_files/*.amxd),
// also described in aklaswad's analysis (gist.github.com/aklaswad/f56b517033c335d2777857e0e996663a):
// a flat sequence of chunks, each a 4-byte ASCII tag, a 4-byte little-endian length of the data that
// follows (tag and length excluded), then the data, with no padding between chunks:
//   `ampf` 4 bytes: the device type, `aaaa` audio effect, `mmmm` MIDI effect, `iiii` instrument
//   `meta` 4 bytes: a little-endian integer (0 in CPU Reporter.amxd; frozen devices carry other values)
//   `ptch` the patcher JSON as UTF-8, terminated by a NUL byte that the length counts
// (an encrypted device has a `ciph` chunk, a frozen one an `mx@c` archive in `ptch`; we write neither).
import type { MaxPatcherFile } from "./MaxPatcher";

export const DEVICE_TYPES = { audioEffect: "aaaa", midiEffect: "mmmm", instrument: "iiii" } as const;
export type DeviceType = (typeof DEVICE_TYPES)[keyof typeof DEVICE_TYPES];

/** The code as Max stores it in `project.amxdtype`: the four ASCII bytes read as a big-endian integer. */
export function amxdTypeNumber(type: DeviceType): number {
  return Buffer.from(type, "ascii").readUInt32BE(0);
}

export interface AmxdContents {
  type: DeviceType;
  meta: number;
  patcher: MaxPatcherFile;
}

/** One chunk of an .amxd file: 4 ASCII bytes, a little-endian length, the data. */
export function amxdChunk(tag: string, data: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.write(tag, 0, 4, "ascii");
  header.writeUInt32LE(data.length, 4);
  return Buffer.concat([header, data]);
}

/** Max saves patchers as tab-indented JSON ending in a newline. */
export function patcherText(patcher: MaxPatcherFile): string {
  return `${JSON.stringify(patcher, null, "\t")}\n`;
}

export function packAmxd(type: DeviceType, patcher: MaxPatcherFile): Buffer {
  const meta = Buffer.alloc(4);
  return Buffer.concat([
    amxdChunk("ampf", Buffer.from(type, "ascii")),
    amxdChunk("meta", meta),
    amxdChunk("ptch", Buffer.concat([Buffer.from(patcherText(patcher), "utf8"), Buffer.from([0])])),
  ]);
}

/** Reads an unfrozen, unencrypted device back; throws a clear error on anything else. */
/** The chunks of an .amxd file by tag; throws on a truncated one. */
export function readAmxdChunks(file: Buffer): Map<string, Buffer> {
  const chunks = new Map<string, Buffer>();
  let offset = 0;
  while (offset < file.length) {
    if (offset + 8 > file.length) throw new Error(`truncated chunk header at byte ${offset}`);
    const tag = file.toString("ascii", offset, offset + 4);
    const length = file.readUInt32LE(offset + 4);
    if (offset + 8 + length > file.length) throw new Error(`chunk ${tag} runs past the end of the file`);
    chunks.set(tag, file.subarray(offset + 8, offset + 8 + length));
    offset += 8 + length;
  }
  return chunks;
}

export function unpackAmxd(file: Buffer): AmxdContents {
  const chunks = readAmxdChunks(file);
  const ampf = chunks.get("ampf");
  const type = ampf?.toString("ascii");
  if (!ampf || ampf.length !== 4 || !Object.values(DEVICE_TYPES).some((known) => known === type)) {
    throw new Error(`missing or unknown ampf device type: ${String(type)}`);
  }
  const meta = chunks.get("meta");
  if (!meta || meta.length !== 4) throw new Error("missing 4-byte meta chunk");
  const ptch = chunks.get("ptch");
  if (!ptch) throw new Error("missing ptch chunk");
  if (ptch[ptch.length - 1] !== 0) throw new Error("ptch chunk is not NUL-terminated");
  const patcher = JSON.parse(ptch.subarray(0, ptch.length - 1).toString("utf8")) as MaxPatcherFile;
  return { type: type as DeviceType, meta: meta.readUInt32LE(0), patcher };
}
