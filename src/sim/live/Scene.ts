// Scene (https://docs.cycling74.com/apiref/lom/scene/): a row of the Session matrix. Its clip_slots are the
// slots at its index in every track; tempo and time signature read -1 while disabled.
import type { LomClass, PropSpec } from "./LiveObject";
import type { LiveCore } from "./LiveCore";
import { LiveObject, asBool, asNumberIn, bool, children, computed, field, lomClass, nameAndColor } from "./LiveObject";
import type { ClipSlot } from "./ClipSlot";

export interface SceneInit {
  name?: string;
  color?: number;
  /** A scene tempo (enables it). */
  tempo?: number;
}

const SCENE: LomClass<LiveObject> = lomClass<Scene>({
  name: "Scene",
  description: "This class represents a series of clip slots in Live's Session View matrix.",
  props: {
    ...nameAndColor<Scene>(),
    clip_slots: children("ClipSlot", (o) => o.clipSlots(), true),
    is_empty: computed("bool", false, (o) => bool(o.clipSlots().every((s) => s.clip === null))),
    is_triggered: field("is_triggered", "bool", true),
    tempo: computed("float", true, (o) => [o.values.tempo_enabled === 1 ? o.values.tempo : -1]),
    tempo_enabled: field("tempo_enabled", "bool", true, asBool),
    time_signature_numerator: signaturePart("time_signature_numerator", 1, 99),
    time_signature_denominator: signaturePart("time_signature_denominator", 1, 16),
    time_signature_enabled: computed("bool", true, (o) => [o.values.time_signature_enabled]),
  },
  fns: {
    // "fire: force_legato (optional), can_select_scene_on_launch (optional)": launches every slot of the row.
    fire: { write: true, call: (o, args) => o.fire(args[1] === undefined || Number(args[1]) !== 0) },
    fire_as_selected: { write: true, call: (o) => o.fire(true) },
  },
});

/** A time signature part: -1 while disabled; setting it enables the scene's time signature. */
function signaturePart(prop: string, min: number, max: number): PropSpec<Scene> {
  return {
    type: "int",
    observe: true,
    get: (o) => [o.values.time_signature_enabled === 1 ? o.values[prop] : -1],
    set: (o, args) => {
      o.core.setValue(o, prop, asNumberIn(min, max, true)(o, args), true);
      o.core.setValue(o, "time_signature_enabled", 1, true);
    },
  };
}

// Scene.tempo is settable: setting it enables the scene tempo.
SCENE.props.tempo.set = (o, args) => {
  const tempo = asNumberIn(20, 999, false)(o, args);
  o.core.setValue(o, "tempo", tempo, true);
  o.core.setValue(o, "tempo_enabled", 1, true);
};

export class Scene extends LiveObject {
  constructor(core: LiveCore, init: SceneInit) {
    super(core);
    Object.assign(this.values, {
      name: init.name ?? "",
      color: init.color ?? 0,
      color_index: 0,
      is_triggered: 0,
      tempo: init.tempo ?? 120,
      tempo_enabled: init.tempo === undefined ? 0 : 1,
      time_signature_numerator: 4,
      time_signature_denominator: 4,
      time_signature_enabled: 0,
    });
  }

  get lom(): LomClass<LiveObject> {
    return SCENE;
  }
  get parent(): LiveObject {
    return this.core.song;
  }
  pathSegment(): string {
    return `scenes ${this.index}`;
  }

  get index(): number {
    return this.core.song.scenes.indexOf(this);
  }

  clipSlots(): ClipSlot[] {
    const i = this.index;
    return this.core.song.tracks.map((t) => t.clipSlots[i]);
  }

  /** Launches the row (group slots are left to their tracks) and selects the scene. */
  fire(select: boolean): void {
    this.core.transport.fireScene(this);
    if (select) this.core.song.view.select("selected_scene", this);
  }

  setTriggered(on: boolean): void {
    this.core.setValue(this, "is_triggered", on ? 1 : 0, false);
  }

  describe(): SceneInit {
    return { name: String(this.values.name), color: Number(this.values.color), ...(this.values.tempo_enabled === 1 ? { tempo: Number(this.values.tempo) } : {}) };
  }
}
