// The project's budgets (budgets.json, explained in docs/budgets.md) held against the bench's figure lines:
// one verdict row a budget, or a row a line for the rules that bind every line they match. A rule whose
// figure is missing is a row that fails, so a figure the bench stopped printing cannot pass unseen.
import data from "./budgets.json";

/** A figure line of `npm run bench`: `figure` names it, the rest are its numbers and what they measured. */
export type FigureLine = Readonly<Record<string, unknown>> & { readonly figure: string };

type Where = string | number | readonly string[] | { readonly contains: string };

interface BudgetRule {
  readonly id: string;
  /** `{field}` is replaced by that field of the line (empty when absent). */
  readonly title: string;
  /** The figure's name; "*" for any figure but those in `except`. */
  readonly figure?: string;
  readonly except?: readonly string[];
  /** Fields the line must have; a list is one row for each of its values, each required. */
  readonly where?: Readonly<Record<string, Where>>;
  readonly field: string;
  readonly max?: number;
  readonly below?: number;
  readonly atLeast?: number;
  readonly equals?: number | boolean;
  /** The limit grows by this much for each of the line's `tracks`. */
  readonly perTrack?: number;
  /** Every matching line is held to it (at least one must exist); otherwise the first. */
  readonly every?: boolean;
  /** Asserted by `npm test` only: the bench prints no line for it. */
  readonly testsOnly?: boolean;
}

export interface VerdictRow {
  readonly budget: string;
  readonly limit: string;
  readonly now: string;
  readonly holds: boolean;
}

const RULES: readonly BudgetRule[] = data.rules as readonly BudgetRule[];

/** A budget's limit, by id (for `tracks` tracks, where it grows with them): the number tests assert a count against. */
export function budgetLimit(id: string, tracks?: number): number {
  const rule = RULES.find((r) => r.id === id);
  const limit = rule && limitOf(rule, tracks === undefined ? undefined : { figure: rule.figure ?? id, tracks });
  if (typeof limit !== "number") throw new Error(`budgets.json has no numeric budget "${id}"`);
  return limit;
}

/** The verdict over a bench run's figure lines, in the order of budgets.json. */
export function verdict(lines: readonly FigureLine[]): VerdictRow[] {
  return RULES.filter((rule) => !rule.testsOnly).flatMap((rule) => expand(rule).flatMap((one) => rowsOf(one, lines)));
}

/** A `where` listing several values is one rule for each. */
function expand(rule: BudgetRule): BudgetRule[] {
  const listed = Object.entries(rule.where ?? {}).find((entry): entry is [string, readonly string[]] => Array.isArray(entry[1]));
  if (!listed) return [rule];
  const [field, values] = listed;
  return values.flatMap((value) => expand({ ...rule, where: { ...rule.where, [field]: value } }));
}

function matches(rule: BudgetRule, line: FigureLine): boolean {
  // "*" binds only the lines that have its field; a named figure's line without it is a failed run.
  if (rule.figure === "*" ? !(rule.field in line) || rule.except?.includes(line.figure) : line.figure !== rule.figure) return false;
  return Object.entries(rule.where ?? {}).every(([field, want]) => {
    const have = line[field];
    return typeof want === "object" && !Array.isArray(want) ? String(have ?? "").includes((want as { contains: string }).contains) : have === want;
  });
}

function rowsOf(rule: BudgetRule, lines: readonly FigureLine[]): VerdictRow[] {
  const found = lines.filter((line) => matches(rule, line));
  if (found.length === 0) {
    return rule.figure === "*" ? [] : [{ budget: title(rule, undefined), limit: limitText(rule, undefined), now: "no figure", holds: false }];
  }
  return (rule.every ? found : found.slice(0, 1)).map((line) => row(rule, line));
}

function row(rule: BudgetRule, line: FigureLine): VerdictRow {
  const value = line[rule.field];
  const now = value === undefined ? (line.error !== undefined ? `failed: ${String(line.error)}` : "no figure") : String(value);
  return { budget: title(rule, line), limit: limitText(rule, line), now, holds: holds(rule, line, value) };
}

function limitOf(rule: BudgetRule, line: FigureLine | undefined): number | boolean | undefined {
  const base = rule.max ?? rule.below ?? rule.atLeast ?? rule.equals;
  const tracks = line?.tracks;
  return rule.perTrack !== undefined && typeof base === "number" && typeof tracks === "number" ? base + rule.perTrack * tracks : base;
}

function holds(rule: BudgetRule, line: FigureLine, value: unknown): boolean {
  const limit = limitOf(rule, line);
  if (rule.equals !== undefined) return value === limit;
  if (typeof value !== "number" || Number.isNaN(value) || typeof limit !== "number") return false;
  if (rule.max !== undefined) return value <= limit;
  if (rule.below !== undefined) return value < limit;
  return value >= limit;
}

function limitText(rule: BudgetRule, line: FigureLine | undefined): string {
  const limit = String(limitOf(rule, line));
  if (rule.equals !== undefined) return `= ${limit}`;
  if (rule.below !== undefined) return `< ${limit}`;
  return `${rule.atLeast !== undefined ? "≥" : "≤"} ${limit}${rule.perTrack !== undefined && line?.tracks === undefined ? ` + ${rule.perTrack} a track` : ""}`;
}

function title(rule: BudgetRule, line: FigureLine | undefined): string {
  const filled = rule.title.replace(/\{(\w+)\}/g, (_all, field: string) => {
    const value = line?.[field] ?? (rule.where?.[field] as unknown);
    return value === undefined || typeof value === "object" ? "" : String(value);
  });
  return filled.replace(/\s+/g, " ").trim();
}
