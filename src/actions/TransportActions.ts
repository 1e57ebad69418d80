// The transport knobs: tap tempo, tempo by BPM, play/stop and the metronome, written on the Song
// (https://docs.cycling74.com/apiref/lom/song/: tap_tempo, tempo, start_playing / stop_playing, metronome).
import { scrollSteps } from "./Action";
import type { ActionDeps } from "./ActionDeps";
import type { ActionRegistry } from "./ActionRegistry";

/** Live's tempo range (Song.tempo: 20..999 BPM). */
const MIN_BPM = 20;
const MAX_BPM = 999;

export function installTransportActions(registry: ActionRegistry, deps: ActionDeps): void {
  const { mirror, song } = deps;
  const songId = () => mirror.songId;

  registry.implement("transport.tapTempo", () => mirror.call(songId(), "Song", "tap_tempo"));
  // An accelerated turn reports a larger delta: each step is one BPM.
  registry.implement("transport.tempo", (context) => {
    const tempo = Math.min(MAX_BPM, Math.max(MIN_BPM, Math.round(song.tempo()) + scrollSteps(context)));
    deps.log.info(`Tempo: ${tempo} BPM`);
    return mirror.set(songId(), "Song", "tempo", tempo);
  });
  // Song.is_playing is read-only (Live 12 API): the call's effect is shown pending, so presses compose.
  registry.implement("transport.playStop", () => {
    const playing = song.isPlaying();
    return mirror.call(songId(), "Song", playing ? "stop_playing" : "start_playing", [], [{ id: songId(), prop: "is_playing", value: playing ? 0 : 1 }]);
  });
  registry.implement("transport.metronome", () => mirror.set(songId(), "Song", "metronome", mirror.songProp("metronome") ? 0 : 1));
}
