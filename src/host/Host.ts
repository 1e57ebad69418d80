// What the app needs from its host: the one seam between Protocol0 and Max.
import type { LogLevel } from "../log/Logger";
import type { Atom } from "../lom/protocol";

export type MessageHandler = (...atoms: Atom[]) => void;

export interface Host {
  /** Sends a message out of node.script's outlet. */
  send(selector: string, ...atoms: Atom[]): void;
  /** Handles a message arriving at node.script's inlet. */
  on(selector: string, handler: MessageHandler): void;
  /** Posts to the Max console. */
  post(level: LogLevel, text: string): void;
  /** A named [dict]'s content (Node for Max getDict); an empty object when it holds nothing. */
  readDict(name: string): Promise<DictContent>;
  /** Replaces a named [dict]'s content (Node for Max setDict). */
  writeDict(name: string, content: DictContent): void;
}

export type DictContent = { [key: string]: unknown };
