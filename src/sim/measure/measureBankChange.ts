// What paging the Device knobs' bank costs on a synced rig while the device's grid shows the Device group:
// the bank knob turned one detent, until the rig is quiet. The grid then asks Live's text of each newly
// shown value (DeviceParameter.str_for_value, one call a cell); the values are observed already, as the
// selected device's parameters are (src/model/Focus.ts). Issue 20's "a bench line for a bank change".
import type { Rig } from "../max/Rig";
import { appOf, ec4Of } from "./benchRig";
import { longestBlockFields, phaseMs, round } from "./ledgerFields";
import type { LongestBlockFields } from "./ledgerFields";
import { advanceThrough, errorField, untilQuiet } from "./runPastFailures";
import type { ErrorFields } from "./runPastFailures";

export interface BankChangeFigure extends ErrorFields, LongestBlockFields {
  set: string;
  action: string;
  liveApiCalls: number;
  newObservers: number;
  blocks: number;
  modelledMs: number;
  newSymbols: number;
  undoEntries: number;
}

/** A device of 24 parameters dropped on the first track and selected, the Device group shown; then one detent of its bank knob. */
export async function measureBankChange(rig: Rig, set: string): Promise<BankChangeFigure> {
  const ec4 = ec4Of(rig);
  const knob = ec4.knobFor("device.bank", "scroll");
  if (!knob) throw new Error("the default mapping has no device.bank knob");
  const track = rig.set.song.tracks[0]!;
  const parameters = Array.from({ length: 24 }, (_, i) => ({ name: `Param ${i + 1}`, value: 0.5, min: 0, max: 1 }));
  const device = rig.set.addDevice(track.id, { name: "Bench Synth", type: "audio_effect", parameters });
  rig.set.selectTrack(track.id);
  rig.set.callFunction("live_set view", "select_device", "id", device.id);
  rig.sendToNode("ui_group", ec4.groups().indexOf(knob.group));
  const setup = await advanceThrough(rig, 1000);
  const undo = rig.set.undoHistory.length;
  const mark = rig.ledger.mark();
  const symbols = rig.symbols.mark();
  void ec4.turn(knob.group, knob.position, 1, 1, 0);
  // The grid redraws a tick later and asks Live's texts the tick after: a quiet tick comes before them.
  const errors = [...(await advanceThrough(rig, 200)), ...(await untilQuiet(rig))];
  const phase = rig.ledger.since(mark);
  const blocks = rig.ledger.blocks.slice(mark);
  const newSymbols = rig.symbols.since(symbols);
  if (appOf(rig).song.deviceBanks.current()?.index !== 1) errors.push("the bank did not change");
  return {
    set,
    action: "device.bank",
    liveApiCalls: phase.calls,
    newObservers: phase.observersCreated,
    blocks: phase.blocks,
    modelledMs: round(phaseMs(phase)),
    newSymbols,
    undoEntries: rig.set.undoHistory.length - undo,
    ...longestBlockFields(blocks),
    ...errorField([...setup, ...errors]),
  };
}
