import { describe, expect, it } from 'vitest';
import { evaluateRuleSet, parseRuleSet } from '../rules/index.js';
import { eligibleSenior, seniorCardRuleSet } from '../rules/rules.fixture.js';
import { initialCaseState } from './workflow.definition.js';
import {
  citizen,
  effectTypes,
  ev,
  expectOk,
  expectRefused,
  instant,
  newCase,
  officer,
  oneStep,
  otherCitizen,
  run,
  system,
} from './workflow.test-support.js';
import { transition } from './workflow.transition.js';
import type { Effect, WorkflowEvent } from './workflow.types.js';

const seniorRules = parseRuleSet(seniorCardRuleSet);

function humanReview(effects: Effect[]) {
  return effects.find((e): e is Extract<Effect, { type: 'request_human_review' }> => e.type === 'request_human_review');
}

describe('transition: submit', () => {
  it('moves a draft to pending acceptance and starts the clock when pre-review is complete', () => {
    const { state, effects } = expectOk(transition(oneStep, newCase(), ev.submit()));
    expect(state).toMatchObject({ status: 'pending_acceptance', approvalStep: 0, clock: { running: true }, applicantId: citizen.id });
    expect(effectTypes(effects)).toEqual(['record:submitted', 'record:pre_review_passed', 'start_clock', 'notify_applicant']);
    expect(effects[1]).toMatchObject({ label: { zh: '预审通过' }, actor: { role: 'system', id: 'pre_review' } });
  });

  it('accepts an enterprise applicant', () => {
    const enterprise = { role: 'enterprise' as const, id: '91310000MA1FL0001X' };
    expect(expectOk(transition(oneStep, newCase(), ev.submit({ actor: enterprise }))).state.applicantId).toBe(enterprise.id);
  });

  it('returns PRE_REVIEW_FAILED with the findings and submits nothing when pre-review is incomplete', () => {
    const findings = [{ code: 'MISSING_MATERIAL', message: { zh: '缺少营业执照', en: 'Business licence missing' } }];
    const error = expectRefused(transition(oneStep, newCase(), ev.submit({ preReview: { complete: false, findings } })), 'PRE_REVIEW_FAILED');
    expect(error.findings).toEqual(findings);
  });

  it('returns ROLE_NOT_ALLOWED when staff or system submit', () => {
    expectRefused(transition(oneStep, newCase(), ev.submit({ actor: officer })), 'ROLE_NOT_ALLOWED');
    expectRefused(transition(oneStep, newCase(), ev.submit({ actor: system })), 'ROLE_NOT_ALLOWED');
  });

  it('returns ROLE_NOT_ALLOWED when someone other than the recorded applicant submits', () => {
    const mine = initialCaseState({ applicantId: citizen.id });
    expectRefused(transition(oneStep, mine, ev.submit({ actor: otherCitizen })), 'ROLE_NOT_ALLOWED');
  });

  it('returns INVALID_TRANSITION when an already submitted case is submitted again', () => {
    const error = expectRefused(transition(oneStep, run(oneStep, [ev.submit()]), ev.submit()), 'INVALID_TRANSITION');
    expect(error.message.zh).toBe('办件当前为「待受理」，不能提交申请');
  });

  it('completes a case a service left in pre_review', () => {
    const inPreReview = { ...newCase(), status: 'pre_review' as const };
    expect(expectOk(transition(oneStep, inPreReview, ev.submit())).state.status).toBe('pending_acceptance');
  });
});

describe('transition: instant approval (秒批)', () => {
  it('approves at submission with no human step and asks for the certificate when the rules pass', () => {
    const autoDecision = evaluateRuleSet(seniorRules, eligibleSenior);
    const { state, effects } = expectOk(transition(instant, newCase(), ev.submit({ autoDecision })));
    expect(state).toMatchObject({ status: 'approved', approvalStep: 0, clock: { running: true } });
    expect(effectTypes(effects)).toEqual(['record:submitted', 'record:pre_review_passed', 'start_clock', 'record:auto_approved', 'issue_certificate']);
    expect(effects[3]).toMatchObject({ actor: { role: 'system', id: 'auto_approval' }, data: { ruleSetId: 'senior-card', version: '2026.1' } });
  });

  it('reaches issued when the service sends issue in the same request', () => {
    const autoDecision = evaluateRuleSet(seniorRules, eligibleSenior);
    const approved = run(instant, [ev.submit({ autoDecision })]);
    const { state, effects } = expectOk(transition(instant, approved, ev.issue('CERT-SENIOR-1')));
    expect(state).toMatchObject({ status: 'issued', clock: { running: false } });
    expect(effectTypes(effects)).toEqual(['record:certificate_issued', 'notify_applicant', 'close_case']);
  });

  it('sends a refused automatic decision to a person with the failed rules attached', () => {
    const autoDecision = evaluateRuleSet(seniorRules, { ...eligibleSenior, applicant: { birthDate: '1990-01-01', hukou: { city: '苏州市' } } });
    const findings = [{ code: 'PHOTO_DARK', message: { zh: '照片偏暗', en: 'Photo is dark' } }];
    const { state, effects } = expectOk(transition(instant, newCase(), ev.submit({ autoDecision, preReview: { complete: true, findings } })));
    expect(state.status).toBe('pending_acceptance');
    expect(humanReview(effects)).toEqual({ type: 'request_human_review', reason: 'auto_decision_failed', findings, failedRules: ['age-60', 'local-household'] });
    expect(effectTypes(effects)).toContain('record:auto_review_referred');
    expect(effectTypes(effects)).not.toContain('issue_certificate');
  });

  it('lets a person approve a case the rules refused, because an automatic refusal is never final', () => {
    const referred = run(instant, [ev.submit({ autoDecision: { outcome: 'fail', ruleSetId: 'senior-card' } }), ev.accept(), ev.approve()]);
    expect(referred.status).toBe('approved');
  });

  it('asks for human review when instant approval is enabled but no decision came with the submission', () => {
    const { effects } = expectOk(transition(instant, newCase(), ev.submit()));
    expect(humanReview(effects)).toMatchObject({ reason: 'auto_decision_missing', failedRules: [] });
  });

  it('asks for human review when the decision comes from another rule set', () => {
    const { state, effects } = expectOk(transition(instant, newCase(), ev.submit({ autoDecision: { outcome: 'pass', ruleSetId: 'other' } })));
    expect(state.status).toBe('pending_acceptance');
    expect(humanReview(effects)?.reason).toBe('auto_decision_rule_set_mismatch');
  });

  it('ignores a passing decision when the item has no instant approval', () => {
    const { state, effects } = expectOk(transition(oneStep, newCase(), ev.submit({ autoDecision: { outcome: 'pass', ruleSetId: 'senior-card' } })));
    expect(state.status).toBe('pending_acceptance');
    expect(humanReview(effects)).toBeUndefined();
    expect(effects[0]).toMatchObject({ data: { autoDecision: { outcome: 'pass', ruleSetId: 'senior-card' } } });
  });
});

describe('transition: malformed events', () => {
  it('returns INVALID_EVENT for a blank actor id, a time that is no ISO instant or an unknown event type', () => {
    expectRefused(transition(oneStep, newCase(), ev.submit({ actor: { role: 'citizen', id: ' ' } })), 'INVALID_EVENT');
    expectRefused(transition(oneStep, newCase(), ev.submit({ at: 'yesterday' })), 'INVALID_EVENT');
    expectRefused(transition(oneStep, newCase(), ev.submit({ at: '2026-13-45T99:00:00Z' })), 'INVALID_EVENT');
    const unknown = { type: 'escalate', actor: officer, at: '2026-11-02T01:00:00.000Z' } as unknown as WorkflowEvent;
    expectRefused(transition(oneStep, newCase(), unknown), 'INVALID_EVENT');
    const inherited = { type: 'toString', actor: officer, at: '2026-11-02T01:00:00.000Z' } as unknown as WorkflowEvent;
    expectRefused(transition(oneStep, newCase(), inherited), 'INVALID_EVENT');
  });
});
