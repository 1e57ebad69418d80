// The Clip group's knobs (issue 20): launching, the loop and the notes of the selected clip.
import { CLIP_LAUNCH_ACTIONS } from "./ClipLaunchActions";
import { CLIP_LOOP_ACTIONS } from "./ClipLoopActions";
import { CLIP_NOTE_ACTIONS } from "./ClipNoteActions";

export const CLIP_TOOL_ACTIONS = [...CLIP_LAUNCH_ACTIONS, ...CLIP_LOOP_ACTIONS, ...CLIP_NOTE_ACTIONS];
