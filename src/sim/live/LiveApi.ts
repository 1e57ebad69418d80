// The LiveAPI class a [js] script sees, over the simulated set (https://docs.cycling74.com/apiref/js/liveapi).
// - mode 0 (default) follows the object when it moves, mode 1 follows the path;
// - a missing object is id 0 with an empty path;
// - `get` answers a list of atoms: ["Bass"], [120], ["id", 3], ["id", 3, "id", 7];
// - setting `property` observes it: the callback receives [property, ...value], at once (like live.observer,
//   which "after an object id and property is specified" sends the value, https://docs.cycling74.com/reference/live.observer)
//   and on each change; on a new object it receives ["id", N];
// - Live's refusals are posted to the Max window (here `errors`) and the call returns nothing: no exception;
// - Live's Max for Live bridge answers get, set and call only for the names it exposes for the object's
//   type, and `info` lists only those; `type` is that type's Python name (src/sim/live/Bridge.ts, from _MxDCore).
// What scripts do here is counted in core.stats for the rig's ledger: each get, set, call, getcount,
// getstring, info and `id` / `path` / `property` assignment is one call (Knobbler4 perftest/results.txt
// times them alike); observers are created by a first `property`, re-pointed by a new `id`, `path` or
// `property`, torn down by `property = ""`. Path strings and teardowns are reported to core.symbolSink:
// each distinct path string interns a symbol, ids none; a teardown leaks about 6, a re-point none
// (zsteinkamp/m4l-Knobbler4 CLAUDE.md, "Max symbol-table interning & LiveAPI observer lifecycle").
import type { LiveCore, PropertyListener } from "./LiveCore";
import type { Atom, LiveObject, PropSpec } from "./LiveObject";
import { LiveError } from "./LiveObject";
import { BridgeRefusal } from "./Bridge";
import type { LiveApiCallback, LiveApiConstructor, LiveApiInstance } from "./LiveApiInstance";
import { lomInfo } from "./lomInfo";
import { liveObject, quoted, resolveAnswered } from "./paths";

/** `thisDevice`: what the path `this_device` names for scripts of this class (the device holding them). */
export function liveApiClass(core: LiveCore, thisDevice: LiveObject | null = null): LiveApiConstructor {
  const resolve = (path: string): LiveObject | null => resolveAnswered(core, path, thisDevice);
  class LiveAPI implements LiveApiInstance, PropertyListener {
    private target: LiveObject | null = null;
    private followedPath = "";
    private followMode = 0;
    private observed = "";
    /** Whether this object has been an observer already (its first pointing is its creation). */
    private created = false;
    private listening: { o: LiveObject; prop: string } | null = null;
    private readonly callback: LiveApiCallback | null;
    private readonly watcher = () => this.refollow();

    constructor(callback?: unknown, path?: unknown, legacyPath?: unknown) {
      core.stats.apiObjectsConstructed++;
      // Legacy form: new LiveAPI(this.patcher, callback, path).
      if (callback !== undefined && callback !== null && typeof callback === "object") {
        callback = path;
        path = legacyPath;
      }
      this.callback = typeof callback === "function" ? (callback as LiveApiCallback) : null;
      if (typeof path === "number") this.point(liveObject(core, path), "");
      else if (path !== undefined && path !== null) {
        core.symbolSink?.pathString(String(path));
        this.point(resolve(String(path)), String(path));
      }
    }

    get id(): string {
      return String(this.current()?.id ?? 0);
    }
    set id(value: number | string) {
      core.stats.apiCalls++;
      const text = String(value).replace(/^id\s+/, "");
      this.retarget(() => this.point(liveObject(core, Number(text)), ""));
    }

    get path(): string {
      const o = this.current();
      return o ? quoted(o.canonicalPath()) : "";
    }
    set path(value: string) {
      core.stats.apiCalls++;
      core.symbolSink?.pathString(String(value));
      this.retarget(() => this.point(resolve(String(value)), String(value)));
    }

    get unquotedpath(): string {
      return this.current()?.canonicalPath() ?? "";
    }

    get children(): string[] {
      const o = this.current();
      return o ? Object.keys(o.lom.props).filter((k) => o.lom.props[k].child) : [];
    }

    get mode(): number {
      return this.followMode;
    }
    set mode(value: number) {
      const o = this.current();
      this.followMode = Number(value) ? 1 : 0;
      this.target = o;
      if (o) this.followedPath = o.canonicalPath();
      this.watch();
    }

    get type(): string {
      const o = this.current();
      return o ? core.bridge.pythonName(o) : "";
    }

    get info(): string {
      core.stats.apiCalls++;
      const o = this.current();
      return o ? lomInfo(o, core.bridge) : "No object";
    }

    get property(): string {
      return this.observed;
    }
    set property(value: string) {
      core.stats.apiCalls++;
      const before = this.observed;
      this.observed = value === undefined || value === null ? "" : String(value);
      if (this.callback && before !== "" && this.observed === "") {
        core.stats.observersTornDown++;
        core.symbolSink?.observerTornDown();
      } else if (this.callback && this.observed !== "") this.pointed(before !== this.observed);
      this.relisten(true);
    }

    get proptype(): string {
      const o = this.current();
      return (o && o.lom.props[this.observed]?.type) || "";
    }

    getcount(child: string): number | undefined {
      return this.run("getcount", () => {
        // path_get_count looks the name up on the Python object, not in the bridge's list.
        core.bridge.note(this.object(), child);
        const spec = this.spec(child);
        if (spec.child !== "list" || !spec.objects) throw new LiveError(`no list of children named ${child}`);
        return spec.objects(this.object()).length;
      });
    }

    goto(path: string): void {
      this.path = path;
    }

    get(property: string): Atom[] | undefined {
      return this.run("get", () => this.exposed(property).get(this.object()));
    }

    getstring(property: string): string | undefined {
      return this.run("getstring", () => this.exposed(property).get(this.object()).join(" "));
    }

    set(property: string, ...values: unknown[]): void {
      this.run("set", () => {
        const spec = this.exposed(property);
        const o = this.object();
        if (!spec.set) throw new LiveError(`property ${property} of ${o.lom.name} is read-only`);
        core.checkWritable();
        const args = values.length === 1 && Array.isArray(values[0]) ? (values[0] as unknown[]) : values;
        this.edit(() => spec.set!(o, args));
      });
    }

    call(fn: string, ...args: unknown[]): Atom[] | string | undefined {
      const answer = this.run("call", () => {
        const o = this.object();
        core.bridge.verify(o, fn);
        const spec = o.lom.fns[fn];
        if (!spec) throw new LiveError(`${o.lom.name} has no function ${fn}`);
        if (!spec.write) return spec.call(o, args) ?? undefined;
        core.checkWritable();
        return this.edit(() => spec.call(o, args)) ?? undefined;
      });
      for (const text of args) if (typeof text === "string") core.stats.longestCallArgument = Math.max(core.stats.longestCallArgument, text.length);
      return answer;
    }

    /** Observer callback from the set. */
    notify(args: Atom[]): void {
      this.callback?.(args);
    }

    private current(): LiveObject | null {
      if (this.followMode === 1) return resolve(this.followedPath);
      return this.target && this.target.alive ? this.target : null;
    }

    private object(): LiveObject {
      const o = this.current();
      if (!o) throw new LiveError("no valid object (id 0)");
      return o;
    }

    private spec(name: string): PropSpec<LiveObject> {
      const o = this.object();
      const spec = Object.prototype.hasOwnProperty.call(o.lom.props, name) ? o.lom.props[name] : undefined;
      if (!spec) throw new LiveError(`${o.lom.name} has no property ${name}`);
      return spec;
    }

    /** A property get and set may reach: the bridge exposes it (it checks first), and the set has it. */
    private exposed(name: string): PropSpec<LiveObject> {
      core.bridge.verify(this.object(), name);
      return this.spec(name);
    }

    /** Counts the call, and posts Live's refusal instead of throwing (Max prints it and carries on). */
    private run<T>(what: string, body: () => T): T | undefined {
      core.stats.apiCalls++;
      try {
        return body();
      } catch (error) {
        if (!(error instanceof LiveError)) throw error;
        core.post(error instanceof BridgeRefusal ? error.message : `${what}: ${error.message}`);
        return undefined;
      }
    }

    /** One LOM write: its own undo step unless one is open; path followers catch up afterwards. */
    private edit<T>(body: () => T): T {
      core.undo.begin();
      try {
        return body();
      } finally {
        core.undo.end();
        core.flushStructure();
      }
    }

    /** An `id` or `path` assignment: an observing object moved to another object is re-pointed. */
    private retarget(body: () => void): void {
      const before = this.current();
      body();
      if (this.callback && this.observed !== "") this.pointed(this.current() !== before);
    }

    /**
     * Charges an observer's pointing as Knobbler4 timed it: its first property and object together are
     * one creation, a later move one re-point, the assignments inside them no calls of their own;
     * `id = 0` (parking) is a plain call.
     */
    private pointed(moved: boolean): void {
      if (this.current() === null) {
        if (!this.created) core.stats.observerPointingCalls++;
        return;
      }
      core.stats.observerPointingCalls++;
      if (!this.created) {
        this.created = true;
        core.stats.observersCreated++;
      } else if (moved) core.stats.observersRepointed++;
    }

    private point(o: LiveObject | null, path: string): void {
      this.target = o;
      // Only a path follower needs the path (computing it walks up the tree).
      if (this.followMode === 1) this.followedPath = o ? o.canonicalPath() : path;
      else this.followedPath = path;
      this.relisten(false);
      this.callback?.(["id", o ? o.id : 0]);
      this.sendValue();
    }

    /** Path followers re-resolve after structure changes; a new object there is announced (as a notification). */
    private refollow(): void {
      const now = this.current();
      if (now === this.target) return;
      this.target = now;
      this.relisten(false);
      core.asNotification(() => {
        this.callback?.(["id", now ? now.id : 0]);
        this.sendValue();
      });
    }

    private relisten(sendNow: boolean): void {
      if (this.listening) core.unlisten(this.listening.o, this.listening.prop, this);
      this.listening = null;
      const o = this.current();
      if (o && this.observed !== "" && this.callback) {
        // _observer_install_listener looks for `<name>_has_listener` on the Python object, not in the bridge's list.
        core.bridge.note(o, this.observed);
        const spec = o.lom.props[this.observed];
        if (!spec) core.post(`property: ${o.lom.name} has no property ${this.observed}`);
        else if (!spec.observe) core.post(`property: ${this.observed} of ${o.lom.name} cannot be observed`);
        else {
          core.listen(o, this.observed, this);
          this.listening = { o, prop: this.observed };
        }
      }
      this.watch();
      if (sendNow) this.sendValue();
    }

    private watch(): void {
      if (this.followMode === 1 && this.observed !== "" && this.callback) core.structureWatchers.add(this.watcher);
      else core.structureWatchers.delete(this.watcher);
    }

    private sendValue(): void {
      const l = this.listening;
      if (l) this.callback?.([l.prop, ...l.o.lom.props[l.prop].get(l.o)]);
    }
  }
  return LiveAPI;
}
