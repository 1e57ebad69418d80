// Compile-time tests of the typed LOM names (LomNames.generated.ts): `npm run typecheck` (part of
// `npm test`) checks this file, and each @ts-expect-error fails the check if its line compiles.
// Nothing here runs.
import type { Mirror } from "../../src/lom/Mirror";
import { LiveObject } from "../../src/model/LiveObject";

export function writes(mirror: Mirror): void {
  void mirror.set(1, "Song", "tempo", 120);
  void mirror.set(1, "Song", "metronome", 1);
  void mirror.set(2, "SongView", "selected_scene", ["id", 3]);
  void mirror.set(4, "Track", "arm", 0);
  void mirror.set(5, "Clip", "name", "verse");
  // Settable in Live though not mirrored: any atoms.
  void mirror.set(1, "Song", "loop", 1);
  // @ts-expect-error is_playing is read-only (start_playing and stop_playing change it)
  void mirror.set(1, "Song", "is_playing", 1);
  // @ts-expect-error playing_slot_index is read-only
  void mirror.set(4, "Track", "playing_slot_index", 0);
  // @ts-expect-error Device.name is read-only in Live 12
  void mirror.set(6, "Device", "name", "Operator");
  // @ts-expect-error no such property
  void mirror.set(1, "Song", "tempi", 120);
  // @ts-expect-error a tempo is a number
  void mirror.set(1, "Song", "tempo", "fast");
  // @ts-expect-error a flag is written as 0 or 1
  void mirror.set(4, "Track", "arm", true);
  // @ts-expect-error a reference is written as `id n`
  void mirror.set(2, "SongView", "selected_scene", 3);
}

export function calls(mirror: Mirror): void {
  void mirror.call(1, "Song", "tap_tempo");
  void mirror.call(1, "Song", "tap_tempo", []);
  void mirror.call(1, "Song", "create_scene", [-1]);
  void mirror.call(1, "Song", "start_playing", [], [{ id: 1, prop: "is_playing", value: 1 }]);
  void mirror.call(2, "SongView", "select_device", ["id", 7]);
  void mirror.call(8, "ClipSlot", "fire");
  void mirror.call(8, "ClipSlot", "fire", [16]);
  void mirror.call(8, "ClipSlot", "fire", [16, 4]);
  void mirror.call(5, "Clip", "remove_notes_by_id", [1, 2, 3]);
  // @ts-expect-error no such function
  void mirror.call(1, "Song", "launch");
  // @ts-expect-error a Song function, not a Track's
  void mirror.call(4, "Track", "tap_tempo");
  // @ts-expect-error create_scene takes an index
  void mirror.call(1, "Song", "create_scene");
  // @ts-expect-error create_scene takes one argument
  void mirror.call(1, "Song", "create_scene", [1, 2]);
  // @ts-expect-error tap_tempo takes none
  void mirror.call(1, "Song", "tap_tempo", [1]);
  // @ts-expect-error fire takes at most record_length and launch_quantization
  void mirror.call(8, "ClipSlot", "fire", [16, 4, 1]);
  // @ts-expect-error a device is sent as `id n`
  void mirror.call(2, "SongView", "select_device", [7]);
}

export function listeners(mirror: Mirror): void {
  const stop = mirror.subscribe(1, "Song", "tempo", (tempo) => {
    const bpm: number | undefined = tempo;
    void bpm;
  });
  stop();
  mirror.listen(4, "Track", "mute").release();
  const fired = mirror.observable(4, "Track", "fired_slot_index").get();
  void fired;
  // @ts-expect-error a tempo is a number
  mirror.subscribe(1, "Song", "tempo", (tempo: string) => void tempo);
  // @ts-expect-error settable, but not mirrored: nothing to listen to
  mirror.subscribe(1, "Song", "loop", () => undefined);
  // @ts-expect-error a clip has no mute (its flag is `muted`)
  mirror.listen(5, "Clip", "mute");
  // @ts-expect-error no such property
  mirror.observable(4, "Track", "armed");
}

/** The wrappers' protected write and invoke are typed by their class. */
export class SlotProbe extends LiveObject<"ClipSlot"> {
  probe(): void {
    void this.invoke("fire");
    void this.invoke("fire", 8);
    void this.invoke("duplicate_clip_to", "id", 9);
    void this.write("has_stop_button", 1);
    // @ts-expect-error create_clip takes a length
    void this.invoke("create_clip");
    // @ts-expect-error a Clip function, not a ClipSlot's
    void this.invoke("crop");
    // @ts-expect-error duplicate_clip_to takes a slot as `id n`
    void this.invoke("duplicate_clip_to", 9);
    // @ts-expect-error has_clip is read-only
    void this.write("has_clip", 1);
  }
}
