// Where a JSON text first breaks, as line and column: JSON.parse's message names a position in some Node
// versions and quotes the text in others, so the text is scanned again (only once it failed to parse).
// The scan keeps an explicit stack: a deeply nested text cannot overflow the call stack.

export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
}

type Expect = "value" | "valueOrClose" | "key" | "keyOrClose" | "colon" | "commaOrClose" | "end";

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /true|false|null/y;

function matchAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** The first syntax problem of `text`, or undefined when it is valid JSON. */
export function findSyntaxProblem(text: string): SyntaxProblem | undefined {
  const open: string[] = [];
  let expect: Expect = "value";
  let at = 0;
  const fail = (message: string): SyntaxProblem => {
    const before = text.slice(0, at);
    const line = before.split("\n").length;
    return { line, column: at - before.lastIndexOf("\n"), message };
  };
  for (;;) {
    while (at < text.length && " \t\n\r".includes(text[at]!)) at++;
    const char = text[at];
    if (char === undefined) return expect === "end" ? undefined : fail("the text ends before the document does");
    const closes = (char === "]" && open[open.length - 1] === "[") || (char === "}" && open[open.length - 1] === "{");
    if (expect === "end") return fail(`unexpected ${char} after the document`);
    if (expect === "colon") {
      if (char !== ":") return fail("expected ':' after a property name");
      at++;
      expect = "value";
    } else if (expect === "commaOrClose") {
      if (char === ",") expect = open[open.length - 1] === "{" ? "key" : "value";
      else if (closes) open.pop();
      else return fail(`expected ',' or '${open[open.length - 1] === "{" ? "}" : "]"}'`);
      at++;
      if (char !== "," && open.length === 0) expect = "end";
    } else if ((expect === "valueOrClose" || expect === "keyOrClose") && closes) {
      open.pop();
      at++;
      expect = open.length === 0 ? "end" : "commaOrClose";
    } else if (expect === "key" || expect === "keyOrClose") {
      const end = matchAt(STRING, text, at);
      if (end < 0) return fail(char === '"' ? "malformed string" : "expected a property name in double quotes");
      at = end;
      expect = "colon";
    } else if (char === "[" || char === "{") {
      open.push(char);
      at++;
      expect = char === "[" ? "valueOrClose" : "keyOrClose";
    } else {
      const end = Math.max(matchAt(STRING, text, at), matchAt(NUMBER, text, at), matchAt(LITERAL, text, at));
      if (end < 0) return fail(char === '"' ? "malformed string" : `expected a value, not ${char}`);
      at = end;
      expect = open.length === 0 ? "end" : "commaOrClose";
    }
  }
}
