// The pre-show check: what would go wrong at the gig with this set and this mapping. The check is a list
// of rules, each reading the same context (Finding.ts), so a rule is added in one place (PRE_SHOW_RULES).
import { inputRules } from "./InputRules";
import { mappingRules } from "./MappingRules";
import type { Finding, PreShowContext, PreShowRule } from "./Finding";

export const PRE_SHOW_RULES: readonly PreShowRule[] = [...mappingRules, ...inputRules];

export function preShowCheck(context: PreShowContext, rules: readonly PreShowRule[] = PRE_SHOW_RULES): Finding[] {
  return rules.flatMap((rule) => rule(context));
}

