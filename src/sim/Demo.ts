// The simulated device over a demo Live set, ready to play: what `npm start` scripts and `npm run repl`
// explores. The bundle is the built device/protocol0.js, and the virtual EC4 plays through the set's
// Protocol0 Input devices (device/p0-input.js), so this is the device as Max would run it.
import type { Protocol0 } from "../host/Protocol0";
import type { BridgeVersion } from "../lom/LomData";
import type { SongFacade } from "../model/SongFacade";
import { LiveSet } from "./live/LiveSet";
import defaultMapping from "../control/defaultMapping.json";
import type { MappingDocument } from "../control/Mapping";
import { readSetFile, withInputTracks } from "./SetFile";
import { Ec4Port } from "./Ec4Port";
import { setPicture } from "./live/SetPicture";
import { Rig, type ConsoleLine } from "./max/Rig";
import { Transcript } from "./Transcript";
import { VirtualEc4 } from "./VirtualEc4";

export const DEMO_SET = "tests/fixtures/demo.json";

export interface DemoOptions {
  /** A Live Set (.als) or a set description (.json); the demo set by default. */
  setFile?: string;
  /** Adds the input tracks of the default mapping's channels to a set that has none (a rehearsal of a musician's set). */
  addInputTracks?: boolean;
  /** The Live whose Max for Live bridge the simulated one is: 12.0 by default, or 11.2. */
  live?: BridgeVersion;
  onConsole?: (line: ConsoleLine) => void;
  logDir?: string;
}

export interface Demo {
  set: LiveSet;
  rig: Rig;
  ec4: VirtualEc4;
  /** Live's port from the EC4 to the set's input devices, which the virtual EC4 plays into. */
  port: Ec4Port;
  /** The running bundle's app (a new one after `rig.restartNode()`). */
  readonly app: Protocol0;
  readonly song: SongFacade;
  /** Lets `count` bars of the song's tempo and signature pass, metro and song time included. */
  bars(count: number): Promise<void>;
  /** The Live set as text: transport, selection, session grid. */
  picture(): string;
  /** The input tracks added to the set for the rehearsal ("EC4 Main (Ch. 4)"), none when it had its own. */
  readonly addedInputs: readonly string[];
  /** The console's posts and the status lines, in the order they happened. */
  readonly transcript: Transcript;
}

export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const fromFile = await readSetFile(options.setFile ?? DEMO_SET);
  const { description, added } = options.addInputTracks === true ? withInputTracks(fromFile, defaultMapping as MappingDocument) : { description: fromFile, added: [] };
  const set = LiveSet.fromDescription(description, { live: options.live });
  const transcript = new Transcript();
  const onConsole = (line: ConsoleLine): void => {
    transcript.console(line);
    options.onConsole?.(line);
  };
  const rig = new Rig({ set, onConsole, logDir: options.logDir });
  transcript.follow(rig.wire);
  await rig.start();
  const app = (): Protocol0 => (rig.bundle as { app: Protocol0 }).app;
  const port = Ec4Port.connect(rig);
  const ec4 = new VirtualEc4(rig, () => app().control.store.active, (...message) => port.send(...message));
  const read = (prop: string) => Number(set.read("live_set", prop)[0]);
  return {
    set,
    rig,
    ec4,
    port,
    get app() {
      return app();
    },
    get song() {
      return app().song;
    },
    async bars(count) {
      const beatMs = (60000 / read("tempo")) * (4 / read("signature_denominator"));
      const beats = count * read("signature_numerator");
      for (let beat = 0; beat < beats; beat++) await rig.advance(beatMs);
    },
    picture: () => setPicture(set),
    addedInputs: added,
    transcript,
  };
}
