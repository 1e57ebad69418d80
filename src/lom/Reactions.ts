// What a change reported by an observer sets off, derived from the class declarations in
// LomClasses.ts (refreshedBy, rereadOn, FOLLOWS, change): the mirror looks it up on every change.
import { FOLLOWS, lomClass, type ChangeKind, type ChildSpec, type Follows, type LomClassName } from "./LomClasses";

/** What a change of one property sets off: the children it refetches, the properties it re-reads, the follow rules. */
export interface Reactions {
  refetch: readonly (readonly [string, ChildSpec])[];
  reread: readonly string[];
  follows: readonly Follows[];
  change: ChangeKind | undefined;
}

const reactions = new Map<string, Reactions>();

/** The declared reactions to a change of `prop` on a `type`, worked out once: changes arrive many times a beat. */
export function reactionsTo(type: LomClassName, prop: string): Reactions {
  const key = `${type}.${prop}`;
  let found = reactions.get(key);
  if (!found) {
    const cls = lomClass(type);
    found = {
      refetch: Object.entries(cls.children).filter(([, child]) => child.refreshedBy === prop),
      reread: Object.entries(cls.props)
        .filter(([, spec]) => spec.rereadOn?.includes(prop))
        .map(([name]) => name),
      follows: FOLLOWS.filter((rule) => rule.when.cls === type && rule.when.prop === prop),
      change: cls.props[prop]?.change,
    };
    reactions.set(key, found);
  }
  return found;
}
