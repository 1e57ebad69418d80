// The paths the patcher's file dialogs hand the UI (import / export), as Max sends them.
import type { Atom } from "../wire/protocol";

/** The file's own name, from a native or a Max path. */
export function fileName(path: string): string {
  return path.split(/[\\/:]/).pop() || path;
}

/** Max splits a message at spaces unless quoted: a path or JSON may arrive in several atoms. */
export function joined(atoms: Atom[]): string {
  return atoms.map(String).join(" ");
}
