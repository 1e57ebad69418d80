// What a LOM class has, read once per class from LiveAPI's `info` and cached: Live refuses unknown
// names only by posting to the Max window, so the shim checks names itself to answer an error.
// `info` lists "property name type", "child name type", "children name type", "function name"
// (https://docs.cycling74.com/apiref/js/liveapi). It does not say which properties are settable,
// so a write to a read-only property is refused by Live on the console only.

interface ClassShape {
  /** Properties and children: everything `get` and `property` accept. */
  readable: { [name: string]: boolean };
  lists: { [name: string]: boolean };
  functions: { [name: string]: boolean };
}

var shapes: { [type: string]: ClassShape } = {};

function shapeOf(api: LiveAPI): ClassShape {
  var type = api.type;
  var known = shapes[type];
  if (known) return known;
  var shape: ClassShape = { readable: {}, lists: {}, functions: {} };
  var lines = String(api.info).split("\n");
  for (var i = 0; i < lines.length; i++) {
    var words = lines[i].split(" ");
    if (words[0] === "property" || words[0] === "child") shape.readable[words[1]] = true;
    else if (words[0] === "children") shape.readable[words[1]] = shape.lists[words[1]] = true;
    else if (words[0] === "function") shape.functions[words[1]] = true;
  }
  shapes[type] = shape;
  return shape;
}

export function requireProperty(api: LiveAPI, name: string): void {
  if (!shapeOf(api).readable[name]) throw new Error(api.type + " has no property " + name);
}

export function requireList(api: LiveAPI, name: string): void {
  if (!shapeOf(api).lists[name]) throw new Error(api.type + " has no list of children " + name);
}

export function requireFunction(api: LiveAPI, name: string): void {
  if (!shapeOf(api).functions[name]) throw new Error(api.type + " has no function " + name);
}
