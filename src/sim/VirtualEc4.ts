// A FaderFox EC4 played into a running rig: by default straight into node.script as its input device would
// forward it, `midi cc|note <channel> <number> <value>` with the group's channel (src/wire/ControllerMidi.ts);
// or into another output, such as Live's port to the set's input devices (Ec4Port.ts). Knobs are found by
// group and position in the mapping the bundle has active now, so an edited or imported mapping is played as it stands.
import { GESTURES, type Gesture } from "../actions/Action";
import type { GroupMapping, EncoderMapping, MappingDocument } from "../control/Mapping";
import { bindingName, doublePressMs, encoderNote, SHIFT_GESTURES } from "../control/Mapping";
import { msToTicks } from "../time/TickScheduler";
import type { RelativeEncoding } from "../control/RelativeEncoding";
import { CC, controllerMidi, NOTE, type ControllerKind } from "../wire/ControllerMidi";
import type { Rig } from "./max/Rig";
import { METRO_MS } from "./max/Rig";

/** A short press: released after a few metro ticks, well under any long-press threshold. */
const PRESS_MS = 3 * METRO_MS;

export type GroupRef = string | number;

export interface KnobRef {
  group: string;
  position: number;
  label: string;
  gesture: Gesture;
  /** Played with the group's shift knob held. */
  shifted?: boolean;
}

/** A gesture of the mapping and the action it runs. */
export interface BoundGesture extends KnobRef {
  /** The action id, or the list as text ("list: scene.fire, wait 1 bar"). */
  action: string;
}

/** The CC value an EC4 sends for one step of `delta` (1..63) in `direction`, in the given relative mode. */
export function encodeRelative(encoding: RelativeEncoding, direction: 1 | -1, delta: number): number {
  const magnitude = Math.max(1, Math.min(63, Math.round(delta)));
  switch (encoding) {
    case "twosComplement":
      return direction > 0 ? magnitude : 128 - magnitude;
    case "binaryOffset":
      return 64 + direction * magnitude;
    case "signMagnitude":
      return direction > 0 ? magnitude : 64 + magnitude;
  }
}

/** Where the EC4's messages go: one CC or note on a channel 1..16. */
export type Ec4Output = (kind: ControllerKind, channel: number, number: number, value: number) => void;

export class VirtualEc4 {
  private readonly output: Ec4Output;

  /** `mapping` reads the bundle's active mapping (it changes when the user edits or imports one). */
  constructor(
    private readonly rig: Rig,
    private readonly mapping: () => MappingDocument | undefined,
    output?: Ec4Output,
  ) {
    this.output = output ?? ((kind, channel, number, value) => rig.sendToNode(...controllerMidi(kind, channel, number, value)));
  }

  /**
   * Turns a knob by `steps` detents (negative: counter-clockwise), one CC message per detent, each
   * reporting `delta` (larger than 1 as an accelerated, fast turn does), `gapMs` apart: 0 sends them
   * all before the bundle can hear Live answer any, as a quick turn does in real Max.
   */
  async turn(group: GroupRef, knob: number, steps: number, delta = 1, gapMs = METRO_MS): Promise<void> {
    const { doc, channel, encoder } = this.knob(group, knob);
    const direction = steps < 0 ? -1 : 1;
    for (let i = 0; i < Math.abs(steps); i++) {
      this.output(CC, channel, encoder.cc, encodeRelative(doc.relativeEncoding, direction, delta));
      if (gapMs > 0) await this.rig.advance(gapMs);
    }
  }

  /** Pushes and releases a knob quickly; a knob with a double press waits until its single press ran. */
  async press(group: GroupRef, knob: number): Promise<void> {
    await this.hold(group, knob, PRESS_MS);
    const { doc, encoder } = this.knob(group, knob);
    if (encoder.doublePress !== undefined) await this.rig.advance(msToTicks(doublePressMs(doc)) * METRO_MS);
  }

  /** Two quick pushes, the second well inside the double-press time. */
  async doublePress(group: GroupRef, knob: number): Promise<void> {
    await this.hold(group, knob, PRESS_MS);
    await this.hold(group, knob, PRESS_MS);
  }

  /** Plays `body` with the group's shift knob held (pushed before, released after). */
  async withShift(group: GroupRef, body: () => Promise<void>): Promise<void> {
    const shift = this.knob(group, undefined);
    this.down(group, shift.encoder.position);
    await this.rig.advance(METRO_MS);
    await body();
    this.up(group, shift.encoder.position);
    await this.rig.advance(METRO_MS);
  }

  /** Holds a knob past the mapping's long-press time, then releases it. */
  async longPress(group: GroupRef, knob: number): Promise<void> {
    const { doc } = this.knob(group, knob);
    await this.hold(group, knob, doc.longPressMs + 2 * METRO_MS);
  }

  /**
   * Plays whatever knob the active mapping binds to `actionId`: turned by `steps` when given, else pushed
   * (a long press when that is the binding). Returns the knob, or throws when no knob has the action.
   */
  async play(actionId: string, steps?: number): Promise<KnobRef> {
    const pushes = (binding: BoundGesture) => (steps === undefined) === (binding.gesture !== "scroll");
    // A knob's own gesture first, then a shift action.
    const [knob] = this.bindings()
      .filter((binding) => binding.action === actionId && pushes(binding))
      .sort((a, b) => Number(a.shifted === true) - Number(b.shifted === true));
    if (knob === undefined) throw new Error(`VirtualEc4: no knob ${steps === undefined ? "press" : "turn"} is mapped to ${actionId}`);
    const { action: _action, ...played } = knob;
    await this.perform(played, steps ?? 0);
    return played;
  }

  /** Plays one gesture of a knob (a turn of `steps` detents), with shift held when it is a shift action. */
  async perform(knob: KnobRef, steps = 1): Promise<void> {
    const { group, position, gesture } = knob;
    if (knob.shifted === true) return this.withShift(group, () => this.perform({ ...knob, shifted: false }, steps));
    if (gesture === "scroll") await this.turn(group, position, steps);
    else if (gesture === "press") await this.press(group, position);
    else if (gesture === "longPress") await this.longPress(group, position);
    else await this.doublePress(group, position);
  }

  /** Every gesture of the active mapping that runs an action, its shift actions included, in the mapping's order. */
  bindings(): BoundGesture[] {
    return (this.mapping()?.groups ?? []).flatMap((group) =>
      group.encoders.flatMap((encoder) => {
        const knob = { group: group.name, position: encoder.position, label: encoder.label };
        const own = GESTURES.flatMap((gesture) => {
          const binding = encoder[gesture];
          return binding === undefined ? [] : [{ ...knob, gesture, action: bindingName(binding) }];
        });
        const shifted = SHIFT_GESTURES.flatMap((gesture) => {
          const binding = encoder.shift?.[gesture];
          return binding === undefined ? [] : [{ ...knob, gesture, action: bindingName(binding), shifted: true }];
        });
        return [...own, ...shifted];
      }),
    );
  }

  /** The first knob of the active mapping whose own `gesture` runs `actionId` (alone, with or without arguments). */
  knobFor(actionId: string, gesture: Gesture): KnobRef | undefined {
    return this.bindings().find((binding) => binding.action === actionId && binding.gesture === gesture && binding.shifted !== true);
  }

  /** The group names of the active mapping, in order. */
  groups(): string[] {
    return (this.mapping()?.groups ?? []).map((g) => g.name);
  }

  /** Sends the knob's push (note on) and nothing else: time does not move. */
  down(group: GroupRef, knob: number): void {
    const { channel, encoder } = this.knob(group, knob);
    this.output(NOTE, channel, encoderNote(encoder), 127);
  }

  /** Sends the knob's release (note off). */
  up(group: GroupRef, knob: number): void {
    const { channel, encoder } = this.knob(group, knob);
    this.output(NOTE, channel, encoderNote(encoder), 0);
  }

  private async hold(group: GroupRef, knob: number, ms: number): Promise<void> {
    this.down(group, knob);
    await this.rig.advance(ms);
    this.up(group, knob);
    await this.rig.advance(METRO_MS);
  }

  /** `position` undefined: the group's shift knob. */
  private knob(ref: GroupRef, position: number | undefined): { doc: MappingDocument; channel: number; encoder: EncoderMapping } {
    const doc = this.mapping();
    if (doc === undefined) throw new Error("VirtualEc4: the bundle has no active mapping");
    const group: GroupMapping | undefined = typeof ref === "number" ? doc.groups[ref] : doc.groups.find((g) => g.name === ref);
    if (group === undefined) throw new Error(`VirtualEc4: no group ${ref} (groups: ${this.groups().join(", ")})`);
    const encoder = group.encoders.find((e) => (position === undefined ? e.role === "shift" : e.position === position));
    if (encoder === undefined) throw new Error(`VirtualEc4: group ${group.name} has no ${position === undefined ? "shift knob" : `knob ${position}`}`);
    return { doc, channel: group.addressing.channel, encoder };
  }
}
