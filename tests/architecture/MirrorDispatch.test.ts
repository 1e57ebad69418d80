// Only the dispatch changes the mirror (issue 19): the mutable state and its reducer are
// src/lom/MirrorState.ts, held by MirrorStore alone, whose `dispatch` is the one way in. The type
// system keeps the rest out (MirrorNode and StructureChange are read-only views, the state is
// private; `outOfReach` below must fail to compile line by line), and this scan keeps out what a cast
// would let through.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { MirrorNode, StructureChange } from "../../src/lom/MirrorNode";
import type { MirrorStore } from "../../src/lom/MirrorStore";

const REDUCER = "src/lom/MirrorState.ts";
const DISPATCH = "src/lom/MirrorStore.ts";

/** A mirror node's fields or the store's collections changed in place. */
const MUTATIONS: readonly RegExp[] = [
  /\.(props|children)\[[^\]]+\]\s*=[^=]/,
  /delete\s+[\w.]+\.(props|children)\[/,
  /\.(pending|demand|nodes|listOids)\.(set|delete|clear)\(/,
  /\.oids\.(push|splice|pop|shift|unshift)\(/,
  /\.(refs|generation|songId|pendingWork)\s*(\+\+|--|[-+]?=[^=>])|(\+\+|--)[\w.]*\.(refs|generation|songId|pendingWork)\b/,
  /\.change(\.\w+)?\s*=[^=>]|\.change\.\w+\.(add|delete|clear)\(/,
];

/** The bundle's sources; the simulator (src/sim) models Live and Max, whose objects are not the mirror. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path === join("src", "sim")) return [];
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function code(text: string): string[] {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1")
    .split("\n");
}

function mutationsIn(path: string, text: string): string[] {
  return code(text).flatMap((line, i) => (MUTATIONS.some((pattern) => pattern.test(line)) ? [`${path}:${i + 1}: ${line.trim()}`] : []));
}

test("nothing but the reducer changes a loaded object or the store's collections", () => {
  const found = sources("src")
    .filter((path) => path.split("\\").join("/") !== REDUCER)
    .flatMap((path) => mutationsIn(path, readFileSync(path, "utf8")));
  assert.equal(found, []);
});

test("only the dispatch holds the mirror's state", () => {
  const holders = [...sources("src"), ...sources("tests")]
    .filter((path) => /from\s+["'][^"']*\/MirrorState["']/.test(readFileSync(path, "utf8")))
    .map((path) => path.split("\\").join("/"));
  assert.equal(holders, [DISPATCH]);
});

test("the scan finds each kind of change in place", () => {
  const sample = [
    "node.props[prop] = value;",
    "delete node.children[child];",
    "node.pending.set(prop, entry);",
    "store.nodes.delete(id);",
    "node.oids.push(oid);",
    "k.refs--;",
    "--k.refs;",
    "store.generation++;",
    "store.change.tracks = true;",
    "store.change.added.add(id);",
    "// node.props[prop] = value; in a comment",
    "if (node.props[prop] === value) return;",
    "const same = store.generation !== generation;",
  ].join("\n");
  assert.equal(
    mutationsIn("sample", sample).map((hit) => hit.split(":")[1]),
    ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
  );
});

/** Never called: each line must fail to compile, or tsc reports the unused directive. */
export function outOfReach(node: MirrorNode, change: StructureChange, store: MirrorStore): void {
  // @ts-expect-error a loaded object's values are read-only outside the reducer
  node.props["mute"] = 1;
  // @ts-expect-error so are its child lists
  node.children["tracks"] = [];
  // @ts-expect-error and its count of lists
  node.refs++;
  // @ts-expect-error and what is pending
  node.pending.delete("mute");
  // @ts-expect-error a settle's report is read-only
  change.added.add(1);
  // @ts-expect-error the store's objects are read-only
  store.nodes.delete(1);
  // @ts-expect-error the store's state is its own
  void store.state;
}

test.run();
