// A Logger whose records a test can read back.
import { Logger, type LogLevel, type LogRecord } from "../../src/log/Logger";

export interface CapturingLogger {
  log: Logger;
  records: LogRecord[];
  messages(level: LogLevel): string[];
}

export function capturingLogger(): CapturingLogger {
  const log = new Logger();
  const records: LogRecord[] = [];
  log.addSink((record) => records.push(record));
  return {
    log,
    records,
    messages: (level) => records.filter((record) => record.level === level).map((record) => record.message),
  };
}
