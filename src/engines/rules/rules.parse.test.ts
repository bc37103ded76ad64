import { describe, expect, it } from 'vitest';
import { seniorCardRuleSet } from './rules.fixture.js';
import { parseRuleSet, RuleSetInvalidError } from './rules.parse.js';

type RawRule = (typeof seniorCardRuleSet.rules)[number];

function withRule(patch: Partial<Record<keyof RawRule, unknown>>): unknown {
  const [first, ...rest] = seniorCardRuleSet.rules;
  return { ...seniorCardRuleSet, rules: [{ ...first, ...patch }, ...rest] };
}

function withCondition(when: unknown): unknown {
  return withRule({ when });
}

function issuesOf(raw: unknown): { path: string; message: string }[] {
  try {
    parseRuleSet(raw);
  } catch (error) {
    if (!(error instanceof RuleSetInvalidError)) throw error;
    return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  }
  throw new Error('expected the rule set to be refused');
}

describe('parseRuleSet', () => {
  it('returns the rule set when it is valid', () => {
    expect(parseRuleSet(seniorCardRuleSet)).toEqual(seniorCardRuleSet);
  });

  it('throws RuleSetInvalidError with a readable message when the input is not a rule set', () => {
    expect(() => parseRuleSet('rules')).toThrow(RuleSetInvalidError);
    expect(() => parseRuleSet({ id: 'x', version: '1', rules: [] })).toThrow(/must hold at least one rule[\s\S]*rules/);
  });

  it('refuses a rule that cites no law in 《》', () => {
    expect(issuesOf(withRule({ legalBasis: '有关规定' }))).toEqual([{ path: 'rules.0.legalBasis', message: expect.stringContaining('《》') }]);
  });

  it('refuses duplicate rule ids', () => {
    const [first] = seniorCardRuleSet.rules;
    expect(issuesOf({ ...seniorCardRuleSet, rules: [first, first] })).toEqual([{ path: 'rules.1.id', message: 'duplicate rule id "age-60"' }]);
  });

  it('refuses an unknown operator, naming the known ones at the nested path', () => {
    expect(issuesOf(withCondition({ all: [{ fact: 'a', op: 'exists' }, { not: { fact: 'a', op: 'olderThan', value: 1 } }] }))).toEqual([
      { path: 'rules.0.when.all.1.not.op', message: expect.stringContaining('ageAtLeast') },
    ]);
  });

  it.each([
    ['exists with a value', { fact: 'a', op: 'exists', value: true }, 'rules.0.when'],
    ['between reversed', { fact: 'a', op: 'between', value: [5, 1] }, 'rules.0.when.value'],
    ['between of mixed types', { fact: 'a', op: 'between', value: [1, '5'] }, 'rules.0.when.value'],
    ['in with an empty list', { fact: 'a', op: 'in', value: [] }, 'rules.0.when.value'],
    ['an invalid pattern', { fact: 'a', op: 'matches', value: '(' }, 'rules.0.when.value'],
    ['a comparison with null', { fact: 'a', op: 'eq', value: null }, 'rules.0.when.value'],
    ['a comparison with no value', { fact: 'a', op: 'gt' }, 'rules.0.when.value'],
    ['a negative age', { fact: 'a', op: 'ageAtLeast', value: -1 }, 'rules.0.when.value'],
    ['a malformed fact path', { fact: 'a..b', op: 'exists' }, 'rules.0.when.fact'],
    ['an empty all', { all: [] }, 'rules.0.when.all'],
    ['an object that is no condition', { every: [] }, 'rules.0.when'],
  ])('refuses %s', (_label, when, path) => {
    expect(issuesOf(withCondition(when)).map((issue) => issue.path)).toContain(path);
  });

  it('refuses an unknown severity and missing explanations', () => {
    const paths = issuesOf(withRule({ severity: 'warn', explanation: { pass: { zh: '通过', en: '' } } })).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['rules.0.severity', 'rules.0.explanation.pass.en', 'rules.0.explanation.fail']));
  });
});
