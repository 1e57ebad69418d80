// Max's symbol table, one per rig. Every distinct string that crosses a patch cord is interned for good,
// shared with Live; Max and Live slow down past about 100 k symbols. Numbers never intern. Each distinct
// path string given to LiveAPI (`path =`, `goto`, the constructor) interns one symbol, ids none; tearing
// down an observer leaks about 6, re-pointing one none; strings LiveAPI answers to `get` do not intern
// until they cross a cord (zsteinkamp/m4l-Knobbler4 CLAUDE.md, "Max symbol-table interning & LiveAPI
// observer lifecycle", measured in [v8]).
import { SYMBOLS_PER_OBSERVER_TEARDOWN } from "../../wire/liveApiCosts";
import type { Atom } from "../../wire/protocol";

export class SymbolTable {
  private readonly interned = new Set<string>();
  /** Symbols leaked by observer teardowns: anonymous, so they never coincide with a real string. */
  private leaked = 0;
  private teardownCount = 0;

  /** Distinct symbols interned so far (strings plus teardown leaks); it only grows. */
  get size(): number {
    return this.interned.size + this.leaked;
  }

  /** Observer teardowns seen so far. */
  get teardowns(): number {
    return this.teardownCount;
  }

  has(text: string): boolean {
    return this.interned.has(text);
  }

  /** Interns one string; answers whether it was new. */
  intern(text: string): boolean {
    if (this.interned.has(text)) return false;
    this.interned.add(text);
    return true;
  }

  /** Interns the string atoms of a message crossing a cord; numbers never intern. */
  internAtoms(atoms: readonly Atom[]): void {
    for (const atom of atoms) if (typeof atom === "string") this.intern(atom);
  }

  /** A LiveAPI observer torn down (its `property` cleared): Knobbler4 measured about 6 symbols leaked. */
  observerTornDown(): void {
    this.teardownCount++;
    this.leaked += SYMBOLS_PER_OBSERVER_TEARDOWN;
  }

  /** A count to compare with later: `symbols.size - mark` symbols are new since. */
  mark(): number {
    return this.size;
  }

  since(mark: number): number {
    return this.size - mark;
  }
}
