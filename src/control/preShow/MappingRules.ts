// The pre-show check's rules on the mapping: a mapping too large to store with the set, knobs naming an
// action this script does not have, and knobs whose action cannot run in this set at all.
import { GESTURES, type Gesture, type SetFeature } from "../../actions/Action";
import { countValues, MAX_MAPPING_CHARS, MAX_MAPPING_VALUES } from "../MappingBounds";
import { bindingCalls, SHIFT_GESTURES, type EncoderActions } from "../Mapping";
import type { Args } from "../../actions/ActionParams";
import { GESTURE_WORDS } from "../../actions/GestureNames";
import { knobName, type PreShowContext, type PreShowRule } from "./Finding";

/** One action a knob's gesture runs, with the arguments the mapping gives it. */
export interface Bound {
  /** "Main knob 9 (REC)". */
  knob: string;
  /** "long press", "shift turn". */
  gesture: string;
  id: string;
  args: Args;
}

function bound(knob: string, actions: EncoderActions | undefined, gestures: readonly Gesture[], prefix: string): Bound[] {
  return gestures.flatMap((gesture) => {
    const binding = actions?.[gesture];
    return binding === undefined ? [] : bindingCalls(binding).map((call) => ({ knob, gesture: `${prefix}${GESTURE_WORDS[gesture]}`, id: call.action, args: call.args ?? {} }));
  });
}

/** Every action each knob's gestures and shift actions run: the one place that reads what a gesture binds. */
export function bindings({ mapping }: PreShowContext): Bound[] {
  return mapping.groups.flatMap((group) =>
    group.encoders.flatMap((encoder) => {
      const knob = knobName(group.name, encoder.position, encoder.label);
      return [...bound(knob, encoder, GESTURES, ""), ...bound(knob, encoder.shift, SHIFT_GESTURES, "shift ")];
    }),
  );
}

/**
 * The copy stored with the set is the compact JSON (StoredChunks.ts), read back through the same bounds
 * (MappingBounds.ts) when the set opens: over them, the set would open with the default mapping.
 */
const tooLarge: PreShowRule = ({ mapping }) => {
  const chars = JSON.stringify(mapping).length;
  const values = countValues(mapping);
  if (chars <= MAX_MAPPING_CHARS && values <= MAX_MAPPING_VALUES) return [];
  const size = chars > MAX_MAPPING_CHARS ? `${Math.ceil(chars / 1000)} KB (at most ${MAX_MAPPING_CHARS / 1000} KB)` : `${values} values (at most ${MAX_MAPPING_VALUES})`;
  return [{ problem: `The mapping is too large to store with the set: ${size}`, fix: "remove the groups and knobs you do not play" }];
};

const unknownActions: PreShowRule = (context) =>
  bindings(context)
    .filter(({ id }) => !context.registry.has(id))
    .map(({ knob, gesture, id }) => ({ knob: `${knob}, ${gesture}`, problem: `no action is called "${id}" (renamed or misspelled), so the knob does nothing`, fix: "choose its action again in the device's menu" }));

const FEATURES: { readonly [feature in SetFeature]: { has: (context: PreShowContext) => boolean; lacks: string; fix: string } } = {
  externalSynth: {
    has: ({ song }) => song.externalSynthTracks().length > 0,
    lacks: "the set has no external synth",
    fix: "group a MIDI track holding an External Instrument with its audio track, or map another action",
  },
  returnTrack: {
    has: ({ song }) => song.returnTracks().length > 0,
    lacks: "the set has no return track",
    fix: "add a return track, or map another action",
  },
};

/** One item a knob and missing feature: "Cut knob 7 (SEND): Send, Choose send cannot run: the set has no return track". */
const cannotRun: PreShowRule = (context) => {
  const missing = new Map<string, { knob: string; feature: SetFeature; titles: Set<string> }>();
  for (const { knob, id } of bindings(context)) {
    const definition = context.registry.get(id);
    for (const feature of definition?.setNeeds ?? []) {
      if (FEATURES[feature].has(context)) continue;
      const key = `${knob}/${feature}`;
      const item = missing.get(key) ?? { knob, feature, titles: new Set<string>() };
      missing.set(key, item);
      item.titles.add(definition?.title ?? id);
    }
  }
  return [...missing.values()].map(({ knob, feature, titles }) => ({ knob, problem: `${[...titles].join(", ")} cannot run: ${FEATURES[feature].lacks}`, fix: FEATURES[feature].fix }));
};

export const mappingRules: readonly PreShowRule[] = [tooLarge, unknownActions, cannotRun];
