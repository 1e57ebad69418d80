// How the device names each gesture, beside its menus and in the grid: the bundle's UI and the patcher
// generator (scripts/patchers/knobEditor.ts) share them.
import type { Gesture } from "./Action";

export const GESTURE_NAMES: { readonly [gesture in Gesture]: string } = {
  press: "press",
  longPress: "long",
  doublePress: "double",
  scroll: "turn",
};

/** How a sentence names each gesture: "Log knob 6, long press", the action table's "Main 13 (double press)". */
export const GESTURE_WORDS: { readonly [gesture in Gesture]: string } = {
  press: "press",
  longPress: "long press",
  doublePress: "double press",
  scroll: "turn",
};

/**
 * The gestures the editor has a menu for, in the menus' order. A double press and the shift actions are
 * shown in the grid and the help column, and edited in the document (export, edit, import).
 */
export const MENU_GESTURES = ["press", "longPress", "scroll"] as const;
export type MenuGesture = (typeof MENU_GESTURES)[number];
