// Mute the others: a press mutes every track but the selected one; the next press, when they are all
// muted already, unmutes them. The input tracks the controller plays through are left alone. Shows: a
// need (the selected track), reading what the selection does not keep loaded (afterLoading), several
// writes as one answer.
const { defineAction, PRESS, answered, all } = require("protocol0");

/** The tracks this action mutes: every other one that is not an input track. */
function others(song, selectedTrack) {
  return song.simpleTracks().filter((track) => track !== selectedTrack && !track.holdsInput);
}

module.exports = defineAction({
  id: "muteOthers",
  title: "Mute others",
  description: "Mutes every track but the selected one; pressed again, unmutes them.",
  gestures: PRESS,
  needs: ["selectedTrack"],
  refuse: ({ song, selectedTrack }) => (others(song, selectedTrack).length === 0 ? "no other track" : undefined),
  run: ({ song, selectedTrack, afterLoading }) => {
    const tracks = others(song, selectedTrack);
    // A track's mute is read only while something holds it: hold them all, then decide.
    return afterLoading("mute others", tracks.flatMap((track) => track.loadFlags()), () => {
      const mute = tracks.some((track) => !track.mute);
      const changed = tracks.filter((track) => track.mute !== mute);
      const text = mute ? `Muted all but ${selectedTrack.name}` : "Unmuted the others";
      return answered(all(changed.map((track) => track.setMute(mute))), text);
    });
  },
});
