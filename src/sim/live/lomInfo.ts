// The text LiveAPI's `info` answers for an object (https://docs.cycling74.com/apiref/js/liveapi), read off
// its LOM class: what a script learns of an object it has not been told about. Only the names the bridge
// exposes are listed (_MxDCore/LomUtils.py, LomInformation._generate_object_info walks
// get_exposed_property_names_for_type).
import type { Bridge } from "./Bridge";
import type { LiveObject } from "./LiveObject";

/** Like live.object's getinfo: id, type, description, children, properties, functions, done. */
export function lomInfo(o: LiveObject, bridge: Bridge): string {
  const exposed = (name: string): boolean => bridge.exposes(o, name);
  const lines = [`id ${o.id}`, `type ${bridge.pythonName(o)}`, `description ${o.lom.description}`];
  const props = Object.entries(o.lom.props).filter(([name]) => exposed(name));
  for (const [name, spec] of props) {
    if (spec.child === "list") lines.push(`children ${name} ${spec.type.replace(/^list of /, "")}`);
    else if (spec.child) lines.push(`child ${name} ${spec.type}`);
  }
  for (const [name, spec] of props) if (!spec.child) lines.push(`property ${name} ${spec.type}`);
  for (const name of Object.keys(o.lom.fns)) if (exposed(name)) lines.push(`function ${name}`);
  lines.push("done");
  return lines.join("\n");
}
