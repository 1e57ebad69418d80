import { LiveObject } from "./LiveObject";
import type { DeviceParameter } from "./DeviceParameter";
import type { LiveObjects } from "./LiveObjects";
import type { Mirror } from "../lom/Mirror";

export class Device extends LiveObject<"Device"> {
  constructor(
    id: number,
    mirror: Mirror,
    private readonly objects: LiveObjects,
  ) {
    super(id, mirror, "Device");
  }

  get name(): string {
    return this.prop("name") ?? "";
  }
  get className(): string {
    return this.prop("class_name") ?? "";
  }
  get isActive(): boolean {
    return this.prop("is_active") ?? false;
  }
  get canHaveChains(): boolean {
    return this.prop("can_have_chains") ?? false;
  }

  parameters(): DeviceParameter[] {
    return this.childIds("parameters").map((id) => this.objects.parameter(id));
  }
}
