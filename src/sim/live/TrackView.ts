// Track.View (https://docs.cycling74.com/apiref/lom/track_view/): the track's selected device.
import type { LomClass } from "./LiveObject";
import type { Device } from "./Device";
import type { LiveCore } from "./LiveCore";
import { LiveObject, asBool, bool, child, field, lomClass } from "./LiveObject";
import type { Track } from "./Track";

const TRACK_VIEW: LomClass<LiveObject> = lomClass<TrackView>({
  name: "Track.View",
  description: "Representing the view aspects of a Track.",
  props: {
    selected_device: child("Device", (o) => o.selectedDevice, true),
    is_collapsed: field("is_collapsed", "bool", true, asBool),
    device_insert_mode: field("device_insert_mode", "int", true, (_o, args) => Number(args[0]) | 0),
  },
  fns: {
    // "Selects the track's instrument if it has one": answers whether there was one.
    select_instrument: {
      write: true,
      call: (o) => {
        const instrument = o.track.devices.find((d) => d.typeCode === 1) ?? null;
        if (instrument) o.select(instrument);
        return bool(instrument !== null);
      },
    },
  },
});

export class TrackView extends LiveObject {
  selectedDevice: Device | null = null;

  constructor(core: LiveCore, readonly track: Track) {
    super(core);
    this.values.is_collapsed = 0;
    this.values.device_insert_mode = 0;
  }

  get lom(): LomClass<LiveObject> {
    return TRACK_VIEW;
  }
  get parent(): LiveObject {
    return this.track;
  }
  pathSegment(): string {
    return "view";
  }

  select(device: Device | null): void {
    if (this.selectedDevice === device) return;
    this.selectedDevice = device;
    this.core.notify(this, "selected_device");
  }
}
