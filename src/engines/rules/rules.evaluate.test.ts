import { describe, expect, it } from 'vitest';
import { evaluateRuleSet, explainEvaluation, explainEvaluationBilingual } from './rules.evaluate.js';
import { fillTemplate } from './rules.facts.js';
import { eligibleSenior, seniorCardRuleSet } from './rules.fixture.js';
import { parseRuleSet } from './rules.parse.js';
import type { Facts, RuleSet } from './rules.types.js';

const ruleSet = parseRuleSet(seniorCardRuleSet);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

function resultOf(facts: Facts, ruleId: string) {
  const result = evaluateRuleSet(ruleSet, facts).results.find((r) => r.ruleId === ruleId);
  if (!result) throw new Error(`no result for ${ruleId}`);
  return result;
}

describe('evaluateRuleSet', () => {
  it('passes with every rule met when the facts satisfy the rule set', () => {
    const evaluation = evaluateRuleSet(ruleSet, eligibleSenior);
    expect(evaluation).toMatchObject({ ruleSetId: 'senior-card', version: '2026.1', outcome: 'pass' });
    expect(evaluation.results.map((r) => [r.ruleId, r.passed])).toEqual([
      ['age-60', true],
      ['local-household', true],
      ['no-existing-card', true],
    ]);
  });

  it('fails when one rule fails and keeps the other results', () => {
    const evaluation = evaluateRuleSet(ruleSet, { ...eligibleSenior, applicant: { ...eligibleSenior.applicant, birthDate: '1970-01-01' } });
    expect(evaluation.outcome).toBe('fail');
    expect(evaluation.results.filter((r) => !r.passed).map((r) => r.ruleId)).toEqual(['age-60']);
  });

  it('records every fact the condition reads, including branches not needed for the answer', () => {
    const result = resultOf(eligibleSenior, 'local-household');
    expect(result.inputs).toEqual({ 'applicant.hukou.city': '上海市', 'applicant.residencePermit.valid': undefined });
    expect(result.missingFacts).toEqual(['applicant.residencePermit.valid']);
    expect(resultOf(eligibleSenior, 'age-60').inputs).toEqual({ 'applicant.birthDate': '1960-03-15', today: '2026-11-28' });
  });

  it('fails a rule whose facts are missing instead of throwing', () => {
    const evaluation = evaluateRuleSet(ruleSet, {});
    expect(evaluation.outcome).toBe('fail');
    expect(evaluation.results.find((r) => r.ruleId === 'age-60')).toMatchObject({ passed: false, missingFacts: ['applicant.birthDate', 'today'] });
  });

  it('fills the pass or fail explanation from the facts in both languages', () => {
    expect(resultOf(eligibleSenior, 'age-60').explanation).toEqual({
      zh: '申请人现年 66 周岁，已满六十周岁。',
      en: 'The applicant is 66, which is 60 or over.',
    });
    const holder = { ...eligibleSenior, records: { existingCardNo: 'SH-0001' } };
    expect(resultOf(holder, 'no-existing-card')).toMatchObject({ passed: false, severity: 'review' });
    expect(resultOf(holder, 'no-existing-card').explanation.zh).toBe('已持有优待证 SH-0001，请核实是否补领。');
  });

  it('is deterministic and leaves the facts untouched', () => {
    const facts = deepFreeze(structuredClone(eligibleSenior));
    expect(evaluateRuleSet(ruleSet, facts)).toEqual(evaluateRuleSet(ruleSet, facts));
    expect(facts).toEqual(eligibleSenior);
  });

  it('evaluates a typed rule set that never went through parseRuleSet, failing a broken pattern', () => {
    const typed: RuleSet = {
      id: 'typed',
      version: '1',
      rules: [
        {
          id: 'code',
          title: { zh: '编码', en: 'Code' },
          legalBasis: '《测试条例》第一条',
          explanation: { pass: { zh: '通过', en: 'ok' }, fail: { zh: '未通过', en: 'not ok' } },
          when: { fact: 'code', op: 'matches', value: '[' },
          severity: 'block',
        },
      ],
    };
    expect(evaluateRuleSet(typed, { code: 'A1' })).toMatchObject({ outcome: 'fail', results: [{ passed: false, explanation: { zh: '未通过' } }] });
  });
});

describe('fillTemplate', () => {
  const facts = { today: '2026-11-28', a: { ok: true, no: false, list: ['甲', '乙'], obj: { x: 1 }, birth: '2000-11-29' } };

  it('formats booleans, lists, objects and absent facts for each language', () => {
    expect(fillTemplate('{a.ok}/{a.no}/{a.list}/{a.obj}/{a.none}', facts, 'zh')).toBe('是/否/甲、乙/{"x":1}/（未提供）');
    expect(fillTemplate('{a.ok}/{a.no}/{a.list}/{a.none}', facts, 'en')).toBe('yes/no/甲, 乙/(not provided)');
  });

  it('computes ages with the age formatter and leaves unknown formatters as written', () => {
    expect(fillTemplate('{a.birth|age}', facts, 'zh')).toBe('25');
    expect(fillTemplate('{a.birth|upper}', facts, 'zh')).toBe('{a.birth|upper}');
    expect(fillTemplate('{ not a path }', facts, 'zh')).toBe('{ not a path }');
  });
});

describe('explainEvaluation', () => {
  const failing = evaluateRuleSet(ruleSet, {
    today: '2026-11-28',
    applicant: { birthDate: '1970-01-01', hukou: { city: '苏州市' } },
    records: { existingCardNo: 'SH-0002' },
  });

  it('lists every rule with its outcome and legal basis in plain Chinese', () => {
    const text = explainEvaluation(failing, 'zh');
    expect(text).toContain('共审查 3 项条件，0 项符合，3 项不符合，结论：未全部符合。');
    expect(text).toContain('第1项「年满六十周岁」不符合（依据《中华人民共和国老年人权益保障法》第二条）：申请人现年 56 周岁，未满六十周岁。');
    expect(text).toContain('第3项「未持有效优待证」不符合，需人工复核');
    expect(text).not.toContain('\n');
  });

  it('writes the same paragraph in English', () => {
    const text = explainEvaluation(evaluateRuleSet(ruleSet, eligibleSenior), 'en');
    expect(text).toContain('3 conditions were checked: 3 met, 0 not met. Overall: all conditions met.');
    expect(text).toContain('1. "Aged 60 or over" is met (legal basis: 《中华人民共和国老年人权益保障法》第二条): The applicant is 66, which is 60 or over.');
  });

  it('gives both languages at once', () => {
    expect(explainEvaluationBilingual(failing)).toEqual({ zh: explainEvaluation(failing, 'zh'), en: explainEvaluation(failing, 'en') });
  });
});
