// node.script's side of its cords: the messages it sends and the handlers of those it receives. The Host
// (src/host/Host.ts) is one; the UI (src/ui) needs no more of Max than this.
import type { Atom } from "./protocol";

export type MessageHandler = (...atoms: Atom[]) => void;

export interface DevicePort {
  /** Sends a message out of node.script's outlet. */
  send(selector: string, ...atoms: Atom[]): void;
  /** Handles a message arriving at node.script's inlet. */
  on(selector: string, handler: MessageHandler): void;
}
