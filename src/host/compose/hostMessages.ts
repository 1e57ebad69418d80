// What node.script's inlet hands the script: one handler a message, registered in this order at start.
import type { MessageHandler } from "../../wire/DevicePort";
import { MSG_EVENT, MSG_READY, MSG_REPLY } from "../../wire/protocol";
import { MIDI_SELECTOR } from "../../wire/ControllerMidi";
import { TO_BUNDLE } from "../../wire/DeviceMessages";
import type { Reports } from "./composeReports";
import type { Model } from "./composeModel";
import type { Control } from "./composeControl";
import type { Life } from "./composeLifecycle";

export type HostMessage = readonly [selector: string, handler: MessageHandler];

export function hostMessages({ log }: Reports, model: Model, control: Control, { lifecycle, midi }: Life): HostMessage[] {
  const { client, seq, healer, objects } = model;
  const ready: MessageHandler = (fresh) => {
    if (fresh === 1) client.shimReady();
    lifecycle.liveReady(fresh === 1);
  };
  const tick: MessageHandler = () => {
    seq.ticks.tick();
    client.tick(seq.ticks.currentTick);
    healer.tick();
  };
  // Each input device names its track at its ready and before each message it forwards, so a
  // restarted bundle learns them again before it acts on the controller.
  const inputTrack: MessageHandler = (id) => {
    if (typeof id === "number" && id > 0) objects.inputTracks.add(id);
  };
  return [
    [MSG_REPLY, (...atoms) => client.onReply(atoms)],
    [MSG_EVENT, (...atoms) => client.onEvent(atoms)],
    [MSG_READY, ready],
    ["bang", tick],
    [MIDI_SELECTOR, (...atoms) => midi.receive(atoms)],
    [TO_BUNDLE.inputTrack, inputTrack],
    [TO_BUNDLE.inputChannel, (id, channel) => control.inputChannels.report(id, channel)],
    [TO_BUNDLE.stateDict, (name) => control.stateDict.named(name)],
    [TO_BUNDLE.midiDropped, (count) => log.debug(`${String(count)} controller messages dropped before the script was ready`)],
  ];
}
