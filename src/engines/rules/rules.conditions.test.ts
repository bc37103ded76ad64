import { describe, expect, it } from 'vitest';
import { evaluateCondition, factPathsOf, sameValue } from './rules.conditions.js';
import { fullYearsOld, readFact } from './rules.facts.js';
import type { Condition, FactOperator } from './rules.types.js';

const facts = {
  today: '2026-11-28',
  applicant: { age: 45, name: '张三', city: '杭州市', birthDate: '1981-11-28', tags: ['veteran', 'disabled'], zero: 0, flag: false },
  income: { monthly: 3200, since: '2024-05-01' },
  materials: [{ code: 'id_card' }, { code: 'hukou_book' }],
};

function test(fact: string, op: FactOperator, value?: unknown) {
  return evaluateCondition({ fact, op, value }, facts);
}

describe('evaluateCondition', () => {
  it.each([
    ['eq', 'applicant.city', '杭州市', '宁波市'],
    ['ne', 'applicant.city', '宁波市', '杭州市'],
    ['gt', 'applicant.age', 44, 45],
    ['gte', 'applicant.age', 45, 46],
    ['lt', 'income.monthly', 3201, 3200],
    ['lte', 'income.monthly', 3200, 3199],
    ['in', 'applicant.city', ['杭州市', '宁波市'], ['温州市']],
    ['notIn', 'applicant.city', ['温州市'], ['杭州市']],
    ['contains', 'applicant.tags', 'veteran', 'student'],
    ['matches', 'applicant.name', '^张', '^李'],
    ['between', 'income.monthly', [3000, 3200], [3300, 4000]],
    ['between', 'income.since', ['2024-01-01', '2024-12-31'], ['2025-01-01', '2025-12-31']],
    ['ageAtLeast', 'applicant.birthDate', 45, 46],
    ['ageBelow', 'applicant.birthDate', 46, 45],
  ] as [FactOperator, string, unknown, unknown][])('%s on %s is true for a matching value and false otherwise', (op, fact, yes, no) => {
    expect(test(fact, op, yes)).toBe(true);
    expect(test(fact, op, no)).toBe(false);
  });

  it('tests presence with exists, counting false and 0 as present and null as absent', () => {
    expect(test('applicant.flag', 'exists')).toBe(true);
    expect(test('applicant.zero', 'exists')).toBe(true);
    expect(evaluateCondition({ fact: 'x', op: 'exists' }, { x: null })).toBe(false);
    expect(test('applicant.missing', 'exists')).toBe(false);
  });

  it('reads array elements by index and matches substrings with contains', () => {
    expect(test('materials.1.code', 'eq', 'hukou_book')).toBe(true);
    expect(test('applicant.name', 'contains', '三')).toBe(true);
  });

  it.each(['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'notIn', 'contains', 'matches', 'between', 'ageAtLeast', 'ageBelow'] as FactOperator[])(
    'returns unknown for %s when the fact is absent',
    (op) => {
      const value = op === 'in' || op === 'notIn' ? ['a'] : op === 'between' ? [1, 2] : op === 'matches' ? '.*' : 1;
      expect(test('applicant.nothing.here', op, value)).toBe('unknown');
    },
  );

  it('returns unknown when the fact and the value cannot be compared', () => {
    expect(test('applicant.city', 'gt', 3)).toBe('unknown');
    expect(test('applicant.age', 'matches', '4')).toBe('unknown');
    expect(test('applicant.age', 'contains', 4)).toBe('unknown');
    expect(test('applicant.age', 'between', [1])).toBe('unknown');
    expect(test('applicant.age', 'in', 'not-a-list')).toBe('unknown');
    expect(evaluateCondition({ fact: 'n', op: 'gt', value: 1 }, { n: Number.NaN })).toBe('unknown');
  });

  it('returns unknown instead of throwing when a pattern is not a valid regular expression', () => {
    expect(test('applicant.name', 'matches', '(')).toBe('unknown');
  });

  it('keeps an absent fact unknown under not, so a missing record cannot pass a negated test', () => {
    const noDebt: Condition = { not: { fact: 'records.debt', op: 'eq', value: true } };
    expect(evaluateCondition(noDebt, facts)).toBe('unknown');
    expect(evaluateCondition(noDebt, { records: { debt: false } })).toBe(true);
    expect(evaluateCondition({ not: { fact: 'records.debt', op: 'exists' } }, facts)).toBe(true);
  });

  it('combines with three-valued all and any', () => {
    const t: Condition = { fact: 'applicant.age', op: 'eq', value: 45 };
    const f: Condition = { fact: 'applicant.age', op: 'eq', value: 1 };
    const u: Condition = { fact: 'missing', op: 'eq', value: 1 };
    expect(evaluateCondition({ all: [t, t] }, facts)).toBe(true);
    expect(evaluateCondition({ all: [t, u] }, facts)).toBe('unknown');
    expect(evaluateCondition({ all: [u, f] }, facts)).toBe(false);
    expect(evaluateCondition({ any: [f, f] }, facts)).toBe(false);
    expect(evaluateCondition({ any: [f, u] }, facts)).toBe('unknown');
    expect(evaluateCondition({ any: [u, t] }, facts)).toBe(true);
    expect(evaluateCondition({ not: f }, facts)).toBe(true);
  });

  it('treats age tests as unknown without a usable today fact', () => {
    const rule: Condition = { fact: 'applicant.birthDate', op: 'ageAtLeast', value: 18 };
    expect(evaluateCondition(rule, { applicant: facts.applicant })).toBe('unknown');
    expect(evaluateCondition(rule, { ...facts, today: '2026-11-28T10:00:00Z' })).toBe('unknown');
  });
});

describe('fullYearsOld', () => {
  it('counts a birthday on its own day and not the day before', () => {
    expect(fullYearsOld('2008-06-01', '2026-06-01')).toBe(18);
    expect(fullYearsOld('2008-06-01', '2026-05-31')).toBe(17);
  });

  it('makes someone born on 29 February a year older on 1 March of a common year', () => {
    expect(fullYearsOld('2008-02-29', '2026-02-28')).toBe(17);
    expect(fullYearsOld('2008-02-29', '2026-03-01')).toBe(18);
    expect(fullYearsOld('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('returns undefined for impossible dates, timestamps and births after today', () => {
    expect(fullYearsOld('2023-02-29', '2026-01-01')).toBeUndefined();
    expect(fullYearsOld('2000-13-01', '2026-01-01')).toBeUndefined();
    expect(fullYearsOld('2000-01-01T00:00:00Z', '2026-01-01')).toBeUndefined();
    expect(fullYearsOld('2027-01-01', '2026-01-01')).toBeUndefined();
    expect(fullYearsOld(19600101, '2026-01-01')).toBeUndefined();
  });
});

describe('readFact', () => {
  it('returns undefined for unknown paths, paths through scalars and prototype properties', () => {
    expect(readFact(facts, 'applicant.unknown.deeper')).toBeUndefined();
    expect(readFact(facts, 'applicant.age.value')).toBeUndefined();
    expect(readFact(facts, 'applicant.constructor')).toBeUndefined();
    expect(readFact(facts, '__proto__')).toBeUndefined();
    expect(readFact(facts, 'materials.length')).toBe(2);
  });
});

describe('factPathsOf', () => {
  it('lists each path once in order of appearance and adds today for age tests', () => {
    const condition: Condition = {
      all: [
        { fact: 'a', op: 'exists' },
        { any: [{ fact: 'b.c', op: 'eq', value: 1 }, { not: { fact: 'a', op: 'eq', value: 2 } }] },
        { fact: 'birth', op: 'ageBelow', value: 18 },
      ],
    };
    expect(factPathsOf(condition)).toEqual(['a', 'b.c', 'birth', 'today']);
  });
});

describe('sameValue', () => {
  it('compares arrays and objects by structure', () => {
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue('1', 1)).toBe(false);
    expect(sameValue(0, -0)).toBe(true);
  });
});
