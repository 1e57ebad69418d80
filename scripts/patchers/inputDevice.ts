// The input device (MIDI effect on the EC4's input track): its MIDI goes to the main device through a
// global [send]; a [js] decodes it and tags it with the track's input channel, since Live folds every
// channel to 1 before a device sees it (DESIGN.md). A "Thru" toggle passes the MIDI on down the track or swallows it.
import type { MaxPatcherFile } from "./MaxPatcher";
import type { Shown } from "./textBoxes";
import { PatcherBuilder } from "./PatcherBuilder";
import { BOLD_FONT, FONT } from "./mainLayout";
import { DEVICE_TYPES, amxdTypeNumber } from "./amxd";
import { FILES, INPUT_SEND_NAME, MIDI_SEND_NAME, TO_BUNDLE } from "../../src/wire/DeviceMessages";

/**
 * The input script: inlet 0 takes `ready` and the raw MIDI bytes of [midiin]; outlet 0 sends
 * `midi cc|note <channel> <number> <value>` messages, outlet 1 the text showing the detected channel.
 */
export const INPUT_IO: [number, number] = [1, 2];
export const INPUT_WIDTH = 120;
const TEXT = { fontsize: 9.0, fontname: FONT };
/** What the channel comment shows before the script has read its track's input channel. */
const CHANNEL_UNKNOWN = "channel: ?";

export function inputDevicePatcher(): MaxPatcherFile {
  const p = new PatcherBuilder({ [FILES.input]: INPUT_IO });
  const thisDevice = p.obj("live.thisdevice");
  const ready = p.msg(TO_BUNDLE.ready);
  const tagger = p.obj(`js ${FILES.input}`);
  p.connect(thisDevice, 0, ready);
  p.connect(ready, 0, tagger);

  p.section();
  const midiIn = p.obj("midiin");
  p.connect(midiIn, 0, tagger);
  const send = p.obj(`send ${MIDI_SEND_NAME}`);
  p.connect(tagger, 0, send);
  // The main device's warnings about input tracks: the script shows its own track's.
  p.connect(p.obj(`receive ${INPUT_SEND_NAME}`), 0, tagger);

  p.section();
  p.ui("comment", [4, 2, INPUT_WIDTH - 8, 18], { text: "Protocol0 Input", fontsize: 10.0, fontname: BOLD_FONT });
  const channel = p.ui("comment", [4, 24, INPUT_WIDTH - 8, 15], { text: CHANNEL_UNKNOWN, ...TEXT });
  const showChannel = p.obj("prepend set");
  p.connect(tagger, 1, showChannel);
  p.connect(showChannel, 0, channel);

  p.section();
  // [gate]: a non-zero left inlet opens it; MIDI bytes enter the right inlet.
  const thru = p.param("live.toggle", [4, 46, 15, 15], {
    longname: "Thru",
    shortname: "Thru",
    type: 2,
    visibility: 1,
    enums: ["off", "on"],
    initial: 1,
    info: { name: "MIDI thru", text: "On, the EC4's MIDI also continues down this track; off, only Protocol0 receives it." },
  });
  p.ui("comment", [22, 46, INPUT_WIDTH - 26, 15], { text: "MIDI thru", ...TEXT });
  const gate = p.obj("gate");
  const midiOut = p.obj("midiout");
  p.connect(thru, 0, gate, 0);
  p.connect(midiIn, 0, gate, 1);
  p.connect(gate, 0, midiOut);

  return p.build({ width: INPUT_WIDTH, amxdtype: amxdTypeNumber(DEVICE_TYPES.midiEffect) });
}

/** The device as it shows on a track whose input channel is 4 (src/input/main.ts's `channel: 4`), for its picture. */
export function inputDeviceShown(file: MaxPatcherFile): Shown {
  const channel = file.patcher.boxes.find(({ box }) => box.maxclass === "comment" && box["text"] === CHANNEL_UNKNOWN)?.box;
  if (!channel) throw new Error("the input device has no channel comment");
  return { text: { [channel.id]: "channel: 4" }, textcolor: {} };
}
