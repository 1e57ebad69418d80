// Click for 4 bars: a press while the song plays turns the metronome on, and off again 4 bars later,
// on the bar line. A press while the song is stopped is refused with a warning and changes nothing.
// Shows: a refusal, a sequence waiting in bars, steps that return Live's answers, a result text.
const { defineAction, PRESS } = require("protocol0");

const BARS = 4;

module.exports = defineAction({
  id: "clickForBars",
  title: "Click for bars",
  description: `Turns the metronome on for ${BARS} bars while the song plays.`,
  gestures: PRESS,
  needs: [],
  refuse: ({ song }) => (song.isPlaying() ? undefined : "start the song first"),
  run: ({ song, sequence }) =>
    sequence("click for bars")
      .add(() => song.setSwitch("click", true), { name: "click on" })
      .waitBars(BARS)
      .add(() => song.setSwitch("click", false), { name: "click off" })
      .add(() => `Clicked for ${BARS} bars`)
      .done(),
});
