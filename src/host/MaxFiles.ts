// Text files at paths as Max's dialogs give them ([opendialog], [savedialog]), and the exported set.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TextFiles } from "../ui/DeviceUi";

/**
 * Max writes absolute paths as `<volume>:/<path>` ("Macintosh HD:/Users/me/x.json", "C:/Users/me/x.json";
 * the "standard Max path syntax (Drive:/path/to/file)", https://docs.cycling74.com/latest/refpages/conformpath).
 * A Windows drive letter stays; on macOS every volume is under /Volumes (the start-up one too, as a link
 * to `/`), and the start-up volume is `/` when /Volumes does not list it. Anything else is already native.
 */
export function nativePath(maxPath: string, volumeMounted: (dir: string) => boolean = existsSync): string {
  const match = /^([^:/\\]+):\/(.*)$/.exec(maxPath.trim());
  if (match === null) return maxPath.trim();
  const [, volume = "", rest = ""] = match;
  if (/^[A-Za-z]$/.test(volume)) return `${volume}:/${rest}`;
  const mounted = join("/Volumes", volume);
  return volumeMounted(mounted) ? join(mounted, rest) : `/${rest}`;
}

/** The file the set.export action writes, in the log file's folder (README: "Rehearse your own set"). */
export const EXPORTED_SET_FILE = "exported-set.json";

/** Writes an exported set description into `dir`; the path written. */
export function writeSetFile(dir: string, text: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, EXPORTED_SET_FILE);
  writeFileSync(path, text);
  return path;
}

export const maxFiles: TextFiles = {
  read: (path) => readFileSync(nativePath(path), "utf8"),
  write: (path, text) => writeFileSync(nativePath(path), text),
};
