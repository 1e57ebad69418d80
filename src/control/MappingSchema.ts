// The mapping document's JSON Schema, built from the action definitions: a gesture binds an action id,
// an action with its arguments (each action's `args` checked against its declared parameters), or a
// list of steps. The validator compiles it for the registry it is given (built-in and user actions);
// mapping.schema.json is the same schema for the built-in actions, written by `npm run -s schema`
// (scripts/mappingSchema.ts) for editors and readers, and a test keeps it current.
import { paramSchema } from "../actions/ActionParams";
import type { ActionDefinition } from "../actions/Action";
import type { MappingDocument } from "./Mapping";
import { MAPPING_VERSION } from "./MappingMigrations";
import { WAIT_PATTERN } from "./WaitText";

/** At most this many steps a list. */
export const MAX_LIST_STEPS = 32;

const ACTION_ID = { type: "string", maxLength: 64, pattern: "^[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)+$" };

/** An object of these properties only, the `required` ones present (`extra`: more keywords). */
function closed(required: readonly string[], properties: object, extra: object = {}): object {
  return { type: "object", additionalProperties: false, required, properties, ...extra };
}

/** An action's arguments: its declared parameters only, each checked against its kind and range. */
function argsSchema(definition: Readonly<ActionDefinition>): object {
  const params = definition.params ?? {};
  const properties = Object.fromEntries(Object.entries(params).map(([key, param]) => [key, paramSchema(param)]));
  return closed([], properties);
}

/**
 * `{ "action": id, "args": { … } }`. Each known action's arguments are checked when `action` names it;
 * an id no action has keeps any arguments (the validator lists it, and it does nothing).
 */
function callSchema(definitions: readonly Readonly<ActionDefinition>[]): object {
  const withArgs = definitions.filter(hasParams);
  const noArgs = definitions.filter((definition) => !hasParams(definition)).map((definition) => definition.id);
  return closed(["action"], { action: { $ref: "#/definitions/actionId" }, args: { type: "object" } }, {
    allOf: [
      { if: { properties: { action: { enum: noArgs } } }, then: { properties: { args: { type: "object", additionalProperties: false } } } },
      ...withArgs.map((definition) => ({
        if: { properties: { action: { const: definition.id } } },
        then: { properties: { args: { $ref: `#/definitions/args/${definition.id}` } } },
      })),
    ],
  });
}

function hasParams(definition: Readonly<ActionDefinition>): boolean {
  return Object.keys(definition.params ?? {}).length > 0;
}

/** A string, an object, an array: each branch checked on its own, so an error names one of them. */
function byType(string: object, object: object, array?: object): object {
  const notArray = { if: { type: "object" }, then: object, else: { type: array ? ["string", "object", "array"] : ["string", "object"] } };
  if (array === undefined) return { if: { type: "string" }, then: string, else: notArray };
  return { if: { type: "string" }, then: string, else: { if: { type: "array" }, then: array, else: notArray } };
}

/** Every field the document declares, and no other: the compiler tells a field Mapping.ts adds. */
function documentProperties(properties: { [field in keyof Required<MappingDocument>]: object }): object {
  return properties;
}

export function mappingSchema(definitions: readonly Readonly<ActionDefinition>[]): object {
  const step = byType({ $ref: "#/definitions/actionId" }, {
    if: { required: ["wait"] },
    then: { $ref: "#/definitions/wait" },
    else: { $ref: "#/definitions/call" },
  });
  const list = { type: "array", minItems: 1, maxItems: MAX_LIST_STEPS, items: { $ref: "#/definitions/step" } };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://protocol0-m4l/mapping.schema.json",
    title: "Protocol0 controller mapping",
    description:
      "Which knob of the controller triggers which action, with which arguments, or which list of steps. Generated from the action definitions (src/control/MappingSchema.ts). Semantic rules the schema cannot express (actions accepting their gestures, unique MIDI addresses and positions) are checked after it; an action id no action has is kept and does nothing. Older versions are migrated before the schema is applied (src/control/MappingMigrations.ts).",
    type: "object",
    additionalProperties: false,
    required: ["version", "relativeEncoding", "longPressMs", "groups"],
    properties: documentProperties({
      version: { const: MAPPING_VERSION },
      relativeEncoding: {
        description:
          "How rotation CC values encode a signed step: twosComplement (1 = +1, 127 = -1; EC4 relative mode 1), binaryOffset (65 = +1, 63 = -1; EC4 mode 2), signMagnitude (1 = +1, 65 = -1).",
        enum: ["twosComplement", "binaryOffset", "signMagnitude"],
      },
      longPressMs: { description: "A push held at least this long (measured in 17 ms ticks) is a long press.", type: "integer", minimum: 17, maximum: 5000 },
      skipScenePrefix: {
        description:
          'Song mode skips the scenes whose name starts with this text (spaces around the name and case ignored); "skip" when absent, as the original\'s skip scenes.',
        type: "string",
        minLength: 1,
        maxLength: 32,
        pattern: "\\S",
      },
      doublePressMs: {
        description:
          "A second push starting less than this after the first push's release is a double press (measured in 17 ms ticks). Only knobs with a doublePress action wait this long before running a single press. 300 when absent.",
        type: "integer",
        minimum: 17,
        maximum: 1000,
        default: 300,
      },
      groups: { description: "At most 64: 16 channels, each shared by at most 4 groups in practice.", type: "array", maxItems: 64, items: { $ref: "#/definitions/group" } },
    }),
    definitions: {
      midiNumber: { type: "integer", minimum: 0, maximum: 127 },
      range: closed(["from", "to"], { from: { $ref: "#/definitions/midiNumber" }, to: { $ref: "#/definitions/midiNumber" } }),
      actionId: ACTION_ID,
      args: Object.fromEntries(definitions.filter(hasParams).map((definition) => [definition.id, argsSchema(definition)])),
      call: callSchema(definitions),
      wait: closed(["wait"], { wait: { type: "string", pattern: WAIT_PATTERN.source } }, {
        description: 'A pause: "1 bar", "2 beats" (landing on the song\'s grid while it plays), "500 ms".',
      }),
      step,
      binding: {
        description: "An action id, an action with arguments ({ action, args }), or a list of steps (actions and waits) run one after the other.",
        ...byType({ $ref: "#/definitions/actionId" }, { $ref: "#/definitions/call" }, list),
      },
      group: closed(["name", "addressing", "encoders"], {
        name: { type: "string", minLength: 1, maxLength: 32 },
        addressing: closed(
          ["channel"],
          { channel: { type: "integer", minimum: 1, maximum: 16 }, ccRange: { $ref: "#/definitions/range" }, noteRange: { $ref: "#/definitions/range" } },
          { description: "A channel alone: the group owns the channel. With ccRange/noteRange: it shares the channel and uses only those numbers." },
        ),
        encoders: { type: "array", maxItems: 16, items: { $ref: "#/definitions/encoder" } },
      }),
      encoder: closed(["position", "cc", "label"], {
        position: { type: "integer", minimum: 1, maximum: 16 },
        cc: { $ref: "#/definitions/midiNumber" },
        note: { $ref: "#/definitions/midiNumber" },
        label: { type: "string", minLength: 1, maxLength: 32 },
        press: { $ref: "#/definitions/binding" },
        longPress: { $ref: "#/definitions/binding" },
        doublePress: { $ref: "#/definitions/binding" },
        scroll: { $ref: "#/definitions/binding" },
        role: {
          description:
            "shift: while this knob is pushed, the group's other knobs run their shift actions. A shift knob has no long press, double press or shift actions of its own; its press runs on a short push during which no other knob of the group was used.",
          enum: ["shift"],
        },
        shift: closed(
          [],
          { press: { $ref: "#/definitions/binding" }, longPress: { $ref: "#/definitions/binding" }, scroll: { $ref: "#/definitions/binding" } },
          { description: "What this knob does while its group's shift knob is held." },
        ),
      }),
    },
  };
}
