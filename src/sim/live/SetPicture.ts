// A text picture of a simulated Live set, read through the same properties LiveAPI answers: transport,
// selection, and the session grid (one row per track, one column per scene). For `npm start` and the REPL.
import { beatsAsBars, positionText } from "../../time/BarsText";
import { quarterNotesPerBar } from "../../time/SongClock";
import type { LiveSet } from "./LiveSet";
import type { Track } from "./Track";

/** Wide enough for a name and "16 bars ▶". */
const CELL = 20;

function cell(text: string, width = CELL): string {
  return text.length > width - 1 ? `${text.slice(0, width - 2)}…` : text.padEnd(width);
}

function depth(track: Track): number {
  let n = 0;
  for (let g = track.groupTrack; g; g = g.groupTrack) n++;
  return n;
}

/** `▶` playing, `●` recording, `◌` triggered; the length in bars of the song's signature, as the set log writes it. */
function clipText(set: LiveSet, track: Track, slot: number, barBeats: number): string {
  const clip = track.clipSlots[slot]?.clip;
  if (!clip) return "·";
  const read = (prop: string) => set.read(clip.id, prop)[0];
  const mark = read("is_recording") ? " ●" : read("is_playing") ? " ▶" : read("is_triggered") ? " ◌" : "";
  const length = ` ${beatsAsBars(Number(read("length")), barBeats)}${mark}`;
  // A long name gives way, not the length.
  return `${cell(String(read("name")) || "(no name)", CELL - length.length).trimEnd()}${length}`;
}

function trackText(set: LiveSet, track: Track): string {
  const arm = track.canBeArmed && set.read(track.id, "arm")[0] ? " [arm]" : "";
  // As Live's arrow: pointing right when folded, down when unfolded.
  const fold = track.isGroup ? (set.read(track.id, "fold_state")[0] ? "▸ " : "▾ ") : "";
  return `${"  ".repeat(depth(track))}${fold}${track.name}${arm}`;
}

export function setPicture(set: LiveSet): string {
  const song = set.song;
  const read = (prop: string) => set.read(song.id, prop)[0];
  const signature = { numerator: Number(read("signature_numerator")), denominator: Number(read("signature_denominator")) };
  const lines = [
    `${read("tempo")} BPM ${signature.numerator}/${signature.denominator}, ` +
      `${read("is_playing") ? "playing" : "stopped"} at ${positionText(Number(read("current_song_time")), signature)}` +
      `${read("record_mode") ? ", arrangement record" : ""}`,
  ];
  const barBeats = quarterNotesPerBar(signature);
  const { selectedTrack, selectedScene } = song.view;
  // A scene Live left unnamed: by its number in a sentence, "(no name)" in its column, as the set log has it.
  const sceneName = selectedScene ? String(set.read(selectedScene.id, "name")[0]) || String(song.scenes.indexOf(selectedScene) + 1) : "-";
  lines.push(`selected: track ${selectedTrack?.name ?? "-"}, scene ${sceneName}`);
  const header = cell("", 24) + song.scenes.map((s) => cell(String(set.read(s.id, "name")[0]) || "(no name)")).join("");
  lines.push(header);
  for (const track of song.tracks) {
    const row = cell(trackText(set, track), 24) + song.scenes.map((_, i) => cell(clipText(set, track, i, barBeats))).join("");
    lines.push(row.trimEnd());
  }
  return lines.join("\n");
}
