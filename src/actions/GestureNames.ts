// How the device names each gesture, beside its menus and in the grid: the bundle's UI and the patcher
// generator (scripts/patchers/knobEditor.ts) share them.
import type { Gesture } from "./Action";

/** Menus follow GESTURES' order. */
export const GESTURE_NAMES: { readonly [gesture in Gesture]: string } = {
  press: "press",
  longPress: "long",
  scroll: "turn",
};
