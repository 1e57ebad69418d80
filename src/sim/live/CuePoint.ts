// Song.CuePoint (https://docs.cycling74.com/apiref/lom/cuepoint/; Live 12's API inventory: name "Get/Set/Listen
// to the name of this CuePoint, as visible in the arranger", time "Get/Listen to the CuePoint's time in
// beats"), reached as `live_set cue_points N`. Song.set_or_delete_cue makes and deletes them at the playhead
// (SongCues.ts). Not modelled: `jump` (whitelisted; nothing here calls it).
import type { LiveCore } from "./LiveCore";
import type { LomClass } from "./LiveObject";
import { LiveObject, asText, field, lomClass } from "./LiveObject";

const CUE_POINT: LomClass<LiveObject> = lomClass<CuePoint>({
  name: "Song.CuePoint",
  description: "This class represents a cue point in the arrangement.",
  props: {
    // A rename is an edit: one undo entry (LiveCore.setValue).
    name: field("name", "symbol", true, asText),
    time: field("time", "float", true),
  },
  fns: {},
});

export class CuePoint extends LiveObject {
  constructor(core: LiveCore, time: number, name = "") {
    super(core);
    Object.assign(this.values, { name, time });
  }

  get lom(): LomClass<LiveObject> {
    return CUE_POINT;
  }
  get parent(): LiveObject {
    return this.core.song;
  }
  pathSegment(): string {
    return `cue_points ${this.core.song.cuePoints.indexOf(this)}`;
  }
  get time(): number {
    return Number(this.values.time);
  }
}
