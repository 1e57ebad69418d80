// The names a LOM class knows, from LiveAPI's `info`: Live refuses an unknown name only by posting to
// the Max window, so the shim checks names itself to answer an error. `info` lists "property name type",
// "child name type", "children name type", "function name" (https://docs.cycling74.com/apiref/js/liveapi);
// it does not say which properties are settable, so a write to a read-only property is refused by Live
// on the console only.
//
// Instances of one type may differ (a master track has no `arm`), so the shape is kept per object id (ids
// are never reused and an object never changes class); objects with the same `info` share one shape.
import { chargeCall } from "./budget";

interface ClassShape {
  /** Properties and children: everything `get` and `property` accept. */
  readable: { [name: string]: boolean };
  lists: { [name: string]: boolean };
  functions: { [name: string]: boolean };
}

type Kind = "readable" | "lists" | "functions";

var shapeById: { [id: string]: ClassShape } = {};
var shapeByInfo: { [info: string]: ClassShape } = {};

/** Calls a check costs at most: one `info` the first time an object is checked. */
export var SHAPE_CHECK_CALLS = 1;

/**
 * Properties an observer of the object was accepted for: they exist, so checking them needs no `info`.
 * A knob's write is mostly to a property its focus observes (a volume, the selected track).
 */
var observed: { [idAndName: string]: boolean } = {};

export function propertyObserved(id: number, name: string): void {
  observed[id + " " + name] = true;
}

/** Reads an object's shape now (one `info`), so the first action on it pays none. */
export function learnShape(api: LiveAPI): void {
  shapeOf(api);
}

function shapeOf(api: LiveAPI): ClassShape {
  var id = String(api.id);
  var known = shapeById[id];
  if (known) return known;
  chargeCall();
  // The first line is "id N": the rest describes the class.
  var info = String(api.info).replace(/^id \S+\n/, "");
  var shape = shapeByInfo[info];
  if (!shape) shape = shapeByInfo[info] = parse(info);
  shapeById[id] = shape;
  return shape;
}

function parse(info: string): ClassShape {
  var shape: ClassShape = { readable: {}, lists: {}, functions: {} };
  var lines = info.split("\n");
  for (var i = 0; i < lines.length; i++) {
    var words = lines[i].split(" ");
    if (words[0] === "property" || words[0] === "child") shape.readable[words[1]] = true;
    else if (words[0] === "children") shape.readable[words[1]] = shape.lists[words[1]] = true;
    else if (words[0] === "function") shape.functions[words[1]] = true;
  }
  return shape;
}

function knows(api: LiveAPI, kind: Kind, name: string): boolean {
  return shapeOf(api)[kind][name] === true;
}

export function requireProperty(api: LiveAPI, name: string): void {
  if (observed[String(api.id) + " " + name]) return;
  if (!knows(api, "readable", name)) throw new Error(api.type + " has no property " + name);
}

export function requireList(api: LiveAPI, name: string): void {
  if (!knows(api, "lists", name)) throw new Error(api.type + " has no list of children " + name);
}

export function requireFunction(api: LiveAPI, name: string): void {
  if (!knows(api, "functions", name)) throw new Error(api.type + " has no function " + name);
}
