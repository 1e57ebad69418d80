// The musician's actions folder: every `.js` file directly in it is a module defining actions
// (`module.exports = defineAction({...})`, or a list of them), loaded into the registry beside the
// built-in actions, and loaded again when a file changes. Changes are found by polling on the tick
// clock (a stat of each file every POLL_MS), not with fs.watch: Node documents fs.watch as "not 100%
// consistent across platforms, and ... unavailable in some situations" (FSEvents on macOS,
// ReadDirectoryChangesW on Windows, unreliable on network volumes: Node 16's fs docs, "Caveats" and
// "Availability", https://nodejs.org/docs/latest-v16.x/api/fs.html#caveats), and an editor's save by
// rename loses a watch on the file; a poll sees every save whatever the platform and the editor, and
// runs on the device's own clock, so the simulator tests it tick for tick.
// A file that fails (a syntax error, a throw, a bad definition) is told with its name and line, and
// the actions it defined before stay loaded, so a typo saved mid-set does not empty a knob.
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { ActionDefinition } from "../Action";
import type { ActionRegistry } from "../ActionRegistry";
import type { StatusLine } from "../ActionServices";
import type { Logger } from "../../log/Logger";
import { messageOf } from "../../log/ErrorText";
import { msToTicks, type TickScheduler } from "../../time/TickScheduler";
import { isUserSpec, USER_API } from "./UserApi";
import { specProblem, userDefinition, userId } from "./UserDefinition";
import { UserModuleError, UserModules } from "./UserModules";

/** Where the device looks when the musician chose no folder; the environment may say otherwise (the simulator's rig). */
export const ACTIONS_DIR_ENV = "P0_ACTIONS_DIR";
export const POLL_MS = 500;

export function defaultActionsFolder(env: NodeJS.ProcessEnv = process.env): string {
  return env[ACTIONS_DIR_ENV] ?? join(homedir(), "Documents", "Protocol0", "actions");
}

/** "~/x" is in the home folder. */
function expanded(folder: string): string {
  return folder === "~" || folder.startsWith("~/") ? join(homedir(), folder.slice(1)) : folder;
}

export interface UserActionsOptions {
  registry: ActionRegistry;
  ticks: TickScheduler;
  log: Logger;
  status: StatusLine;
  /** The folder when none is chosen (read once, when the script starts). */
  defaultFolder: string;
}

export class UserActions {
  private chosen: string | undefined;
  /** What the last look at the folder saw (names, sizes, times): a reload when it differs. */
  private seen: string | undefined;
  private watchedFiles: string[] = [];
  /** Each file's actions from its last good load. */
  private readonly byFile = new Map<string, ActionDefinition[]>();
  private polling: { cancel(): void } | undefined;
  /** The last load's failures: a new one is told first. */
  private told = new Set<string>();

  constructor(private readonly options: UserActionsOptions) {}

  /** The folder in use: the chosen one, else the default. */
  get folder(): string {
    return expanded(this.chosen ?? this.options.defaultFolder);
  }

  get isDefault(): boolean {
    return this.chosen === undefined;
  }

  /** Looks at the folder every POLL_MS; the first look loads it if no folder was chosen meanwhile. */
  start(): void {
    const poll = () => {
      this.polling = this.options.ticks.wait(msToTicks(POLL_MS), poll);
      this.poll();
    };
    this.polling = this.options.ticks.wait(msToTicks(POLL_MS), poll);
  }

  stop(): void {
    this.polling?.cancel();
  }

  /** Uses `folder` (undefined: the default) and loads it now. */
  use(folder: string | undefined): void {
    const next = folder === undefined || folder.trim() === "" ? undefined : folder.trim();
    if (next !== this.chosen || this.seen === undefined) {
      this.chosen = next;
      this.byFile.clear();
      this.reload();
    }
  }

  /** Loads the folder again when a file was added, removed or saved. */
  poll(): void {
    if (this.snapshot() !== this.seen) this.reload();
  }

  /** Loads every action file of the folder into the registry; answers how many actions are loaded. */
  reload(): number {
    const folder = this.folder;
    this.seen = this.snapshot();
    if (!existsSync(folder)) {
      if (this.isDefault) this.options.log.debug(`no user actions: ${folder} does not exist`);
      else this.tell("warn", `User actions: folder ${folder} not found`);
      return this.apply([]);
    }
    let files: string[];
    let modules: UserModules;
    try {
      files = this.actionFiles(folder);
      modules = new UserModules(realpathSync(folder), USER_API);
    } catch (error) {
      this.tell("error", `User actions: cannot read ${folder}: ${messageOf(error)}`);
      return this.apply([]);
    }
    const failures: string[] = [];
    for (const file of files) {
      try {
        this.byFile.set(file, this.definitionsOf(modules, join(folder, file), file));
      } catch (error) {
        failures.push(error instanceof UserModuleError ? error.message : `${file}: ${messageOf(error)}`);
      }
    }
    for (const file of [...this.byFile.keys()]) if (!existsSync(join(folder, file))) this.byFile.delete(file);
    this.watchedFiles = modules.files;
    this.seen = this.snapshot();
    const count = this.apply(this.unique(failures));
    const known = this.told;
    this.told = new Set(failures);
    failures.sort((a, b) => Number(known.has(a)) - Number(known.has(b)));
    if (failures.length > 0) {
      for (const failure of failures) this.options.log.error(`User action ${failure}`);
      const more = failures.length > 1 ? ` (and ${failures.length - 1} more in the log)` : "";
      this.tell("error", `User action ${failures[0] ?? ""}${more}`, false);
    } else this.tell("info", `User actions: ${count} loaded from ${folder}`);
    return count;
  }

  private definitionsOf(modules: UserModules, path: string, file: string): ActionDefinition[] {
    const exported: unknown = modules.load(path);
    const specs: unknown[] = Array.isArray(exported) ? exported : [exported];
    if (specs.length === 0 || !specs.every(isUserSpec)) {
      throw new UserModuleError(file, undefined, 'export definitions made by defineAction: module.exports = defineAction({ ... }) (or a list of them)');
    }
    return specs.map((spec) => {
      const problem = specProblem(spec);
      if (problem !== undefined) throw new UserModuleError(file, undefined, problem);
      return userDefinition(spec);
    });
  }

  /** Definitions by file, each id once: a later file's duplicate is a failure, the first file keeps it. */
  private unique(failures: string[]): ActionDefinition[] {
    const ids = new Set<string>();
    const all: ActionDefinition[] = [];
    for (const [file, definitions] of this.byFile) {
      for (const definition of definitions) {
        if (ids.has(definition.id)) failures.push(`${file}: ${userId(definition.id)} is defined by another file too`);
        else all.push(definition);
        ids.add(definition.id);
      }
    }
    return all;
  }

  private apply(definitions: readonly ActionDefinition[]): number {
    this.options.registry.replaceUserActions(definitions);
    return definitions.length;
  }

  /** `.js` files directly in the folder (helpers go in sub-folders), hidden ones aside. */
  private actionFiles(folder: string): string[] {
    return readdirSync(folder)
      .filter((name) => name.endsWith(".js") && !name.startsWith("."))
      .sort();
  }

  /** Each action file's and loaded helper's name, size and time: what a save changes. */
  private snapshot(): string {
    const folder = this.folder;
    if (!existsSync(folder)) return "";
    try {
      const files = [...this.actionFiles(folder).map((name) => join(folder, name)), ...this.watchedFiles];
      return files.map((path) => (existsSync(path) ? `${path}:${statSync(path).size}:${statSync(path).mtimeMs}` : path)).join("\n");
    } catch (error) {
      return `unreadable: ${messageOf(error)}`;
    }
  }

  private tell(level: "info" | "warn" | "error", text: string, log = true): void {
    this.options.status.show(level, text);
    if (!log) return;
    if (level === "error") this.options.log.error(text);
    else if (level === "warn") this.options.log.warn(text);
    // News on the status line; the Max console stays quiet on load (m4l-production-guidelines).
    else this.options.log.debug(text);
  }
}
