// The snapshot specs the mirror sends with its reads, derived from the class declarations in
// LomClasses.ts: what loading an object reads, what reading one child list reads, what the healer
// reads again. Each is worked out once per class (or list) and memoised, so the client registers it once.
import type { SnapshotSpec } from "../wire/protocol";
import { lomClass, type LomClassName } from "./LomClasses";

const snapshotSpecs = new Map<LomClassName, SnapshotSpec>();

/** The snapshot spec that loads one object of a class: its properties and its eager children. */
export function snapshotSpecOf(name: LomClassName): SnapshotSpec {
  let spec = snapshotSpecs.get(name);
  if (!spec) {
    const cls = lomClass(name);
    const children: Record<string, SnapshotSpec> = {};
    const props = Object.entries(cls.props).filter(([, p]) => p.observe !== "whileListened");
    // Conditional properties go last, after the properties their condition reads.
    spec = { props: [...props.filter(([, p]) => !p.onlyWhen), ...props.filter(([, p]) => p.onlyWhen)].map(([n]) => n), children };
    const onlyWhen = Object.fromEntries(props.flatMap(([n, p]) => (p.onlyWhen ? [[n, { prop: p.onlyWhen.prop, is: p.onlyWhen.is ? 1 : 0 }]] : [])));
    if (Object.keys(onlyWhen).length > 0) spec.onlyWhen = onlyWhen;
    snapshotSpecs.set(name, spec);
    for (const [child, childSpec] of Object.entries(cls.children)) if (childSpec.load === "eager") children[child] = snapshotSpecOf(childSpec.type);
  }
  return spec;
}

const childListSpecs = new Map<string, SnapshotSpec>();

/** The spec that reads one child list of an object of `type`: the ids, and each child as it loads. */
export function childListSpecOf(type: LomClassName, child: string): SnapshotSpec {
  const key = `${type}.${child}`;
  let spec = childListSpecs.get(key);
  if (!spec) {
    const childSpec = lomClass(type).children[child];
    spec = { props: [], children: childSpec ? { [child]: snapshotSpecOf(childSpec.type) } : {} };
    childListSpecs.set(key, spec);
  }
  return spec;
}

const refreshSpecs = new Map<string, SnapshotSpec>();

/**
 * What the healer reads again of an object: its properties, but those streamed in quanta (song time:
 * its next position repairs it, and a read of it would jump the beat scheduler), and the ids of the
 * lists it has loaded. Memoised, so the client registers each spec once.
 */
export function refreshSpecOf(type: LomClassName, lists: readonly string[]): SnapshotSpec {
  const key = `${type}.${lists.join(",")}`;
  let spec = refreshSpecs.get(key);
  if (!spec) {
    const load = snapshotSpecOf(type);
    const props = load.props.filter((name) => lomClass(type).props[name]?.quantum === undefined);
    spec = { props, ...(load.onlyWhen ? { onlyWhen: load.onlyWhen } : {}), children: Object.fromEntries(lists.map((child) => [child, { props: [] }])) };
    refreshSpecs.set(key, spec);
  }
  return spec;
}
