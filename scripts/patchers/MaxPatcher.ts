// The subset of Max's patcher JSON (.maxpat, and the `ptch` chunk of an .amxd) that the generator writes.
// Field names are Max's own, as found in patchers saved by Max 8/9 (e.g. Ableton/maxdevtools
// maxdiff/tests/test_files/Test.amxd).

/** [left, top, width, height] in pixels. */
export type Rect = [number, number, number, number];

export interface MaxBox {
  id: string;
  maxclass: string;
  /** The object text of a `newobj` box ("route a b"), or a message box's content. */
  text?: string;
  numinlets: number;
  numoutlets: number;
  outlettype?: string[];
  patching_rect: Rect;
  presentation?: 1;
  presentation_rect?: Rect;
  [attribute: string]: unknown;
}

export interface MaxLine {
  source: [string, number];
  destination: [string, number];
}

export interface MaxPatcher {
  fileversion: 1;
  appversion: { major: number; minor: number; revision: number; architecture: string; modernui: 1 };
  classnamespace: "box";
  rect: Rect;
  openrect: Rect;
  openinpresentation: 0 | 1;
  default_fontsize: number;
  default_fontname: string;
  gridsize: [number, number];
  boxes: { box: MaxBox }[];
  lines: { patchline: MaxLine }[];
  /** Long and short names of the parameter objects, keyed by box id, as Max saves them. */
  parameters: { [boxId: string]: [string, string, number] | number };
  dependency_cache: unknown[];
  autosave: 0;
  [attribute: string]: unknown;
}

export interface MaxPatcherFile {
  patcher: MaxPatcher;
}

/** Max's text form: the box class of a `newobj` box is the first word of its text. */
export function objectName(box: MaxBox): string {
  if (box.maxclass !== "newobj") return box.maxclass;
  return (box.text ?? "").split(" ")[0] ?? "";
}

/** The parameter names a `live.*` (or parameter-enabled) box carries, if any. */
export interface ParameterNames {
  longname: string;
  shortname: string;
  invisible: ParameterVisibility;
}

/**
 * Parameter Visibility as saved in `saved_attribute_attributes.valueof.parameter_invisible`:
 * 0 Automated and Stored, 1 Stored Only, 2 Hidden (not stored).
 * https://docs.cycling74.com/userguide/m4l/live_parameters ; Ableton m4l-production-guidelines
 * ("Parameter Visibility ... Automated and Stored or Stored Only", "Hidden" for live.text buttons).
 */
export type ParameterVisibility = 0 | 1 | 2;

export function parameterNames(box: MaxBox): ParameterNames | undefined {
  const saved = box["saved_attribute_attributes"] as { valueof?: Record<string, unknown> } | undefined;
  const valueof = saved?.valueof;
  if (!valueof || typeof valueof["parameter_longname"] !== "string") return undefined;
  return {
    longname: valueof["parameter_longname"],
    shortname: String(valueof["parameter_shortname"] ?? ""),
    invisible: (valueof["parameter_invisible"] ?? 0) as ParameterVisibility,
  };
}
