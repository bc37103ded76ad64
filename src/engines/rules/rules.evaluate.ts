import { evaluateCondition, factPathsOf } from './rules.conditions.js';
import { fillTemplate, isAbsent, readFact } from './rules.facts.js';
import type { Evaluation, Facts, Language, Localized, Rule, RuleResult, RuleSet } from './rules.types.js';

/** Applies every rule of the set to the facts. Pure: the same rule set and facts give the same evaluation. */
export function evaluateRuleSet(ruleSet: RuleSet, facts: Facts): Evaluation {
  const results = ruleSet.rules.map((rule) => evaluateRule(rule, facts));
  return {
    ruleSetId: ruleSet.id,
    version: ruleSet.version,
    outcome: results.every((r) => r.passed) ? 'pass' : 'fail',
    results,
  };
}

function evaluateRule(rule: Rule, facts: Facts): RuleResult {
  const paths = factPathsOf(rule.when);
  const inputs = Object.fromEntries(paths.map((path) => [path, readFact(facts, path)]));
  const passed = evaluateCondition(rule.when, facts) === true;
  const template = passed ? rule.explanation.pass : rule.explanation.fail;
  return {
    ruleId: rule.id,
    title: rule.title,
    legalBasis: rule.legalBasis,
    severity: rule.severity,
    passed,
    inputs,
    missingFacts: paths.filter((path) => isAbsent(inputs[path])),
    explanation: { zh: fillTemplate(template.zh, facts, 'zh'), en: fillTemplate(template.en, facts, 'en') },
  };
}

const phrases = {
  zh: {
    summary: (e: Evaluation, met: number) =>
      `依据规则集「${e.ruleSetId}」（版本 ${e.version}）共审查 ${e.results.length} 项条件，${met} 项符合，${e.results.length - met} 项不符合，结论：${e.outcome === 'pass' ? '全部符合' : '未全部符合'}。`,
    rule: (r: RuleResult, n: number) =>
      `第${n}项「${r.title.zh}」${r.passed ? '符合' : r.severity === 'review' ? '不符合，需人工复核' : '不符合'}（依据${r.legalBasis}）：${sentence(r.explanation.zh, '。')}`,
  },
  en: {
    summary: (e: Evaluation, met: number) =>
      `Under rule set "${e.ruleSetId}" (version ${e.version}), ${e.results.length} conditions were checked: ${met} met, ${e.results.length - met} not met. Overall: ${e.outcome === 'pass' ? 'all conditions met' : 'not all conditions met'}.`,
    rule: (r: RuleResult, n: number) =>
      ` ${n}. "${r.title.en}" is ${r.passed ? 'met' : r.severity === 'review' ? 'not met and needs a person to review it' : 'not met'} (legal basis: ${r.legalBasis}): ${sentence(r.explanation.en, '.')}`,
  },
} satisfies Record<Language, { summary: (e: Evaluation, met: number) => string; rule: (r: RuleResult, n: number) => string }>;

function sentence(text: string, stop: string): string {
  const trimmed = text.trim().replace(/[。．.!！]+$/u, '');
  return `${trimmed}${stop}`;
}

/** One plain-language paragraph: the overall result, then each rule with its outcome and legal basis. */
export function explainEvaluation(evaluation: Evaluation, language: Language): string {
  const words = phrases[language];
  const met = evaluation.results.filter((r) => r.passed).length;
  return words.summary(evaluation, met) + evaluation.results.map((r, i) => words.rule(r, i + 1)).join('');
}

/** Both languages at once, for records that keep the explanation beside the decision. */
export function explainEvaluationBilingual(evaluation: Evaluation): Localized {
  return { zh: explainEvaluation(evaluation, 'zh'), en: explainEvaluation(evaluation, 'en') };
}
