// A frozen Max for Live device: one .amxd that carries the device patcher and every file it uses.
//
// Nothing public specifies this layout. It is read by Ableton's own parser (github.com/Ableton/maxdevtools
// at cbec332: maxdiff/amxd_textconv.py, frozen_device_printer.py, freezing_utils.py) and was compared field
// by field with the two frozen devices of that repository, both saved by Max:
//   maxdiff/tests/test_files/FrozenTest.amxd   (a MIDI effect, Max 9.0.10, 16 files, one a node.script file)
//   maxdiff/tests/test_files/WithGarbage.amxd  (an audio effect, Max 8.1.4, the device patcher alone)
// Fed those files' own entries, this writer gives back both files byte for byte (tests/devices/release.test.ts
// checks FrozenTest's header and whole dependency list; see docs in the README, "Installing in Live").
//
// The outer container is the ordinary .amxd chunk sequence (scripts/patchers/amxd.ts: 4-byte tag,
// 4-byte little-endian length, data):
//   `ampf` 4  the device type (aaaa / mmmm / iiii), as unfrozen
//   `meta` 4  07 00 00 00 in FrozenTest.amxd (Max 9); the unfrozen Test.amxd saved by the same Max has
//             01 00 00 00 and CPU Reporter.amxd 00 00 00 00. Its meaning is not documented: we write
//             FrozenTest's value. (WithGarbage.amxd, saved by Max 8.1, has 00 00 00 07.)
//   `ptch` n  the `mx@c` archive below; the last chunk, its length covers the rest of the file.
// Inside `ptch` every integer is BIG-endian (freezing_utils.py reads them with byteorder="big"):
//   0   "mx@c"
//   4   u32  16: the header's size. Both frozen files have 16 here and their first file at offset 16.
//   8   u64  offset of the dependency list from the start of `ptch` (frozen_device_printer.py: "data size
//            int is 64 bit"); the files lie between the header and it.
//   16  the files' bytes, one after the other in list order, no padding (every gap is 0 in both files,
//       whose sizes are odd).
//   then the dependency list:
//     "dlst" u32 size of the whole list, its 8 header bytes included (FrozenTest: 1696 = what remains)
//     per file, "dire" u32 size of the entry, header included (FrozenTest: 100 for "Test.amxd"), then
//     seven fields, always in this order, each a tag, a u32 size that counts its own 8 header bytes, data:
//       type  4 bytes: Max's file type code, padded with spaces ("JSON", "TEXT", "svg ", "PNG ", "AIFF")
//       fnam  the file name, NUL-terminated and padded with NULs to a multiple of 4 (always at least one
//             NUL: "MyAbstraction.maxpat", 20 characters, takes 24 bytes; "Test.amxd", 9, takes 12)
//       sz32  u32 the file's size
//       of32  u32 its offset from the start of `ptch`
//       vers  u32 0 in every entry of both files
//       flag  u32 0x11 on the first entry (the device patcher) in both files; 0x08 on the node.script
//             file (my-maxnode-basic.js) and on the audio file played by buffer~ / sfplay~
//             (shakerkicksnare.aif); 0 on every other file, [js] (TestScript.js) and [jsui] scripts
//             included. We read 0x08 as "needed as a real file on disk": node.script's Node process
//             and sfplay~ read the file themselves (Max extracts such files to a temporary folder).
//       mdat  u32 the file's modification date, seconds since 1904-01-01 UTC (HFS+; freezing_utils.py
//             get_hfs_date). Max's unfreezing compares it and the size with the file on disk
//             (docs.cycling74.com, "Unfreezing Devices"), so we write the real file's date.
// The first entry is the device patcher (get_frozen_stats.py: "the first entry is always the device file"),
// type JSON, named like the device file, its bytes exactly the unfrozen device's `ptch` data (the
// patcher JSON and its NUL): FrozenTest's entry equals the `ptch` of the unfrozen Test.amxd beside it but
// for three lines later commits changed. The name need not match the frozen file's own name
// (WithGarbage.amxd carries "Livesync Leader.amxd").
import { amxdChunk } from "../patchers/amxd";

export const FROZEN_META = 7;
export const MX_HEADER_SIZE = 16;
/** The device patcher's entry. */
export const FLAG_DEVICE = 0x11;
/** A file an object reads from disk itself: node.script's script. */
export const FLAG_ON_DISK = 0x08;
export const FLAG_NONE = 0;
/** Seconds from 1904-01-01 (HFS+) to 1970-01-01 (Unix), as freezing_utils.py. */
export const HFS_EPOCH_OFFSET = 2082844800;

export interface FrozenFile {
  /** The name objects look the file up by, ASCII, no folder. */
  name: string;
  /** Max's four-character file type. */
  type: string;
  flag: number;
  /** Modification date, Unix seconds. */
  modified: number;
  content: Buffer;
}

export interface FrozenDevice {
  /** ampf: aaaa, mmmm or iiii. */
  deviceType: string;
  meta?: number;
  /** The first is the device patcher, the others its dependencies, in the order of the list. */
  files: FrozenFile[];
}

function u32(value: number): Buffer {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new Error(`not a u32: ${value}`);
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value);
  return out;
}

function field(tag: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(tag, "ascii"), u32(8 + data.length), data]);
}

function fourCharCode(type: string): Buffer {
  if (!/^[\x20-\x7e]{1,4}$/.test(type)) throw new Error(`bad file type code: ${JSON.stringify(type)}`);
  return Buffer.from(type.padEnd(4, " "), "ascii");
}

function paddedName(name: string): Buffer {
  if (!/^[\x20-\x7e]+$/.test(name) || name.includes("/") || name.includes("\\")) {
    throw new Error(`a frozen file name must be plain ASCII without a folder: ${JSON.stringify(name)}`);
  }
  const out = Buffer.alloc((name.length + 4) & ~3);
  out.write(name, 0, "ascii");
  return out;
}

export function hfsDate(unixSeconds: number): number {
  return Math.floor(unixSeconds) + HFS_EPOCH_OFFSET;
}


/** The `mx@c` archive: header, files, dependency list. */
export function packMxc(files: FrozenFile[]): Buffer {
  if (files.length === 0) throw new Error("a frozen device holds at least its patcher");
  const names = new Set<string>();
  let offset = MX_HEADER_SIZE;
  const entries: Buffer[] = [];
  for (const file of files) {
    if (names.has(file.name)) throw new Error(`two frozen files named ${file.name}`);
    names.add(file.name);
    const fields = Buffer.concat([
      field("type", fourCharCode(file.type)),
      field("fnam", paddedName(file.name)),
      field("sz32", u32(file.content.length)),
      field("of32", u32(offset)),
      field("vers", u32(0)),
      field("flag", u32(file.flag)),
      field("mdat", u32(hfsDate(file.modified))),
    ]);
    entries.push(Buffer.concat([Buffer.from("dire", "ascii"), u32(8 + fields.length), fields]));
    offset += file.content.length;
  }
  const list = Buffer.concat(entries);
  const header = Buffer.alloc(MX_HEADER_SIZE);
  header.write("mx@c", 0, "ascii");
  header.writeUInt32BE(MX_HEADER_SIZE, 4);
  header.writeBigUInt64BE(BigInt(offset), 8);
  return Buffer.concat([
    header,
    ...files.map((file) => file.content),
    Buffer.from("dlst", "ascii"),
    u32(8 + list.length),
    list,
  ]);
}

export function packFrozenAmxd(device: FrozenDevice): Buffer {
  if (!/^[a-z]{4}$/.test(device.deviceType)) throw new Error(`bad device type ${device.deviceType}`);
  const meta = Buffer.alloc(4);
  meta.writeUInt32LE(device.meta ?? FROZEN_META);
  return Buffer.concat([
    amxdChunk("ampf", Buffer.from(device.deviceType, "ascii")),
    amxdChunk("meta", meta),
    amxdChunk("ptch", packMxc(device.files)),
  ]);
}
