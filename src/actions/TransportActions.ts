// The transport knobs: tap tempo, tempo by BPM or a tenth of one, play/stop, stopping clips and the
// metronome, on the Song.
import { PRESS, SCROLL, defineAction, answered } from "./Action";
import { decimal } from "./ActionParams";
import { MAX_BPM, MIN_BPM } from "../model/Song";
import { switchToggle } from "./SongSwitchAction";
import type { SongFacade } from "../model/SongFacade";

/** Nothing to stop: no clip plays, and with the song stopped none can be about to (a launch starts it). */
const playsNothing = (song: SongFacade, tracks = song.simpleTracks()) => !song.isPlaying() && tracks.every((track) => track.playingSlotIndex < 0);

/** Live's tempo range ends the turn that would pass it, with a warning. */
const tempoEnd = ({ song, steps }: { song: SongFacade; steps: number }) =>
  (steps > 0 && song.tempo() >= MAX_BPM) || (steps < 0 && song.tempo() <= MIN_BPM) ? `Tempo is already ${song.tempo()} BPM` : undefined;

export const TRANSPORT_ACTIONS = [
  defineAction({
    id: "transport.tapTempo",
    title: "Tap tempo",
    description: "Taps the song tempo.",
    gestures: PRESS,
    needs: [],
    run: ({ song }) => answered(song.tapTempo()),
  }),
  // An accelerated turn reports a larger delta: each detent is one step, on the step's grid (1 BPM: whole BPM).
  defineAction({
    id: "transport.tempo",
    title: "Tempo",
    description: "Changes the song tempo, one BPM a detent unless the mapping gives another step (a fast turn moves further).",
    gestures: SCROLL,
    needs: [],
    params: { step: decimal(0.1, 20, 1, 1, "BPM") },
    run: ({ song, steps, args }) => {
      const tempo = Math.round((Math.round(song.tempo() / args.step) + steps) * args.step * 10) / 10;
      return answered(song.setTempo(tempo), `Tempo ${song.tempo()} BPM`);
    },
  }),
  // A knob of its own rather than a mode of the other: a musician reaches either without a held button.
  defineAction({
    id: "transport.tempoFine",
    title: "Tempo (fine)",
    description: "Changes the song tempo by 0.1 BPM a detent (a fast turn moves further).",
    gestures: SCROLL,
    needs: [],
    refuse: tempoEnd,
    run: ({ song, steps }) => {
      const tenths = Math.round(song.tempo() * 10) + steps;
      return answered(song.setTempo(tenths / 10), `Tempo ${(Math.min(MAX_BPM * 10, Math.max(MIN_BPM * 10, tenths)) / 10).toFixed(1)} BPM`);
    },
  }),
  defineAction({
    id: "transport.stopAllClips",
    title: "Stop all clips",
    description: "Stops every clip at the launch quantization, as Live's Stop All Clips button does.",
    gestures: PRESS,
    needs: [],
    refuse: ({ song }) => (playsNothing(song) ? "No clip is playing" : undefined),
    run: ({ song }) => answered(song.stopAllClips(), "All clips stopped"),
  }),
  defineAction({
    id: "transport.stopTrackClips",
    title: "Stop track clips",
    description: "Stops the current track's clips (a group's: all of its tracks') at the launch quantization.",
    gestures: PRESS,
    needs: ["currentTrack"],
    refuse: ({ song, track }) => {
      const kind = track.baseTrack.kind;
      if (kind === "master" || kind === "return") return `the ${kind} track has no clips`;
      return playsNothing(song, [track.baseTrack]) ? `No clip is playing on ${track.name}` : undefined;
    },
    run: ({ track }) => answered(track.baseTrack.stopAllClips(true), `${track.name} stopped`),
  }),
  defineAction({
    id: "transport.playStop",
    title: "Play / stop",
    description: "Starts or stops the song.",
    gestures: PRESS,
    needs: [],
    run: ({ song }) => {
      const playing = song.isPlaying();
      return answered(playing ? song.stopPlaying() : song.startPlaying(), playing ? "Stopped" : "Playing");
    },
  }),
  switchToggle("transport.metronome", "Metronome", "click", undefined, "Toggles the metronome."),
];
