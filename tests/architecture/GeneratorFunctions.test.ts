// Generated patchers stay reviewable (issue 19, point 5): no function of the generators (scripts/patchers)
// is longer than GENERATOR_FUNCTION_LINES lines of code, blank lines and comment lines aside. The functions
// are found by TypeScript's own parser (typescript/unstable/sync, the compiler's API since TypeScript 7),
// so methods, arrows, accessors and signatures over several lines all count.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";

const GENERATOR_FUNCTION_LINES = 40;
const GENERATORS = "scripts/patchers";
/** The repository root (tests run from .build/tests/architecture/). */
const root = join(__dirname, "../../..");

/** What the measure reads of a parsed file: TypeScript 7's nodes, narrowed to what is used. */
interface ParsedNode {
  readonly kind: number;
  readonly name?: ParsedNode;
  getStart(): number;
  getEnd(): number;
  getText(): string;
  forEachChild<T>(visit: (node: ParsedNode) => T): T | undefined;
}

interface FunctionLength {
  name: string;
  lines: number;
}

/** A line that holds no code: blank, or a comment's. */
const NO_CODE = /^\s*(\/\/.*|\/\*.*|\*.*)?$/;

/** Each function of a parsed file (declarations, methods, accessors, constructors, expressions, arrows) and its lines of code. */
function functionLengths(file: string, text: string, source: ParsedNode, isFunction: (node: ParsedNode) => boolean): FunctionLength[] {
  const found: FunctionLength[] = [];
  const visit = (node: ParsedNode): void => {
    if (isFunction(node)) {
      const first = text.slice(0, node.getStart()).split("\n").length - 1;
      const lines = text.slice(0, node.getEnd()).split("\n").slice(first);
      const named = node.name?.getText() ?? `(function at line ${first + 1})`;
      found.push({ name: `${file}: ${named}`, lines: lines.filter((line) => !NO_CODE.test(line)).length });
    }
    node.forEachChild(visit);
  };
  source.forEachChild(visit);
  return found;
}

/** Parses `files` (relative to the root) with TypeScript's compiler and measures each one's functions. */
async function measure(files: string[]): Promise<FunctionLength[]> {
  // The compiler's API is an ES module: imported, not required, so the CommonJS suite loads it in Node 16 too.
  const { API } = await import("typescript/unstable/sync");
  const { isFunctionLikeDeclaration } = await import("typescript/unstable/ast/is");
  const api = new API({ cwd: root });
  try {
    const paths = files.map((file) => join(root, file));
    const snapshot = api.updateSnapshot({ openFiles: paths });
    return paths.flatMap((path, index) => {
      const source = snapshot.getDefaultProjectForFile(path)?.program.getSourceFile(path);
      if (source === undefined) throw new Error(`TypeScript did not parse ${path}`);
      const isFunction = (node: ParsedNode) => isFunctionLikeDeclaration(node as never);
      return functionLengths(files[index] ?? path, source.text, source as unknown as ParsedNode, isFunction);
    });
  } finally {
    api.close();
  }
}

test("the measure counts a function's lines of code, its comments and blank lines aside, nested ones apart", async () => {
  const lengths = await measure(["tests/fixtures/functionShapes.ts"]);
  assert.equal(lengths, [
    { name: "tests/fixtures/functionShapes.ts: outer", lines: 8 },
    { name: "tests/fixtures/functionShapes.ts: (function at line 7)", lines: 3 },
    { name: "tests/fixtures/functionShapes.ts: method", lines: 7 },
    { name: "tests/fixtures/functionShapes.ts: (function at line 18)", lines: 3 },
  ]);
});

test(`no generator function is longer than ${GENERATOR_FUNCTION_LINES} lines of code`, async () => {
  const files = readdirSync(join(root, GENERATORS))
    .filter((name) => /\.(ts|mjs)$/.test(name))
    .map((name) => `${GENERATORS}/${name}`);
  assert.ok(files.length > 10, "the generators are found");
  const lengths = await measure(files);
  assert.ok(lengths.length > 100, "the generators' functions are found");
  assert.equal(lengths.filter((fn) => fn.lines > GENERATOR_FUNCTION_LINES), []);
});

test.run();
