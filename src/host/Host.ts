// What the app needs from its host: the one seam between Protocol0 and Max.
import type { LogLevel } from "../log/Logger";
import type { DevicePort } from "../wire/DevicePort";

export interface Host extends DevicePort {
  /** Posts to the Max console. */
  post(level: LogLevel, text: string): void;
  /** A named [dict]'s content (Node for Max getDict); an empty object when it holds nothing. */
  readDict(name: string): Promise<DictContent>;
  /** Replaces a named [dict]'s content (Node for Max setDict). */
  writeDict(name: string, content: DictContent): void;
}

export type DictContent = { [key: string]: unknown };
