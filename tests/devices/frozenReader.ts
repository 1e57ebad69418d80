// A reader of frozen .amxd files for the tests, written from Ableton's own (github.com/Ableton/maxdevtools,
// maxdiff/amxd_textconv.py, frozen_device_printer.py, freezing_utils.py), apart from the writer in
// scripts/release/frozenAmxd.ts so that the release test does not check the writer with itself.
// Where freezing_utils.py is loose it is strict: every size must add up, files must tile the space between
// the header and the dependency list, and an unknown chunk, field or trailing byte is an error.

export interface FrozenEntry {
  type: string;
  name: string;
  size: number;
  offset: number;
  vers: number;
  flag: number;
  /** Unix seconds (mdat is HFS+ seconds since 1904). */
  modified: number;
  data: Buffer;
}

export interface FrozenContents {
  deviceType: string;
  meta: Buffer;
  /** The mx@c header's second word and the dependency list's offset. */
  headerSize: number;
  listOffset: number;
  entries: FrozenEntry[];
}

const FIELDS = ["type", "fnam", "sz32", "of32", "vers", "flag", "mdat"];

export function readFrozenAmxd(file: Buffer): FrozenContents {
  // The outer chunks: 4 ASCII bytes, a little-endian length, the data (amxd_textconv.py parse).
  const chunks: [string, Buffer][] = [];
  for (let at = 0; at < file.length; ) {
    if (at + 8 > file.length) throw new Error(`truncated chunk header at ${at}`);
    const tag = file.toString("ascii", at, at + 4);
    const length = file.readUInt32LE(at + 4);
    if (at + 8 + length > file.length) throw new Error(`chunk ${tag} runs past the end`);
    chunks.push([tag, file.subarray(at + 8, at + 8 + length)]);
    at += 8 + length;
  }
  const tags = chunks.map(([tag]) => tag).join(",");
  if (tags !== "ampf,meta,ptch") throw new Error(`chunks ${tags}, not ampf,meta,ptch`);
  const [[, ampf], [, meta], [, ptch]] = chunks as [[string, Buffer], [string, Buffer], [string, Buffer]];
  if (ampf.length !== 4 || meta.length !== 4) throw new Error("ampf and meta hold 4 bytes each");
  // handle_ptch: a frozen patch starts with mx@c.
  if (ptch.toString("ascii", 0, 4) !== "mx@c") throw new Error("ptch is not an mx@c archive");
  const headerSize = ptch.readUInt32BE(4);
  // print_frozen_device: the footer offset is the 64-bit big-endian integer at 8.
  const listOffset = Number(ptch.readBigUInt64BE(8));
  const list = ptch.subarray(listOffset);
  if (list.toString("ascii", 0, 4) !== "dlst") throw new Error("the dependency list does not start with dlst");
  if (list.readUInt32BE(4) !== list.length) throw new Error("dlst size is not the rest of the ptch chunk");
  const entries: FrozenEntry[] = [];
  let expectedOffset = headerSize;
  for (let at = 8; at < list.length; ) {
    if (list.toString("ascii", at, at + 4) !== "dire") throw new Error(`no dire at ${at} of the list`);
    const size = list.readUInt32BE(at + 4);
    const fields = new Map<string, Buffer>();
    const order: string[] = [];
    for (let f = at + 8; f < at + size; ) {
      const tag = list.toString("ascii", f, f + 4);
      const fieldSize = list.readUInt32BE(f + 4);
      if (fieldSize < 8 || f + fieldSize > at + size) throw new Error(`field ${tag} overruns its dire`);
      fields.set(tag, list.subarray(f + 8, f + fieldSize));
      order.push(tag);
      f += fieldSize;
    }
    if (order.join(",") !== FIELDS.join(",")) throw new Error(`dire fields ${order.join(",")}`);
    const int = (tag: string) => {
      const data = fields.get(tag) as Buffer;
      if (data.length !== 4) throw new Error(`${tag} is not 4 bytes`);
      return data.readUInt32BE(0);
    };
    const type = (fields.get("type") as Buffer).toString("ascii");
    const fnam = fields.get("fnam") as Buffer;
    const nul = fnam.indexOf(0);
    if (nul < 0 || fnam.length % 4 !== 0 || fnam.subarray(nul).some((byte) => byte !== 0)) {
      throw new Error("fnam is not a NUL-padded name");
    }
    const offset = int("of32");
    const length = int("sz32");
    if (offset !== expectedOffset) throw new Error(`${fnam.toString("ascii", 0, nul)} at ${offset}, not ${expectedOffset}`);
    expectedOffset = offset + length;
    entries.push({
      type,
      name: fnam.toString("ascii", 0, nul),
      size: length,
      offset,
      vers: int("vers"),
      flag: int("flag"),
      modified: int("mdat") - 2082844800,
      data: ptch.subarray(offset, offset + length),
    });
    at += size;
  }
  if (expectedOffset !== listOffset) throw new Error(`the files end at ${expectedOffset}, the list starts at ${listOffset}`);
  return { deviceType: ampf.toString("ascii"), meta, headerSize, listOffset, entries };
}
