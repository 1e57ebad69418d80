// The Device knobs: the parameters of the selected track's selected device in banks of 8 (a rack's visible
// macros, a Max device's own banks, else its parameters in order: src/model/DeviceBanks.ts), its bank, its
// on / off switch and a rack's macro variations. A turn is one undo entry a parameter (ParameterTurns: the
// detents go through a live.remote~), a press one entry a change; paging and fine mode change nothing in Live.
import { ActionWarning, PRESS, PRESS_OR_SCROLL, SCROLL, actionState, answered, defineAction, tellAnswer, type ActionInput, type Answered } from "./Action";
import { afterLoading } from "./afterLoading";
import { ParameterText } from "./ParameterText";
import { TURN_END_MS } from "./TurnEnd";
import { BANK_SIZE, type ShownBank } from "../model/DeviceBanks";
import type { Device } from "../model/Device";
import type { Cancellable } from "../time/ScheduledCallback";

class DeviceKnobs {
  /** A tenth of the step, toggled by a long press of a parameter knob. */
  fine = false;
  /** The variation a turn has chosen, written once the knob rests (each write is an undo entry). */
  variation: { device: Device; index: number; rest: Cancellable } | null = null;
  readonly text: ParameterText;
  constructor(services: ConstructorParameters<typeof ParameterText>[0]) {
    this.text = new ParameterText(services);
  }
}

const knobs = actionState((services) => new DeviceKnobs(services));
type DeviceInput = ActionInput<"selectedDevice", DeviceKnobs>;

/** "Wavetable · Parameters 9–16 (2/3)" */
const bankText = ({ device, bank, index, count }: ShownBank): string => `${device.name} · ${bank.name} (${index + 1}/${count})`;

/** The bank the knobs turn, once the device's parameters (and a Max device's banks) are read. */
function onBank(input: DeviceInput, title: string, act: (shown: ShownBank) => Answered | string) {
  const banks = input.song.deviceBanks;
  return afterLoading(input, title, banks.load(input.device), () => {
    const shown = banks.current();
    if (shown === null) throw new ActionWarning(`${input.device.name} has no parameters to turn`);
    return act(shown);
  });
}

const rackRefusal = ({ device }: DeviceInput): string | undefined => (device.canHaveChains ? undefined : `${device.name} is not a rack: it has no macro variations`);

/** The variation a turn shows: the one it chose, not yet written, else Live's. */
const chosenVariation = ({ device, state }: DeviceInput): number => (state.variation?.device === device ? state.variation.index : device.selectedVariation);

export const DEVICE_ACTIONS = [
  defineAction({
    id: "device.parameter",
    title: "Device knob",
    description: `Turns the parameter of the selected device's bank at this knob (knobs 1–${BANK_SIZE}), one item a detent when stepped; a press resets it to its default.`,
    gestures: PRESS_OR_SCROLL,
    needs: ["selectedDevice"],
    state: knobs,
    refuse: ({ context }) => (context.encoder.position > BANK_SIZE ? `knob ${context.encoder.position} has no parameter: a bank is on knobs 1–${BANK_SIZE}` : undefined),
    run: (input) =>
      onBank(input, "Device knob", ({ device, bank }) => {
        const parameter = bank.slots[input.context.encoder.position - 1];
        if (!parameter) throw new ActionWarning(`${device.name} · ${bank.name} has nothing on knob ${input.context.encoder.position}`);
        if (input.context.gesture === "scroll") return answered(parameter.turn(input.steps, input.state.fine), input.state.text.show(parameter.name, parameter));
        if (parameter.isQuantized) throw new ActionWarning(`${parameter.name} has no default value (Live gives none to a stepped parameter)`);
        if (parameter.value === parameter.defaultValue) throw new ActionWarning(`${parameter.name} is at its default already`);
        return answered(parameter.reset(), `${parameter.name} reset`);
      }),
  }),
  defineAction({
    id: "device.fine",
    title: "Fine turns",
    description: "Toggles fine turns of the Device knobs: a tenth of the step (stepped parameters keep one item a detent).",
    gestures: PRESS,
    needs: [],
    state: knobs,
    run: ({ state }) => {
      state.fine = !state.fine;
      return state.fine ? "Fine turns on: a tenth of the step" : "Fine turns off";
    },
  }),
  defineAction({
    id: "device.bank",
    title: "Device bank",
    description: "Pages the selected device's banks: a rack's visible macros, a Max device's own banks, else its parameters 8 at a time.",
    gestures: SCROLL,
    needs: ["selectedDevice"],
    state: knobs,
    run: (input) =>
      onBank(input, "Device bank", (shown) => {
        const next = shown.index + Math.sign(input.steps);
        if (next < 0 || next >= shown.count) throw new ActionWarning(`${bankText(shown)}: no ${next < 0 ? "earlier" : "further"} bank`);
        return bankText(input.song.deviceBanks.page(input.steps)!);
      }),
  }),
  defineAction({
    id: "device.onOff",
    title: "Device on/off",
    description: "Switches the selected device on or off.",
    gestures: PRESS,
    needs: ["selectedDevice"],
    run: (input) =>
      afterLoading(input, "Device on/off", [input.device.loadParameters()], () => {
        const { device } = input;
        const on = device.onSwitch();
        if (on === null) throw new ActionWarning(`${device.name} has no on / off switch`);
        const switchingOn = on.value === 0;
        return answered(on.setValue(switchingOn ? 1 : 0), `${device.name} ${switchingOn ? "on" : "off"}`);
      }),
  }),
  defineAction({
    id: "device.variation",
    title: "Variation",
    description: "Turning chooses a macro variation of the selected rack, one a detent (written once the knob rests); press recalls it.",
    gestures: PRESS_OR_SCROLL,
    needs: ["selectedDevice"],
    state: knobs,
    refuse: (input) => rackRefusal(input) ?? (input.device.variationCount === 0 ? `${input.device.name} has no stored variation` : undefined),
    run: (input) => {
      const { device, state, runtime } = input;
      if (input.context.gesture !== "scroll") {
        if (state.variation?.device === device) throw new ActionWarning(`${device.name}: the variation is being chosen, recall it once the knob rests`);
        return afterLoading(input, "Variation", [device.readVariation()], () => {
          if (device.selectedVariation < 0) throw new ActionWarning(`${device.name}: no variation chosen`);
          return answered(device.recallVariation(), `${device.name}: variation ${device.selectedVariation + 1} recalled`);
        });
      }
      const choose = () => {
        const count = device.variationCount;
        // One variation a detent, however fast the knob turns.
        const index = Math.max(0, Math.min(count - 1, chosenVariation(input) + Math.sign(input.steps)));
        state.variation?.rest.cancel();
        const rest = runtime.sequences.ticks.waitMs(TURN_END_MS, () => {
          state.variation = null;
          if (index !== device.selectedVariation) tellAnswer(input.status, "Variation", device.selectVariation(index));
        });
        state.variation = { device, index, rest };
        return `${device.name}: variation ${index + 1} / ${count}`;
      };
      // A turn starts from the variation Live has now; its next detents from the one it chose.
      return state.variation?.device === device ? choose() : afterLoading(input, "Variation", [device.readVariation()], choose);
    },
  }),
  defineAction({
    id: "device.storeVariation",
    title: "Store variation",
    description: "Stores the selected rack's macro values as a new variation.",
    gestures: PRESS,
    needs: ["selectedDevice"],
    refuse: rackRefusal,
    run: ({ device }) => answered(device.storeVariation(), `${device.name}: variation ${device.variationCount + 1} stored`),
  }),
];
