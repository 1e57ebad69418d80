import { test } from "uvu";
import * as assert from "uvu/assert";
import { DEVICE_TYPES, amxdTypeNumber, packAmxd, unpackAmxd } from "../../scripts/patchers/amxd";
import { generatedFiles } from "../../scripts/patchers/generatedFiles";
import { mainDevice } from "../../scripts/patchers/mainDevice";
import { DEVICES, committedDevice, readCommitted } from "./deviceFiles";

test("both committed devices parse back: device type, meta, NUL-terminated patcher JSON", () => {
  for (const { path, type } of DEVICES) {
    const file = readCommitted(path);
    assert.is(file.toString("ascii", 0, 4), "ampf", path);
    assert.is(file.readUInt32LE(4), 4, `${path} ampf length`);
    const device = committedDevice(path);
    assert.is(device.type, type, path);
    assert.is(device.meta, 0, path);
    const project = device.patcher.patcher["project"] as { amxdtype?: number } | undefined;
    assert.is(project?.amxdtype, amxdTypeNumber(device.type), `${path} project.amxdtype`);
    // ptch is the last chunk: its length field covers exactly the rest of the file.
    const ptchAt = file.indexOf("ptch", 16, "ascii");
    assert.is(file.readUInt32LE(ptchAt + 4), file.length - ptchAt - 8, `${path} ptch length`);
  }
});

test("the device type codes are the four ASCII bytes read big-endian, as Max's project.amxdtype", () => {
  // 1835887981 is the amxdtype of the MIDI effect Ableton/maxdevtools maxdiff/tests/test_files/Test.amxd.
  assert.is(amxdTypeNumber(DEVICE_TYPES.midiEffect), 1835887981);
  assert.is(amxdTypeNumber(DEVICE_TYPES.audioEffect), 0x61616161);
});

test("a file laid out as Max writes it (meta 1, tab-indented JSON) is read", () => {
  const json = Buffer.from('{\n\t"patcher" : \t{\n\t\t"fileversion" : 1\n\t}\n\n}\n\0', "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const ampf = Buffer.concat([Buffer.from("ampf"), Buffer.from([4, 0, 0, 0]), Buffer.from("mmmm")]);
  const meta = Buffer.concat([Buffer.from("meta"), Buffer.from([4, 0, 0, 0, 1, 0, 0, 0])]);
  const ptch = Buffer.concat([Buffer.from("ptch"), length, json]);
  const read = unpackAmxd(Buffer.concat([ampf, meta, ptch]));
  assert.is(read.type, "mmmm");
  assert.is(read.meta, 1);
  assert.is(read.patcher.patcher.fileversion, 1);
});

test("pack then unpack returns the same patcher", () => {
  const patcher = mainDevice().file;
  assert.equal(unpackAmxd(packAmxd(DEVICE_TYPES.audioEffect, patcher)).patcher, patcher);
});

test("broken files are refused with a clear error", () => {
  const good = packAmxd(DEVICE_TYPES.midiEffect, mainDevice().file);
  assert.throws(() => unpackAmxd(good.subarray(0, good.length - 10)), /runs past the end/);
  assert.throws(() => unpackAmxd(good.subarray(0, good.length - 1)), /runs past the end/);
  const unknownType = Buffer.from(good);
  unknownType.write("xxxx", 8, "ascii");
  assert.throws(() => unpackAmxd(unknownType), /unknown ampf device type/);
  const noNul = Buffer.from(good);
  noNul[noNul.length - 1] = 0x0a;
  assert.throws(() => unpackAmxd(noNul), /not NUL-terminated/);
  assert.throws(() => unpackAmxd(good.subarray(0, 28)), /truncated chunk header at byte 24/);
  assert.throws(() => unpackAmxd(good.subarray(0, 24)), /missing ptch/);
});

test("committed patchers, devices and picture are what the generator writes now", () => {
  for (const { path, content } of generatedFiles()) {
    assert.ok(readCommitted(path).equals(content), `${path} is stale: run node scripts/patchers/generate.mjs`);
  }
});

test.run();
