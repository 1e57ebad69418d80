// Builds a patcher box by box: each box gets Max's inlet/outlet counts, each connection is checked
// against them when it is made, so a wrong cord fails the generator rather than the device in Live.
import type { MaxBox, MaxLine, MaxPatcherFile, ParameterVisibility, Rect } from "./MaxPatcher";
import { ioOf } from "./objectIo";

export interface Box {
  readonly id: string;
  readonly box: MaxBox;
}

export interface ParameterSpec {
  longname: string;
  shortname: string;
  visibility: ParameterVisibility;
  /** 0 float, 1 int, 2 enum, 3 blob (Max's parameter_type values). */
  type: 0 | 1 | 2 | 3;
  enums?: string[];
  /** Value set when the device is first loaded. */
  initial?: number;
  /** Live's Info View text when the mouse is over the control: its title and its text. */
  info: Info;
}

/**
 * Info View text (Ableton m4l-production-guidelines, "Info Text": "Annotation Name refers to the header
 * of the Info Text, and Annotation refers to the contents"). Saved as Max saves it in Ableton maxdevtools
 * maxdiff/tests/test_files/Test.amxd (its live.tab "Time Mode"): `annotation` and `annotation_name` on
 * the box, and for a parameter also `parameter_annotation_name` in its `valueof`.
 */
export interface Info {
  name: string;
  text: string;
}

/** The box attributes of Info View text, for any control. */
export function infoAttributes(info: Info): { annotation: string; annotation_name: string } {
  return { annotation: info.text, annotation_name: info.name };
}

export interface PatcherOptions {
  /** Device width in presentation; the height is Live's fixed device height. */
  width: number;
  /** The `amxdtype` Max writes in the project section: the device type code as a big-endian int. */
  amxdtype: number;
}

/** Live's device view is 169 px high (the `openrect` Max saves for devices, e.g. Ableton's Test.amxd). */
export const DEVICE_HEIGHT = 169;

const ROW_HEIGHT = 30;
const FLOW_WIDTH = 1400;

export class PatcherBuilder {
  private readonly boxes: MaxBox[] = [];
  private readonly lines: MaxLine[] = [];
  private readonly parameters: { [boxId: string]: [string, string, number] } = {};
  private nextId = 1;
  private cursor: [number, number] = [20, 20];

  constructor(private readonly jsIo: { [script: string]: [number, number] }) {}

  /** Starts a new row of objects in the patching view (purely for a readable editing layout). */
  section(): this {
    this.cursor = [20, this.cursor[1] + ROW_HEIGHT * 2];
    return this;
  }

  /**
   * An object box, `[text]`. A [js] box carries its script's name in `saved_object_attributes.filename`,
   * as typed in the box, as Max saves it (Test.amxd: [js TestScript] has `"filename" : "TestScript",
   * "parameter_enable" : 0`; maxdiff/known_objects.py: a bare [js] has `"filename" : ""`).
   */
  obj(text: string, attributes: Record<string, unknown> = {}): Box {
    const [name, script = ""] = text.split(" ");
    if (name === "js") attributes = { saved_object_attributes: { filename: script, parameter_enable: 0 }, ...attributes };
    if (name === "node.script") attributes = { saved_object_attributes: nodeScriptAttributes(text), ...attributes };
    return this.add("newobj", { text, ...attributes }, Math.max(40, text.length * 6.5 + 14));
  }

  /** A message box. */
  msg(text: string): Box {
    return this.add("message", { text }, Math.max(30, text.length * 6.5 + 14));
  }

  /** A user-interface box shown in presentation mode at `rect`. */
  ui(maxclass: string, rect: Rect, attributes: Record<string, unknown> = {}): Box {
    return this.add(maxclass, { presentation: 1, presentation_rect: rect, ...attributes }, rect[2], rect[3]);
  }

  /** A `live.*` box with parameter names, stored with the Live set unless hidden. */
  param(maxclass: string, rect: Rect, parameter: ParameterSpec, attributes: Record<string, unknown> = {}): Box {
    const valueof: Record<string, unknown> = {
      parameter_longname: parameter.longname,
      parameter_shortname: parameter.shortname,
      parameter_type: parameter.type,
      parameter_invisible: parameter.visibility,
      parameter_modmode: 0,
    };
    // Max saves an enum's top index beside its items (parameter_mmax = items − 1: Test.amxd's live.menu of
    // three items has 2, CPU Reporter.amxd's live.tab of four has 3, every two-state live.text 1).
    if (parameter.enums) {
      valueof["parameter_enum"] = parameter.enums;
      valueof["parameter_mmax"] = parameter.enums.length - 1;
    }
    valueof["parameter_annotation_name"] = parameter.info.name;
    if (parameter.initial !== undefined) {
      valueof["parameter_initial_enable"] = 1;
      valueof["parameter_initial"] = [parameter.initial];
    }
    const box = this.ui(maxclass, rect, {
      parameter_enable: 1,
      varname: parameter.longname,
      saved_attribute_attributes: { valueof },
      ...infoAttributes(parameter.info),
      ...attributes,
    });
    this.parameters[box.id] = [parameter.longname, parameter.shortname, 0];
    return box;
  }

  /** A non-UI object made a parameter (e.g. [pattr] holding a blob saved with the set). */
  paramObject(text: string, parameter: Omit<ParameterSpec, "info">): Box {
    const box = this.obj(text, {
      saved_object_attributes: { parameter_enable: 1 },
      saved_attribute_attributes: {
        valueof: {
          parameter_longname: parameter.longname,
          parameter_shortname: parameter.shortname,
          parameter_type: parameter.type,
          parameter_invisible: parameter.visibility,
        },
      },
    });
    this.parameters[box.id] = [parameter.longname, parameter.shortname, 0];
    return box;
  }

  connect(from: Box, outlet: number, to: Box, inlet = 0): void {
    if (outlet < 0 || outlet >= from.box.numoutlets) {
      throw new Error(`${describe(from.box)} has no outlet ${outlet}`);
    }
    if (inlet < 0 || inlet >= to.box.numinlets) throw new Error(`${describe(to.box)} has no inlet ${inlet}`);
    this.lines.push({ source: [from.id, outlet], destination: [to.id, inlet] });
  }

  build(options: PatcherOptions): MaxPatcherFile {
    return {
      patcher: {
        fileversion: 1,
        // The Max that saved the file. Every object here exists in Max 8 (node.script since 8.0), so Live
        // 11's Max 8.5 is expected to open it; not yet verified in a real Live 11.
        appversion: { major: 8, minor: 6, revision: 0, architecture: "x64", modernui: 1 },
        classnamespace: "box",
        rect: [100, 100, FLOW_WIDTH, Math.max(400, this.cursor[1] + ROW_HEIGHT * 2)],
        openrect: [0, 0, options.width, DEVICE_HEIGHT],
        openinpresentation: 1,
        default_fontsize: 10,
        default_fontname: "Arial Bold",
        gridsize: [8, 8],
        boxes: this.boxes.map((box) => ({ box })),
        lines: this.lines.map((patchline) => ({ patchline })),
        parameters: { ...this.parameters, inherited_shortname: 1 },
        dependency_cache: this.dependencyCache(),
        project: { version: 1, amxdtype: options.amxdtype, readonly: 0, devpathtype: 0, devpath: "." },
        autosave: 0,
      },
    };
  }

  /**
   * The files the boxes load, as Max lists them in `dependency_cache`: one entry per file, sorted by name,
   * a script as type "TEXT" found implicitly (Ableton maxdevtools maxdiff/tests/test_files/Test.amxd lists
   * its [js] and node.script files as `{ "name", "bootpath", "type" : "TEXT", "implicit" : 1 }`, in ASCII
   * order). Max's `bootpath` is the folder the saving machine found the file in (Test.amxd:
   * "~/maxdevtools/maxdiff/tests/test_files"); a generator run on any machine has no such folder, so it
   * is left out rather than invented. Max recomputes the cache whenever it saves the device; that it loads
   * an entry without `bootpath` is not verified in Max.
   */
  private dependencyCache(): { name: string; type: "TEXT"; implicit: 1 }[] {
    const names = new Set<string>();
    for (const box of this.boxes) {
      const [object, file] = box.maxclass === "newobj" ? (box.text ?? "").split(" ") : [];
      if ((object === "js" || object === "node.script") && file && !file.startsWith("@")) {
        names.add(/\.[a-z]+$/i.test(file) ? file : `${file}.js`);
      }
    }
    return [...names].sort().map((name) => ({ name, type: "TEXT", implicit: 1 }));
  }

  private add(maxclass: string, attributes: Record<string, unknown>, width: number, height = 22): Box {
    const id = `obj-${this.nextId++}`;
    const text = typeof attributes["text"] === "string" ? attributes["text"] : undefined;
    const io = ioOf(maxclass, text, this.jsIo);
    if (this.cursor[0] + width > FLOW_WIDTH) this.cursor = [20, this.cursor[1] + ROW_HEIGHT];
    const patchingRect: Rect = [this.cursor[0], this.cursor[1], width, height];
    this.cursor = [this.cursor[0] + width + 12, this.cursor[1]];
    if (height > ROW_HEIGHT) this.cursor = [20, this.cursor[1] + height + 8];
    const box: MaxBox = {
      id,
      maxclass,
      numinlets: io.numinlets,
      numoutlets: io.numoutlets,
      ...(io.outlettype.length > 0 ? { outlettype: io.outlettype } : {}),
      patching_rect: patchingRect,
      ...attributes,
    };
    this.boxes.push(box);
    return { id, box };
  }
}

function describe(box: MaxBox): string {
  return `[${box.text ?? box.maxclass}] (${box.id})`;
}

/**
 * What Max saves of a [node.script] box beside its text, in `saved_object_attributes`: its attributes
 * (0 unless the text's `@name value` sets one). Both reach Max when the device loads and Cycling '74 does
 * not say which wins, so they are made from the one text and cannot disagree.
 */
function nodeScriptAttributes(text: string): Record<string, number> {
  const saved: Record<string, number> = { autostart: 0, defer: 0, watch: 0 };
  const words = text.split(" ");
  for (let i = 1; i + 1 < words.length; i++) if (words[i]!.startsWith("@")) saved[words[i]!.slice(1)] = Number(words[i + 1]);
  return saved;
}
