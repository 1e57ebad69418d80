// Compile-time tests of the action definitions (src/actions/Action.ts): `npm run typecheck` (part of
// `npm test`) checks this file, and each @ts-expect-error fails the check if its line compiles.
// Nothing here runs.
import { defineAction, type ActionDefinition } from "../../src/actions/Action";
import type { ActionId } from "../../src/actions/ActionCatalogue";
import type { Clip } from "../../src/model/Clip";
import type { Scene } from "../../src/model/Scene";

const meta = { title: "T", description: "D", gestures: ["press"] as const };

/** A need is handed to the run under its name, typed; what was not asked for is not there. */
export const needs: ActionDefinition<"test.needs"> = defineAction({
  id: "test.needs",
  ...meta,
  needs: ["selectedClip", "selectedScene"],
  run: ({ clip, scene }) => {
    const typed: [Clip, Scene] = [clip, scene];
    void typed;
  },
});

export const missing = defineAction({
  id: "test.missing",
  ...meta,
  needs: ["selectedClip"],
  // @ts-expect-error no selectedScene was asked for, so no scene is handed
  run: ({ scene }) => void scene,
});

export const state = defineAction({
  id: "test.state",
  ...meta,
  needs: [],
  state: { create: () => ({ count: 1 }) },
  run: ({ state }) => {
    const count: number = state.count;
    // @ts-expect-error the state is what its create made
    void state.missing;
    return `${count}`;
  },
});

export const result = defineAction({
  id: "test.result",
  ...meta,
  needs: [],
  // @ts-expect-error a run returns a result text, a Sequence or nothing (not a Promise: a write's answer is the mirror's)
  run: ({ song }) => song.tapTempo(),
});

/** Every action id is one of the definitions'. */
export const known: ActionId = "scene.crop";
// @ts-expect-error not an action's id
export const unknown: ActionId = "scene.cut";
