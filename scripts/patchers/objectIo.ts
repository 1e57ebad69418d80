// Inlet and outlet counts of the Max objects the devices use, so every generated box carries the
// numinlets/numoutlets/outlettype Max itself would save. Counts for objects without arguments come from
// Ableton's list of known objects (github.com/Ableton/maxdevtools, maxdiff/known_objects.py); the
// argument-dependent ones follow the objects' reference pages and patchers saved by Max 8 (route: one
// inlet and one outlet per argument plus the first inlet and the unmatched outlet; trigger/unpack: one
// outlet per argument).
// node.script: 1 inlet, 2 outlets (messages; lifecycle events on the right,
// https://docs.cycling74.com/max8/vignettes/08_n4m_lifecycle).

export interface Io {
  numinlets: number;
  numoutlets: number;
  outlettype: string[];
}

function io(numinlets: number, outlettype: string[]): Io {
  return { numinlets, numoutlets: outlettype.length, outlettype };
}

const fixed: { [name: string]: Io } = {
  "live.thisdevice": io(1, ["bang", "int", "int"]),
  metro: io(2, ["bang"]),
  "node.script": io(1, ["", ""]),
  prepend: io(1, [""]),
  send: io(1, []),
  midiin: io(1, ["int"]),
  midiout: io(1, []),
  print: io(1, []),
  pattr: io(1, ["", "", ""]),
  dict: io(2, ["dictionary", "", "", "", ""]),
  opendialog: io(1, ["", "bang"]),
  savedialog: io(1, ["", "", "bang"]),
  iter: io(1, [""]),
  "zl.reg": io(2, ["", ""]),
  ubutton: io(1, ["bang", "bang", "", "int"]),
  gate: io(2, [""]),
  message: io(2, [""]),
  comment: io(1, []),
  "live.comment": io(1, []),
  "live.menu": io(1, ["", "", "float"]),
  "live.text": io(1, ["", ""]),
  "live.toggle": io(1, [""]),
  umenu: io(1, ["int", "", ""]),
  // As Max 8 saves them in public patchers: [flonum] 1 inlet, a number and a bang out; [textedit] 1
  // inlet, 4 outlets (its text, prefixed "text", on the left); [mousefilter] 1 in, 1 out.
  flonum: io(1, ["", "bang"]),
  textedit: io(1, ["", "int", "", ""]),
  mousefilter: io(1, [""]),
  panel: io(1, []),
  // Audio in and out of the device (2 inlets, 2 signal outlets each, as Ableton maxdevtools
  // cpu-reporter/CPU Reporter.amxd saves them).
  "plugin~": io(2, ["signal", "signal"]),
  "plugout~": io(2, ["signal", "signal"]),
  // known_objects.py: [delay] 2 inlets, 1 bang outlet; [i] and [+] 2 inlets, 1 int outlet.
  delay: io(2, ["bang"]),
  i: io(2, ["int"]),
  "+": io(2, ["int"]),
  thispatcher: io(1, ["", ""]),
  // Two inlets (a value or signal, `id N`) and one outlet, as Max 8 saves it (Ableton devices saved by Max 8).
  "live.remote~": io(2, [""]),
  // A [jsui] takes its counts from its script's `inlets`/`outlets` globals, as [js] does: the grid cells'
  // device/p0-cell.js (src/cell/main.ts) has one inlet and no outlet.
  jsui: io(1, []),
};

const triggerTypes: { [arg: string]: string } = { b: "bang", i: "int", f: "float", l: "", s: "", a: "" };
const unpackTypes: { [arg: string]: string } = { i: "int", f: "float", s: "", l: "" };

function typed(args: string[], types: { [arg: string]: string }, object: string): string[] {
  return args.map((arg) => {
    const type = types[arg];
    if (type === undefined) throw new Error(`${object}: unsupported argument "${arg}"`);
    return type;
  });
}

/**
 * The inlets and outlets of a box. `jsIo` gives the counts of each [js] script, which Max reads from
 * the script's `inlets`/`outlets` globals.
 */
export function ioOf(maxclass: string, text: string | undefined, jsIo: { [script: string]: [number, number] }): Io {
  if (maxclass !== "newobj") {
    const found = fixed[maxclass];
    if (!found) throw new Error(`no inlet/outlet counts known for box class ${maxclass}`);
    return found;
  }
  const [name = "", ...words] = (text ?? "").split(" ");
  const args = words.filter((word) => !word.startsWith("@"));
  switch (name) {
    case "route":
      // Max 8: one inlet per argument after the first inlet (each replaces its argument).
      return io(Math.max(1, args.length) + 1, [...args, "unmatched"].map(() => ""));
    case "t":
    case "trigger":
      return io(1, typed(args, triggerTypes, name));
    case "unpack":
      return io(1, typed(args, unpackTypes, name));
    case "receive":
    case "r":
      // A named [receive] has no inlet; only [receive] without a name has one (to take `set <name>`):
      // Ableton maxdevtools cpu-reporter/CPU Reporter.amxd saves [r ---enable] with "numinlets" : 0,
      // maxdiff/known_objects.py saves a bare [receive] with 1.
      return io(args.length > 0 ? 0 : 1, [""]);
    case "gate":
      // [gate N]: N outlets (1 without an argument), a control and a data inlet.
      return io(2, new Array<string>(Number(args[0] ?? 1)).fill(""));
    case "js": {
      const counts = jsIo[args[0] ?? ""];
      if (!counts) throw new Error(`no inlet/outlet counts given for [js ${args[0] ?? ""}]`);
      return io(counts[0], new Array<string>(counts[1]).fill(""));
    }
    default: {
      const found = fixed[name];
      if (!found) throw new Error(`no inlet/outlet counts known for [${name}]`);
      return found;
    }
  }
}
