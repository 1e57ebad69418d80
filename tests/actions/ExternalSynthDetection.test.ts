// Which groups are external synths, as the original decides it (issue 13, point 3): laid out MIDI,
// audio, audio…, and a MIDI track with no instrument of its own (an External Instrument plays the
// hardware). Played through the virtual EC4's arm knob, read from the simulated Live.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { DeviceInit } from "../../src/sim/live/Device";
import type { SetDescription } from "../../src/sim/live/LiveSet";
import { actionRig, type ActionRig } from "../support/ec4";
import { prop, trackNamed } from "../support/liveState";

const MONITOR_IN = 0;
const MONITOR_AUTO = 1;

const OPERATOR: DeviceInit = { name: "Operator", className: "Operator", type: "instrument" };
const EXTERNAL_INSTRUMENT: DeviceInit = { name: "External Instrument", className: "ProxyInstrumentDevice", type: "instrument" };
const EXTERNAL_AUDIO_EFFECT: DeviceInit = { name: "External Audio Effect", className: "ProxyAudioEffectDevice", type: "audio_effect" };

/** A group "Duo": a MIDI track holding `devices`, then an audio track. */
function duo(devices: DeviceInit[]): SetDescription {
  return {
    scenes: 2,
    tracks: [
      {
        name: "Duo",
        type: "group",
        tracks: [
          { name: "Keys", type: "midi", devices },
          { name: "Guitar", type: "audio", devices: [EXTERNAL_AUDIO_EFFECT] },
        ],
      },
      { name: "Other", type: "audio" },
    ],
  };
}

/** Presses arm with the group's MIDI track selected; answers which of its two tracks Live armed. */
async function armFromMidi(r: ActionRig): Promise<{ keys: number; guitar: number }> {
  r.set.selectTrack(trackNamed(r.set, "Keys").id);
  await r.play("track.arm");
  return { keys: prop(r.set, trackNamed(r.set, "Keys").id, "arm"), guitar: prop(r.set, trackNamed(r.set, "Guitar").id, "arm") };
}

test("a group of an instrument's MIDI track and an audio track is no external synth: arm arms the MIDI track alone", async () => {
  const r = await actionRig(duo([OPERATOR]));
  assert.equal(await armFromMidi(r), { keys: 1, guitar: 0 });
});

test("a MIDI track holding an External Instrument makes the group an external synth: arm arms both tracks", async () => {
  const r = await actionRig(duo([EXTERNAL_INSTRUMENT]));
  assert.equal(await armFromMidi(r), { keys: 1, guitar: 1 });
  assert.is(prop(r.set, trackNamed(r.set, "Guitar").id, "current_monitoring_state"), MONITOR_IN, "the synth heard live");
});

test("an instrument dropped on the MIDI track in Live re-classifies the group, and deleting it again", async () => {
  const r = await actionRig(duo([]));
  const keys = trackNamed(r.set, "Keys");
  // Out of the focus: what the track mapper holds must hear of it.
  r.set.selectTrack(trackNamed(r.set, "Other").id);
  r.set.addDevice(keys.id, OPERATOR);
  await r.rig.settle();
  assert.equal(await armFromMidi(r), { keys: 1, guitar: 0 }, "with Operator it is a plain group");
  await r.play("track.arm");
  r.set.callFunction(keys.id, "delete_device", 0);
  await r.rig.settle();
  assert.equal(await armFromMidi(r), { keys: 1, guitar: 1 }, "without it, an external synth again");
});

test("disarming an external synth puts it back on its audio path: MIDI track muted, audio track on Auto", async () => {
  const r = await actionRig(duo([EXTERNAL_INSTRUMENT]));
  const keys = trackNamed(r.set, "Keys");
  const guitar = trackNamed(r.set, "Guitar");
  await armFromMidi(r);
  assert.is(prop(r.set, keys.id, "mute"), 0, "armed, the synth is heard through its MIDI path");
  await r.play("track.arm");
  assert.equal([prop(r.set, keys.id, "arm"), prop(r.set, guitar.id, "arm")], [0, 0]);
  assert.is(prop(r.set, guitar.id, "current_monitoring_state"), MONITOR_AUTO, "the takes are heard");
  assert.is(prop(r.set, keys.id, "mute"), 1, "the synth itself is not");
});

test.run();
