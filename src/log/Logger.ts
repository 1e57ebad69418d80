// Levelled logging for the bundle. Sinks (Max console, log file, test capture) are attached by the host.
import { describeError } from "./ErrorText";

export type LogLevel = "debug" | "info" | "warn" | "error";

export interface LogRecord {
  level: LogLevel;
  message: string;
}

export type LogSink = (record: LogRecord) => void;

export class Logger {
  private readonly sinks: LogSink[] = [];

  addSink(sink: LogSink): void {
    this.sinks.push(sink);
  }

  debug(message: string): void {
    this.write("debug", message);
  }

  info(message: string): void {
    this.write("info", message);
  }

  warn(message: string): void {
    this.write("warn", message);
  }

  error(message: string, cause?: unknown): void {
    this.write("error", cause === undefined ? message : `${message}: ${describeError(cause)}`);
  }

  private write(level: LogLevel, message: string): void {
    for (const sink of this.sinks) sink({ level, message });
  }
}
