// Quantizing to the record quantization (Song.midi_recording_quantization), as the original did after each
// MIDI take and on its quantize knob: the grid, or 1/8 when the record quantization is None (Live quantizes
// the notes of a take as they are recorded when it is set, so a take recorded with None is the one left
// to quantize). The option to quantize every MIDI take once recorded is a switch of the controller, kept
// beside the recording length (BarLength.ts) in the saved state: it survives a Node restart as the
// recording length does, costs no undo entry, and leaves the musician's mapping document as they wrote it.
import { Answer } from "../../model/Answer";
import type { Clip } from "../../model/Clip";
import type { SongFacade } from "../../model/SongFacade";
import { RECORD_QUANTIZATIONS } from "../../model/Song";
import { flag } from "../saved/SavedSchema";
import type { SavedState } from "../saved/SavedState";
import type { SavedValue } from "../saved/SavedValue";

/** RECORD_QUANTIZATIONS' 1/8: the original's grid when the record quantization is None. */
const EIGHTH = 2;
/** Notes go all the way to the grid (Clip.quantize's amount 0..1), as the original quantized. */
const FULL_AMOUNT = 1;

/** The grid a clip is quantized to now: its number (Clip.quantize's) and its name. */
export function quantizeGrid(song: SongFacade): { grid: number; name: string } {
  const grid = song.recordQuantization() > 0 ? song.recordQuantization() : EIGHTH;
  return { grid, name: RECORD_QUANTIZATIONS[grid] ?? String(grid) };
}

export function quantizeClip(song: SongFacade, clip: Clip): Answer {
  return clip.quantize(quantizeGrid(song).grid, FULL_AMOUNT);
}

export class TakeQuantize {
  private readonly on: SavedValue<boolean>;

  constructor(saved: SavedState) {
    this.on = saved.declare({ key: "quantizeTakes", version: 1, schema: flag, initial: false });
  }

  get enabled(): boolean {
    return this.on.get();
  }

  toggle(): boolean {
    this.on.set(!this.on.get());
    return this.on.get();
  }

  /** The takes' MIDI clips quantized when the option is on (once a recording has ended). */
  takes(song: SongFacade, clips: readonly (Clip | null)[]): Answer {
    if (!this.enabled) return Answer.none();
    return Answer.all(clips.filter((clip): clip is Clip => clip !== null && clip.exists && clip.isMidi).map((clip) => quantizeClip(song, clip)));
  }
}
