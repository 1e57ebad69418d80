// A mapping document read from text (a file, the stored copy): the text's size first, then its syntax,
// with the line and column of the first problem.
import { findSyntaxProblem } from "./JsonSyntax";
import { MAX_MAPPING_CHARS } from "./MappingBounds";
import { messageOf } from "../log/ErrorText";

export type ParsedText = { ok: true; document: unknown } | { ok: false; message: string };

export function parseMappingText(text: string): ParsedText {
  if (text.length > MAX_MAPPING_CHARS) {
    return { ok: false, message: `${kilobytes(text.length)} KB is too large for a mapping (at most ${kilobytes(MAX_MAPPING_CHARS)} KB)` };
  }
  try {
    return { ok: true, document: JSON.parse(text) as unknown };
  } catch (error) {
    const problem = findSyntaxProblem(text);
    if (problem === undefined) return { ok: false, message: messageOf(error) };
    return { ok: false, message: `not JSON: line ${problem.line}, column ${problem.column}: ${problem.message}` };
  }
}

function kilobytes(chars: number): number {
  return Math.ceil(chars / 1000);
}
