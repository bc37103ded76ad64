/** A text in both platform languages. */
export type Localized = { zh: string; en: string };
export type Language = 'zh' | 'en';

/** The facts an evaluation reads; `today` (YYYY-MM-DD, China time) is the only source of the date. */
export type Facts = Record<string, unknown>;

export const factOperators = [
  'eq',
  'ne',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
  'notIn',
  'contains',
  'exists',
  'matches',
  'between',
  'ageAtLeast',
  'ageBelow',
] as const;
export type FactOperator = (typeof factOperators)[number];

/** A test of one fact, read by its dotted path (`applicant.household.city`, `materials.0`). */
export type FactCondition = { fact: string; op: FactOperator; value?: unknown };
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | FactCondition;

/** `block`: failing means the applicant does not qualify; `review`: failing asks a person to look. */
export type RuleSeverity = 'block' | 'review';

export type Rule = {
  id: string;
  title: Localized;
  /** The provision the rule applies, e.g. 《中华人民共和国老年人权益保障法》第二条. */
  legalBasis: string;
  /** Plain-language templates; `{path}` is replaced by that fact, `{path|age}` by the age in full years. */
  explanation: { pass: Localized; fail: Localized };
  when: Condition;
  severity: RuleSeverity;
};

export type RuleSet = { id: string; version: string; rules: Rule[] };

export type RuleResult = {
  ruleId: string;
  title: Localized;
  legalBasis: string;
  severity: RuleSeverity;
  passed: boolean;
  /** Every fact the rule's condition reads, by path, whether or not evaluation needed it. */
  inputs: Record<string, unknown>;
  /** Paths among `inputs` that were absent (undefined or null): the reason an otherwise-true rule failed. */
  missingFacts: string[];
  explanation: Localized;
};

export type Evaluation = {
  ruleSetId: string;
  version: string;
  outcome: 'pass' | 'fail';
  results: RuleResult[];
};
