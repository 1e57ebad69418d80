// The pre-show check's rule on arguments that name what this set may not have: a scene (by name or number)
// or a track (by name). The mapping's validation checks an argument's kind and range; only the set can tell
// whether "Verse" or scene 12 exists.
import type { Param } from "../../actions/ActionParams";
import type { Finding, PreShowContext, PreShowRule } from "./Finding";
import { bindings } from "./MappingRules";
import { sceneParam } from "../../actions/SceneTarget";
import { trackNameParam } from "../../actions/TrackByName";

/** What an argument names in the set, when it does: its kind of object and what the set has of them. */
function namedIn(param: Param, context: PreShowContext): { what: string; names: string[] } | undefined {
  if (param === sceneParam) return { what: "scene", names: context.song.scenes().map((scene) => scene.name.trim()) };
  if (param === trackNameParam) {
    return { what: "track", names: context.song.simpleTracks().filter((track) => !track.holdsInput).map((track) => track.name.trim().toLowerCase()) };
  }
  return undefined;
}

/** "no scene is called "Finale"", "the set has 4 scenes, not 12", or nothing when the set has it. */
function missing(param: Param, value: string | number, named: { what: string; names: string[] }): string | undefined {
  if (typeof value === "number") return value <= named.names.length ? undefined : `the set has ${named.names.length} ${named.what}s, not ${value}`;
  if (param.kind === "target" && (param.words as readonly string[]).includes(value)) return undefined;
  const key = named.what === "track" ? value.trim().toLowerCase() : value.trim();
  if (key === "") return undefined;
  return named.names.includes(key) ? undefined : `no ${named.what} is called "${value}"`;
}

const argumentsFit: PreShowRule = (context) =>
  bindings(context).flatMap(({ knob, gesture, id, args }): Finding[] => {
    const params = context.registry.get(id)?.params ?? {};
    return Object.entries(args).flatMap(([name, value]) => {
      const param = params[name];
      const named = param && namedIn(param, context);
      const problem = param && named && missing(param, value, named);
      if (problem === undefined || problem === "" || !named) return [];
      return [{ knob: `${knob}, ${gesture}`, problem: `${problem}, so the knob would do nothing`, fix: `rename a ${named.what} in the set, or change the knob's ${name} argument` }];
    });
  });

export const argumentRules: readonly PreShowRule[] = [argumentsFit];
