// The transport knobs: tap tempo, tempo by BPM, play/stop and the metronome, on the Song.
import { PRESS, SCROLL, defineAction, answered } from "./Action";

export const TRANSPORT_ACTIONS = [
  defineAction({
    id: "transport.tapTempo",
    title: "Tap tempo",
    description: "Taps the song tempo.",
    gestures: PRESS,
    needs: [],
    run: ({ song }) => answered(song.tapTempo()),
  }),
  // An accelerated turn reports a larger delta: each step is one BPM.
  defineAction({
    id: "transport.tempo",
    title: "Tempo",
    description: "Scrolls the song tempo, one BPM per step (a fast turn moves further).",
    gestures: SCROLL,
    needs: [],
    run: ({ song, steps }) => {
      return answered(song.setTempo(Math.round(song.tempo()) + steps), `Tempo ${song.tempo()} BPM`);
    },
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
  defineAction({
    id: "transport.metronome",
    title: "Metronome",
    description: "Toggles the metronome.",
    gestures: PRESS,
    needs: [],
    run: ({ song }) => {
      const on = !song.metronome();
      return answered(song.setMetronome(on), `Metronome ${on ? "on" : "off"}`);
    },
  }),
];
