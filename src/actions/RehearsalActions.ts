// The knobs of rehearsing a set without Live: the pre-show check (what would go wrong at the gig, each item
// in the log with its knob and its fix) and the export of the set as the device sees it, which `npm start`
// and `npm run repl` open.
import { PRESS, actionState, defineAction } from "./Action";
import { exportSet } from "./SetExport";
import { untilSettled } from "./untilSettled";

/** Whether an export is reading the set: a second press meanwhile would write the file twice. */
const exporting = actionState(() => ({ running: false }));

export const REHEARSAL_ACTIONS = [
  defineAction({
    id: "set.check",
    title: "Pre-show check",
    description: "Lists what would go wrong at the gig: knobs that cannot run in this set, input tracks, unknown actions, a mapping too large.",
    gestures: PRESS,
    needs: [],
    run: ({ runtime, log }) => {
      const findings = runtime.preShowCheck();
      findings.forEach((line) => log.warn(line));
      if (findings.length === 0) return "Pre-show check: all clear";
      return `Pre-show check: ${findings.length} ${findings.length === 1 ? "problem" : "problems"}, in the log`;
    },
  }),
  defineAction({
    id: "set.export",
    title: "Export set",
    description: "Writes the set as the device sees it to a set description beside the log file, for npm start and the REPL.",
    gestures: PRESS,
    needs: [],
    state: exporting,
    refuse: ({ state }) => (state.running ? "the set is being exported already" : undefined),
    run: ({ song, runtime, log, state }) => {
      state.running = true;
      const written = exportSet(song, (id) => runtime.inputChannel(id)).then((set) => {
        const path = runtime.writeSetFile(`${JSON.stringify(set, null, 1)}\n`);
        log.info(`Set exported to ${path}`);
        return `Set exported: ${set.tracks.length} tracks, ${set.scenes.length} scenes`;
      });
      const done = (): void => {
        state.running = false;
      };
      written.then(done, done);
      return untilSettled(runtime.sequences, "export set", written);
    },
  }),
];
