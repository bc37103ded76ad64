/**
 * Rules engine: eligibility rules as data, evaluated as a pure function of (rule set, facts).
 * No clock (age tests read `facts.today`), no eval, no I/O. A fact that is missing makes its test
 * unknown, and an unknown rule fails, so missing data can never approve anything on its own.
 */
export { evaluateCondition, factPathsOf, type Truth } from './rules.conditions.js';
export { evaluateRuleSet, explainEvaluation, explainEvaluationBilingual } from './rules.evaluate.js';
export { fillTemplate, fullYearsOld, readFact } from './rules.facts.js';
export { conditionSchema, parseRuleSet, RuleSetInvalidError, ruleSchema, ruleSetSchema } from './rules.parse.js';
export {
  factOperators,
  type Condition,
  type Evaluation,
  type FactCondition,
  type FactOperator,
  type Facts,
  type Language,
  type Localized,
  type Rule,
  type RuleResult,
  type RuleSet,
  type RuleSeverity,
} from './rules.types.js';
