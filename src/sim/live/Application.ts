// Application (https://docs.cycling74.com/apiref/lom/application/), reached as `live_app`: the Live
// application itself. Modelled only as far as the device reads it, its version: get_major_version,
// get_minor_version, get_bugfix_version and get_version_string, named as Live 12's API names them
// (shared/reference/live12-python-api-inventory.json, class Application: "Returns an integer
// representing the major version of Live", and so on; each answers without changing the set). The rest
// of the class (dialogs, process usage, the view, control surfaces) is not simulated.
import type { LiveCore } from "./LiveCore";
import type { Atom, LomClass } from "./LiveObject";
import { LiveObject, lomClass, ref } from "./LiveObject";

/** [major, minor, bugfix]. */
export type LiveVersion = readonly [number, number, number];

/** What the simulator answers unless a set is built with another version (LiveOptions.version). */
export const SIMULATED_LIVE_VERSION: LiveVersion = [12, 1, 5];
/** What a Live 11.2 (LiveOptions.live "11.2") answers: the release whose bridge lomData.json records. */
export const LIVE_11_VERSION: LiveVersion = [11, 2, 11];

const read = (answer: (o: Application) => Atom[] | string) => ({ write: false, call: (o: Application) => answer(o) });

const APPLICATION: LomClass<LiveObject> = lomClass<Application>({
  name: "Application",
  description: "This class represents the Live application.",
  props: {},
  fns: {
    get_major_version: read((o) => [o.version[0]]),
    get_minor_version: read((o) => [o.version[1]]),
    get_bugfix_version: read((o) => [o.version[2]]),
    get_version_string: read((o) => o.version.join(".")),
    get_document: read((o) => ref(o.core.song)),
  },
});

export class Application extends LiveObject {
  constructor(
    core: LiveCore,
    readonly version: LiveVersion,
  ) {
    super(core);
    core.application = this;
  }

  get lom(): LomClass<LiveObject> {
    return APPLICATION;
  }
  get parent(): LiveObject | null {
    return null;
  }
  pathSegment(): string {
    return "live_app";
  }
}
