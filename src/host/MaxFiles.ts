// Text files at paths as Max's dialogs give them ([opendialog], [savedialog]).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
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

export const maxFiles: TextFiles = {
  read: (path) => readFileSync(nativePath(path), "utf8"),
  write: (path, text) => writeFileSync(nativePath(path), text),
};
