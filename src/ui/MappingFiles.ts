// Import and export as files: a mapping document read from the file the musician chose (its size, its
// syntax, a missing file, each in one line), or written indented for people to edit.
import { messageOf } from "../log/ErrorText";
import { parseMappingText } from "../control/MappingText";
import { fileName } from "./DialogPaths";

/** Reads and writes whole text files; paths as the patcher's dialogs give them. */
export interface TextFiles {
  read(path: string): string;
  write(path: string, text: string): void;
}

/** The document in the file, or what is wrong in the musician's words. */
export function readMappingFile(files: TextFiles, path: string): { ok: true; document: unknown } | { ok: false; level: "warn" | "error"; message: string } {
  if (path === "") return { ok: false, level: "warn", message: "import: no file chosen" };
  let text: string;
  try {
    text = files.read(path);
  } catch (error) {
    const missing = (error as { code?: unknown }).code === "ENOENT";
    return { ok: false, level: "error", message: `import: ${missing ? `${fileName(path)} not found` : messageOf(error)}` };
  }
  const parsed = parseMappingText(text);
  return parsed.ok ? parsed : { ok: false, level: "error", message: `import ${fileName(path)}: ${parsed.message}` };
}
