// The input device's [js]: decodes the raw bytes of [midiin] into notes and CCs, tagged with the real MIDI
// channel of its track (Live folds every channel to 1 before a device sees it), and sends each whole to
// the main device.
// Max calls the top-level functions below by message name; none of them may throw. ES5 only.
import { createInputTagger, routingChannelDisplayName } from "./InputTagger";
import type { ControllerMidi } from "../wire/ControllerMidi";
import { INPUT_CHANNEL_SELECTOR, INPUT_TRACK_SELECTOR } from "../wire/ControllerMidi";

inlets = 1;
outlets = 2;

/**
 * Outlet 0: `midi cc|note <channel> <number> <value>` to [send p0_midi], each after `input_track <id>`
 * (the track holding this device, which the main device keeps reachable). Outlet 1: the channel shown.
 */
var OUT_MIDI = 0;
var OUT_DISPLAY = 1;
var ROUTING_CHANNEL = "input_routing_channel";
/** Devices nest in racks (device → chain → rack device → ...); a track is never this deep. */
var MAX_NESTING = 16;
var DROPS_PER_POST = 1000;
var dropped = 0;

var tagger = createInputTagger(
  function (message: ControllerMidi): void {
    // Sent before every message rather than once: the bundle forgets it when Node restarts, and this
    // device cannot tell; so the track is known before anything the message makes the bundle do.
    if (trackId !== 0) outlet(OUT_MIDI, INPUT_TRACK_SELECTOR, trackId);
    // On All Channels the message's channel says nothing: the report goes with it, since the one sent
    // at ready finds no script yet when the devices load together.
    if (tagger.routingChannel() === "all") reportChannel();
    outlet(OUT_MIDI, message);
  },
  function (reason: string): void {
    // A controller sending junk must not flood the Max console: the first drop, then one line a thousand.
    dropped++;
    if (dropped === 1 || dropped % DROPS_PER_POST === 0) post("p0-input: " + reason + " (" + dropped + " dropped)\n");
  },
);
/** Kept so the observer lives as long as the script; replaced when `ready` comes again. */
var routingObserver: LiveAPI | null = null;
/** The Live id of the track holding this device (its canonical parent, through racks); 0 when none. */
var trackId = 0;

/** [live.thisdevice] has banged: LiveAPI may now be used. */
function ready(): void {
  try {
    observeRouting();
  } catch (cause) {
    error("p0-input: " + String(cause) + "\n");
  }
}

/** One MIDI byte from [midiin]. */
function msg_int(data: number): void {
  try {
    tagger.push(data);
  } catch (cause) {
    error("p0-input: " + String(cause) + "\n");
  }
}

/** `input_warning <track id> <text...>` from the main device: shown beside the channel when it is this track's. */
function input_warning(id: number): void {
  try {
    if (id !== trackId || trackId === 0) return;
    var words: string[] = [];
    for (var i = 1; i < arguments.length; i++) words.push(String(arguments[i]));
    // No text: the warning no longer applies, the channel alone is shown again. The warning is about All
    // Channels: one that crossed a change to a channel on its way here no longer applies either.
    var routing = tagger.routingChannel();
    showChannel(words.length > 0 && routing === "all" ? words.join(" ") : routing === "all" ? "all" : String(routing));
  } catch (cause) {
    error("p0-input: " + String(cause) + "\n");
  }
}

function anything(): void {
  error("p0-input: unknown message " + messagename + "\n");
}

/**
 * Observes the track holding this device. Track.input_routing_channel is a dictionary
 * {display_name, identifier} (https://docs.cycling74.com/apiref/lom/track/#input_routing_channel); the
 * callback receives it after the property name, at once and on each change.
 */
function observeRouting(): void {
  if (routingObserver !== null) routingObserver.property = "";
  var path = trackPath();
  trackId = 0;
  if (path === null) {
    showChannel("?");
    error("p0-input: this device is not on a track\n");
    return;
  }
  routingObserver = new LiveAPI(onRouting, path);
  routingObserver.property = ROUTING_CHANNEL;
  trackId = Number(routingObserver.id);
  if (trackId !== 0) outlet(OUT_MIDI, INPUT_TRACK_SELECTOR, trackId);
  reportChannel();
}

/** The main device checks the channel against the mapping: All Channels cannot tell the groups apart. */
function reportChannel(): void {
  var routing = tagger.routingChannel();
  if (trackId !== 0) outlet(OUT_MIDI, INPUT_CHANNEL_SELECTOR, trackId, routing === "all" ? 0 : routing);
}

/** The path of the track holding this device, walking up through racks; null when there is none. */
function trackPath(): string | null {
  var path = "this_device canonical_parent";
  var probe = new LiveAPI(null, path);
  for (var depth = 0; depth < MAX_NESTING && Number(probe.id) !== 0; depth++) {
    if (probe.type === "Track") return path;
    path += " canonical_parent";
    probe.path = path;
  }
  return null;
}

function onRouting(args: unknown): void {
  try {
    var name = routingChannelDisplayName(args);
    if (name === undefined) return;
    if (!tagger.setRoutingChannel(name)) return;
    var routing = tagger.routingChannel();
    showChannel(routing === "all" ? "all" : String(routing));
    reportChannel();
  } catch (cause) {
    error("p0-input: " + String(cause) + "\n");
  }
}

function showChannel(text: string): void {
  // "channel:" as the comment's text before any (its initial "channel: ?") and the README write it.
  outlet(OUT_DISPLAY, "channel:", text);
}
