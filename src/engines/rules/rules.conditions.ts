import { fullYearsOld, isAbsent, readFact } from './rules.facts.js';
import type { Condition, FactCondition, Facts } from './rules.types.js';

/**
 * Three-valued truth (Kleene): a test of a fact nobody supplied is `unknown`, and `not unknown`
 * stays `unknown`. So `{ not: { fact: 'record.debt', op: 'eq', value: true } }` cannot pass just
 * because the debt record is missing. A rule passes only when its condition is `true`.
 */
export type Truth = true | false | 'unknown';

const AGE_OPS = new Set(['ageAtLeast', 'ageBelow']);

export function isFactCondition(condition: Condition): condition is FactCondition {
  return 'fact' in condition;
}

/** Every fact path a condition reads, in order of first appearance; age tests also read `today`. */
export function factPathsOf(condition: Condition): string[] {
  const paths = new Set<string>();
  const visit = (c: Condition): void => {
    if ('all' in c) c.all.forEach(visit);
    else if ('any' in c) c.any.forEach(visit);
    else if ('not' in c) visit(c.not);
    else {
      paths.add(c.fact);
      if (AGE_OPS.has(c.op)) paths.add('today');
    }
  };
  visit(condition);
  return [...paths];
}

export function evaluateCondition(condition: Condition, facts: Facts): Truth {
  if ('all' in condition) return allOf(condition.all.map((c) => evaluateCondition(c, facts)));
  if ('any' in condition) return anyOf(condition.any.map((c) => evaluateCondition(c, facts)));
  if ('not' in condition) {
    const inner = evaluateCondition(condition.not, facts);
    return inner === 'unknown' ? 'unknown' : !inner;
  }
  return testFact(condition, facts);
}

function allOf(truths: Truth[]): Truth {
  if (truths.includes(false)) return false;
  return truths.includes('unknown') ? 'unknown' : true;
}

function anyOf(truths: Truth[]): Truth {
  if (truths.includes(true)) return true;
  return truths.includes('unknown') ? 'unknown' : false;
}

function testFact(condition: FactCondition, facts: Facts): Truth {
  const actual = readFact(facts, condition.fact);
  if (condition.op === 'exists') return !isAbsent(actual);
  if (isAbsent(actual)) return 'unknown';
  const { value } = condition;
  switch (condition.op) {
    case 'eq':
      return sameValue(actual, value);
    case 'ne':
      return !sameValue(actual, value);
    case 'gt':
      return ordered(actual, value, (d) => d > 0);
    case 'gte':
      return ordered(actual, value, (d) => d >= 0);
    case 'lt':
      return ordered(actual, value, (d) => d < 0);
    case 'lte':
      return ordered(actual, value, (d) => d <= 0);
    case 'between':
      return Array.isArray(value) && value.length === 2 ? allOf([ordered(actual, value[0], (d) => d >= 0), ordered(actual, value[1], (d) => d <= 0)]) : 'unknown';
    case 'in':
      return Array.isArray(value) ? value.some((v) => sameValue(actual, v)) : 'unknown';
    case 'notIn':
      return Array.isArray(value) ? !value.some((v) => sameValue(actual, v)) : 'unknown';
    case 'contains':
      if (Array.isArray(actual)) return actual.some((item) => sameValue(item, value));
      return typeof actual === 'string' && typeof value === 'string' ? actual.includes(value) : 'unknown';
    case 'matches':
      return matchesPattern(actual, value);
    case 'ageAtLeast':
    case 'ageBelow':
      return ageTest(condition.op, fullYearsOld(actual, facts.today), value);
  }
}

/** Numbers compare numerically; strings by code unit, which is chronological for YYYY-MM-DD dates. */
function ordered(actual: unknown, expected: unknown, accept: (difference: number) => boolean): Truth {
  if (typeof actual === 'number' && typeof expected === 'number') {
    return Number.isFinite(actual) && Number.isFinite(expected) ? accept(actual - expected) : 'unknown';
  }
  if (typeof actual === 'string' && typeof expected === 'string') return accept(actual < expected ? -1 : actual > expected ? 1 : 0);
  return 'unknown';
}

function ageTest(op: 'ageAtLeast' | 'ageBelow', age: number | undefined, years: unknown): Truth {
  if (age === undefined || typeof years !== 'number') return 'unknown';
  return op === 'ageAtLeast' ? age >= years : age < years;
}

function matchesPattern(actual: unknown, pattern: unknown): Truth {
  if (typeof actual !== 'string' || typeof pattern !== 'string') return 'unknown';
  try {
    return new RegExp(pattern, 'u').test(actual);
  } catch {
    // A rule set that skipped parseRuleSet may carry a broken pattern; it must fail, not crash a decision.
    return 'unknown';
  }
}

/** Structural equality of JSON-like values. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}
