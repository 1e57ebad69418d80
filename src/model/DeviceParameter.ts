import type { Answer } from "./Answer";
import type { Mirror } from "../lom/Mirror";
import { LiveObject } from "./LiveObject";
import type { ParameterTurns } from "./ParameterTurns";

export class DeviceParameter extends LiveObject<"DeviceParameter"> {
  constructor(
    id: number,
    mirror: Mirror,
    private readonly turns: ParameterTurns,
  ) {
    super(id, mirror, "DeviceParameter");
  }

  get name(): string {
    return this.prop("name") ?? "";
  }
  get value(): number {
    return this.prop("value") ?? 0;
  }
  get min(): number {
    return this.prop("min") ?? 0;
  }
  get max(): number {
    return this.prop("max") ?? 1;
  }
  get defaultValue(): number {
    return this.prop("default_value") ?? this.min;
  }
  get isQuantized(): boolean {
    return this.prop("is_quantized") ?? false;
  }
  get valueItems(): readonly string[] {
    return this.prop("value_items") ?? [];
  }

  /** Live refuses values outside [min, max], so they are clamped here. */
  setValue(value: number): Answer {
    const next = this.clamped(value);
    return this.turns.write(this.id, next, { id: this.id, prop: "value", value: next }, () => this.write("value", next));
  }

  /** A ramp's step through a remote (no undo entry); null when no remote is free for it (ParameterTurns.glide). */
  glide(value: number): Answer | null {
    const next = this.clamped(value);
    return this.turns.glide(this.id, next, { id: this.id, prop: "value", value: next });
  }

  /** A ramp's end: `value` written once, the remote let go first. */
  land(value: number): Answer {
    const next = this.clamped(value);
    return this.turns.land(this.id, () => this.write("value", next));
  }

  /** Back to Live's default value (a mixer's centre pan, a send's -inf). */
  reset(): Answer {
    return this.setValue(this.defaultValue);
  }

  /** Its value as the script can say it without asking Live: the item's name, or a share of the range. */
  get shortText(): string {
    if (this.isQuantized) return this.valueItems[Math.round(this.value)] ?? String(this.value);
    const range = this.max - this.min;
    return `${Math.round(range > 0 ? ((this.value - this.min) / range) * 100 : 0)}%`;
  }

  /** Live's own text for its value ("-6.0 dB", "1.20 kHz"): DeviceParameter.str_for_value, one call. */
  async displayText(): Promise<string> {
    const answer = await this.invoke("str_for_value", this.value);
    const raw = answer.kind === "accepted" ? answer.reply : undefined;
    return Array.isArray(raw) ? raw.join(" ") : raw === undefined ? this.shortText : String(raw);
  }

  /** A Device knob's detent: one item when quantized, whatever its speed; else as `scroll`, or a tenth of it when `fine`. */
  turn(steps: number, fine: boolean): Answer {
    if (this.isQuantized) return this.setValue(this.value + Math.sign(steps));
    return fine ? this.setValue(this.value + (steps * (this.max - this.min)) / 1000) : this.scroll(steps);
  }

  private clamped(value: number): number {
    const clamped = Math.min(this.max, Math.max(this.min, value));
    return this.isQuantized ? Math.round(clamped) : clamped;
  }

  /** Moves by `steps` of 1/100 of the range (one item when quantized). */
  scroll(steps: number): Answer {
    const step = this.isQuantized ? 1 : (this.max - this.min) / 100;
    return this.setValue(this.value + steps * step);
  }
}
