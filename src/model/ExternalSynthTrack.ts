// One hardware synth recorded as one instrument: a group holding the MIDI track that plays
// the synth, the audio track that records it, an optional audio tail track (named "tail")
// for release tails, and dummy audio tracks carrying clip automation (groups have none).
import { Answer } from "./Answer";
import { AbstractGroupTrack } from "./AbstractGroupTrack";
import { Monitoring, type SimpleTrack } from "./SimpleTrack";

export class ExternalSynthTrack extends AbstractGroupTrack {
  readonly actsAsOneInstrument = true;
  /** Which path is monitored: the MIDI track (the synth heard live) or the recorded audio. */
  monitorsAudio = false;

  /** The layout of the rule: MIDI first, audio second, audio after that, no nested group. */
  static laidOut(subTracks: readonly SimpleTrack[]): boolean {
    const [midi, audio, ...rest] = subTracks;
    return (
      midi?.kind === "midi" &&
      audio?.kind === "audio" &&
      rest.every((t) => t.kind === "audio") &&
      subTracks.every((t) => !t.isFoldable)
    );
  }

  /**
   * The rule of the original (Protocol0-Ableton-Remote-Script, ExternalSynthTrack.is_group_track_valid):
   * the layout, and a MIDI track whose instrument, if any, plays an external synth (there its Rev2 editor
   * plugin, IS_EXTERNAL_SYNTH; here the External Instrument: any other instrument makes a plain group).
   * Its devices must be loaded (the track mapper holds them): until then it is not taken for one instrument.
   */
  static matches(subTracks: readonly SimpleTrack[]): boolean {
    const midi = subTracks[0];
    return this.laidOut(subTracks) && midi!.devicesLoaded && !midi!.devices().some((d) => d.isSoundSource);
  }

  get midiTrack(): SimpleTrack {
    return this.baseTrack.subTracks[0]!;
  }
  get audioTrack(): SimpleTrack {
    return this.baseTrack.subTracks[1]!;
  }
  get audioTailTrack(): SimpleTrack | null {
    return this.baseTrack.subTracks.slice(2).find((t) => t.role === "tail") ?? null;
  }
  get dummyTracks(): SimpleTrack[] {
    return this.baseTrack.subTracks.filter((t) => t.role === "dummy");
  }
  /** The tracks a recording writes to. */
  get recordingTracks(): SimpleTrack[] {
    const tail = this.audioTailTrack;
    return tail ? [this.midiTrack, this.audioTrack, tail] : [this.midiTrack, this.audioTrack];
  }

  override get isArmed(): boolean {
    return this.midiTrack.isArmed && this.audioTrack.isArmed;
  }

  /**
   * Arms MIDI and audio (the tail is armed by the recording that needs it). As the original's
   * ExtMonitoringState: armed, the synth is heard live through the audio track's input; disarmed, it is
   * back on its audio path (MIDI track muted, audio track on Auto), so the takes are heard.
   */
  override arm(on: boolean): Answer {
    this.monitorsAudio = !on;
    return Answer.all([this.midiTrack.arm(on), this.audioTrack.arm(on), this.applyMonitoring()]);
  }

  /** No longer an instrument: what its monitoring changed in Live is put back, so nothing stays muted. */
  override disconnect(): void {
    super.disconnect();
    if (!this.monitorsAudio) return;
    this.monitorsAudio = false;
    const [midi, audio] = this.baseTrack.subTracks;
    if (midi?.exists) void midi.setMute(false);
    if (audio?.exists && audio.canBeArmed) void audio.setMonitoring(Monitoring.auto);
  }

  switchMonitoring(): Answer {
    this.monitorsAudio = !this.monitorsAudio;
    return this.applyMonitoring();
  }

  /** MIDI path: hear the synth through the audio track's input; audio path: hear the recording. */
  private applyMonitoring(): Answer {
    return Answer.all([
      this.audioTrack.setMonitoring(this.monitorsAudio ? Monitoring.auto : Monitoring.in),
      this.midiTrack.setMute(this.monitorsAudio),
    ]);
  }

  override link(): void {
    const [midi, audio, ...rest] = this.baseTrack.subTracks;
    midi!.role = "midi";
    audio!.role = "audio";
    const tail = rest.find((t) => t.name.trim().toLowerCase() === "tail");
    for (const track of rest) track.role = track === tail ? "tail" : "dummy";
  }
}
