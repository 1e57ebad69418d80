// Validates a mapping document: its size, its version (migrated), the JSON Schema (ajv, all errors),
// then the rules a schema cannot express. Every error carries the JSON pointer of the offending value,
// in ajv's instancePath form. An action id no action has is not an error: the entry is kept and listed
// (an action renamed in an update, a typo), so the rest of the mapping is never lost.
import Ajv, { type ValidateFunction } from "ajv";
import { GESTURES } from "../actions/Action";
import type { Gesture } from "../actions/Action";
import type { ActionRegistry } from "../actions/ActionRegistry";
import { checkBinding } from "./BindingCheck";
import { encoderNote, isShared, SHIFT_GESTURES } from "./Mapping";
import type { EncoderActions, EncoderMapping, GroupMapping, MappingDocument, NumberRange } from "./Mapping";
import { countValues, MAX_MAPPING_ERRORS, MAX_MAPPING_VALUES } from "./MappingBounds";
import { migrate } from "./MappingMigrations";
import { mappingSchema } from "./MappingSchema";
import { schemaErrors, type MappingError } from "./SchemaErrors";

export type { MappingError } from "./SchemaErrors";

/** An entry naming an action id that no action has: kept, and it does nothing. */
export interface UnknownAction {
  path: string;
  id: string;
}

export type ValidationResult =
  | { ok: true; mapping: MappingDocument; unknown: UnknownAction[] }
  /** `errors` holds at most MAX_MAPPING_ERRORS of the `total` found. */
  | { ok: false; errors: MappingError[]; total: number };

/** A shift knob's own push: a long hold is the shift held, so it cannot also be a long or double press. */
const NOT_ON_SHIFT_KNOB = ["longPress", "doublePress", "shift"] as const;

/** Keeps the first MAX_MAPPING_ERRORS errors and counts them all. */
class ErrorList {
  readonly kept: MappingError[] = [];
  total = 0;

  add(error: MappingError): void {
    this.total++;
    if (this.kept.length < MAX_MAPPING_ERRORS) this.kept.push(error);
  }

  refused(): ValidationResult {
    return { ok: false, errors: this.kept, total: this.total };
  }
}

function inRange(value: number, range: NumberRange | undefined): boolean {
  return range === undefined || (value >= range.from && value <= range.to);
}

interface GroupScope {
  checkAddresses: boolean;
  ccRange: NumberRange | undefined;
  noteRange: NumberRange | undefined;
}

/** Collects semantic errors while walking a schema-valid document once. */
class SemanticCheck {
  readonly errors = new ErrorList();
  readonly unknown: UnknownAction[] = [];
  private readonly addresses = new Map<string, string>();
  private readonly groupNames = new Set<string>();
  private readonly channelOwners = new Map<number, string>();
  private readonly channelUsers = new Map<number, string>();

  constructor(private readonly registry: ActionRegistry) {}

  group(group: GroupMapping, path: string): void {
    if (this.groupNames.has(group.name)) this.error(`${path}/name`, `duplicate group name "${group.name}"`);
    this.groupNames.add(group.name);
    // A group on a channel it may not use, or with an inverted range, gets that one error rather than one
    // per encoder.
    const scope: GroupScope = {
      checkAddresses: this.channel(group, path),
      ccRange: this.range(group.addressing.ccRange, `${path}/addressing/ccRange`),
      noteRange: this.range(group.addressing.noteRange, `${path}/addressing/noteRange`),
    };
    this.shift(group, path);
    const positions = new Set<number>();
    group.encoders.forEach((encoder, index) => {
      const encoderPath = `${path}/encoders/${index}`;
      if (positions.has(encoder.position)) {
        this.error(`${encoderPath}/position`, `position ${encoder.position} is used twice in group "${group.name}"`);
      }
      positions.add(encoder.position);
      this.encoder(group, scope, encoder, encoderPath);
    });
  }

  /** At most one shift knob, which acts as one; shift actions only in a group that has it. */
  private shift(group: GroupMapping, path: string): void {
    const shiftKnobs = group.encoders.filter((encoder) => encoder.role === "shift").map((encoder) => encoder.position);
    group.encoders.forEach((encoder, index) => {
      const encoderPath = `${path}/encoders/${index}`;
      if (encoder.role === "shift") {
        if (encoder.position !== shiftKnobs[0]) {
          this.error(`${encoderPath}/role`, `${group.name} has a shift knob already (knob ${shiftKnobs[0]}): one a group`);
        }
        for (const field of NOT_ON_SHIFT_KNOB) {
          if (encoder[field] !== undefined) this.error(`${encoderPath}/${field}`, "a shift knob has only a press (a short push) and a turn");
        }
      } else if (encoder.shift !== undefined && shiftKnobs.length === 0) {
        this.error(`${encoderPath}/shift`, `${group.name} has no shift knob: give one knob "role": "shift"`);
      }
    });
  }

  private range(range: NumberRange | undefined, path: string): NumberRange | undefined {
    if (range === undefined || range.from <= range.to) return range;
    this.error(path, `from (${range.from}) must not exceed to (${range.to})`);
    return undefined;
  }

  /** False when the group may not use its channel. */
  private channel(group: GroupMapping, path: string): boolean {
    const channel = group.addressing.channel;
    const owner = this.channelOwners.get(channel);
    const user = this.channelUsers.get(channel);
    if (owner !== undefined || (!isShared(group.addressing) && user !== undefined)) {
      const other = owner ?? user;
      this.error(
        `${path}/addressing/channel`,
        `channel ${channel} is already used by group "${other}"; groups sharing a channel need ccRange/noteRange`,
      );
      return false;
    }
    if (!isShared(group.addressing)) this.channelOwners.set(channel, group.name);
    this.channelUsers.set(channel, group.name);
    return true;
  }

  private encoder(group: GroupMapping, scope: GroupScope, encoder: EncoderMapping, path: string): void {
    const channel = group.addressing.channel;
    const name = `${group.name} knob ${encoder.position}`;
    if (!inRange(encoder.cc, scope.ccRange)) this.error(`${path}/cc`, `CC ${encoder.cc} is outside the group's ccRange`);
    if (scope.checkAddresses) {
      this.address(`${path}/cc`, `cc:${channel}:${encoder.cc}`, `CC ${encoder.cc} on channel ${channel}`, name);
    }
    if (encoder.note === undefined && encoder.cc === 0) {
      this.error(`${path}/cc`, "CC 0 has no default note (CC − 1): give the note explicitly");
    } else {
      const note = encoderNote(encoder);
      if (!inRange(note, scope.noteRange)) this.error(`${path}/note`, `note ${note} is outside the group's noteRange`);
      if (scope.checkAddresses) {
        this.address(`${path}/note`, `note:${channel}:${note}`, `note ${note} on channel ${channel}`, name);
      }
    }
    this.bindings(encoder, GESTURES, path);
    if (encoder.shift !== undefined) this.bindings(encoder.shift, SHIFT_GESTURES, `${path}/shift`);
  }

  private bindings(actions: EncoderActions, gestures: readonly Gesture[], path: string): void {
    const report = { error: (at: string, message: string) => this.error(at, message), unknown: (at: string, id: string) => this.unknown.push({ path: at, id }) };
    for (const gesture of gestures) {
      const binding = actions[gesture];
      if (binding !== undefined) checkBinding(this.registry, binding, gesture, `${path}/${gesture}`, report);
    }
  }

  private address(path: string, key: string, what: string, user: string): void {
    const previous = this.addresses.get(key);
    if (previous !== undefined) this.error(path, `${what} is already used by ${previous}`);
    else this.addresses.set(key, user);
  }

  private error(path: string, message: string): void {
    this.errors.add({ path, message });
  }
}

export class MappingValidator {
  private compiled: { actions: string; check: ValidateFunction<MappingDocument> } | undefined;

  constructor(private readonly registry: ActionRegistry) {}

  /** The schema of the registry's actions, compiled again only when they or their parameters change (user actions reloaded). */
  private schema(): ValidateFunction<MappingDocument> {
    const definitions = this.registry.all();
    const actions = JSON.stringify(definitions.map((definition) => [definition.id, definition.params ?? {}]));
    if (this.compiled?.actions !== actions) {
      // Union types (a scene by number or name) are meant; multipleOf is checked to 9 decimals, not in
      // binary. ajv's code optimisation passes make compiling 3 to 4 times slower (measured: about 300 ms
      // against 80 ms at start) for no measurable gain in validating.
      const ajv = new Ajv({ allErrors: true, strictTypes: false, multipleOfPrecision: 9, code: { optimize: false } });
      this.compiled = { actions, check: ajv.compile<MappingDocument>(mappingSchema(definitions)) };
    }
    return this.compiled.check;
  }

  validate(document: unknown): ValidationResult {
    const errors = new ErrorList();
    if (countValues(document) > MAX_MAPPING_VALUES) {
      errors.add({ path: "", message: `more than ${MAX_MAPPING_VALUES} values: too large for a mapping` });
      return errors.refused();
    }
    const migrated = migrate(document);
    if (!migrated.ok) {
      errors.add({ path: "/version", message: migrated.message });
      return errors.refused();
    }
    const doc = migrated.document;
    const checkSchema = this.schema();
    if (!checkSchema(doc)) {
      for (const error of schemaErrors(doc, checkSchema.errors ?? [], this.registry)) errors.add(error);
      return errors.refused();
    }
    const check = new SemanticCheck(this.registry);
    doc.groups.forEach((group, index) => check.group(group, `/groups/${index}`));
    if (check.errors.total > 0) return check.errors.refused();
    return { ok: true, mapping: doc, unknown: check.unknown };
  }
}
