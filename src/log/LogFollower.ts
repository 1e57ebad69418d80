// What `npm run logs` reads: the log file's new lines at each poll. The file moves aside to
// PREVIOUS_LOG_FILE at its size cap (LogFile.ts) while the viewer may be behind: the file it was reading
// is then the previous one (a rename keeps the file's identity), so the rest of that file is read before
// the new one from its start. Only a second move between two polls (the previous file replaced) loses lines.
import { closeSync, openSync, readSync, statSync, type Stats } from "node:fs";
import { join } from "node:path";
import { LOG_FILE, PREVIOUS_LOG_FILE } from "./LogFile";

function statOf(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** A file's identity across a rename (device and inode). */
function identityOf(stats: Stats): string {
  return `${stats.dev}:${stats.ino}`;
}

export class LogFollower {
  private offset = 0;
  /** The bytes after the last line break read: a line being written, kept until its end comes. */
  private partial = Buffer.alloc(0);
  private identity: string | null = null;
  /** Moves of the file aside that the follower went through. */
  rotations = 0;

  /** `show` gets each whole line, in order. */
  constructor(
    private readonly dir: string,
    private readonly show: (line: string) => void,
  ) {}

  private get path(): string {
    return join(this.dir, LOG_FILE);
  }

  /** Shows the last `count` lines already in the file; the next poll goes on from its end. */
  history(count: number): void {
    const stats = statOf(this.path);
    if (stats === null) return;
    const lines: string[] = [];
    this.identity = identityOf(stats);
    this.offset = this.read(this.path, 0, stats.size, (line) => lines.push(line));
    lines.slice(Math.max(0, lines.length - count)).forEach(this.show);
  }

  /** Shows what was written since the last poll, the rest of a file that moved aside first. */
  poll(): void {
    const stats = statOf(this.path);
    if (stats === null) return;
    const identity = identityOf(stats);
    if (this.identity !== null && identity !== this.identity) {
      const previous = statOf(join(this.dir, PREVIOUS_LOG_FILE));
      if (previous !== null && identityOf(previous) === this.identity) this.read(join(this.dir, PREVIOUS_LOG_FILE), this.offset, previous.size, this.show);
      this.rotations++;
      this.offset = 0;
      this.partial = Buffer.alloc(0);
    } else if (stats.size < this.offset) {
      // Cut short in place (another program): start again.
      this.offset = 0;
      this.partial = Buffer.alloc(0);
    }
    this.identity = identity;
    this.offset = this.read(this.path, this.offset, stats.size, this.show);
  }

  /** Reads `path` from `from` to `to`, hands each whole line to `each`; answers where it stopped. */
  private read(path: string, from: number, to: number, each: (line: string) => void): number {
    if (to <= from) return from;
    const buffer = Buffer.alloc(to - from);
    const fd = openSync(path, "r");
    try {
      readSync(fd, buffer, 0, buffer.length, from);
    } finally {
      closeSync(fd);
    }
    const data = Buffer.concat([this.partial, buffer]);
    const end = data.lastIndexOf(0x0a);
    this.partial = data.subarray(end + 1);
    if (end >= 0) data.subarray(0, end).toString("utf8").split("\n").forEach(each);
    return to;
  }
}
