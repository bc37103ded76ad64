import { describe, expect, it } from 'vitest';
import { eventTypes } from './workflow.actions.js';
import {
  activities,
  citizen,
  effectTypes,
  ev,
  expectOk,
  expectRefused,
  newCase,
  officer,
  oneStep,
  run,
  supervisor,
  system,
  twoStep,
} from './workflow.test-support.js';
import { transition } from './workflow.transition.js';
import type { CaseState, ClosedStatus, WorkflowEvent } from './workflow.types.js';

const inApproval = (): CaseState => run(twoStep, [ev.submit(), ev.accept()]);
const atSecondStep = (): CaseState => run(twoStep, [ev.approve(officer)], inApproval());

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('transition: approval chain', () => {
  it('advances to the next step when an intermediate step approves', () => {
    const { state, effects } = expectOk(transition(twoStep, inApproval(), ev.approve(officer, '材料齐全')));
    expect(state).toMatchObject({ status: 'in_approval', approvalStep: 1, assignee: null });
    expect(effects).toEqual([
      expect.objectContaining({ activity: 'step_approved', label: { zh: '科室审核通过', en: 'Section review passed' }, data: expect.objectContaining({ step: 0, comment: '材料齐全' }) }),
    ]);
  });

  it('approves the case and asks for the certificate when the last step approves', () => {
    const { state, effects } = expectOk(transition(twoStep, atSecondStep(), ev.approve(supervisor)));
    expect(state).toMatchObject({ status: 'approved', approvalStep: 2, clock: { running: true } });
    expect(effectTypes(effects)).toEqual(['record:step_approved', 'record:approved', 'issue_certificate']);
  });

  it('approves at once when the chain has a single step', () => {
    expect(run(oneStep, [ev.submit(), ev.accept(), ev.approve()])).toMatchObject({ status: 'approved', approvalStep: 1 });
  });

  it('returns ROLE_NOT_ALLOWED when a step is approved by a role other than the one it declares', () => {
    expectRefused(transition(twoStep, inApproval(), ev.approve(supervisor)), 'ROLE_NOT_ALLOWED');
    expectRefused(transition(twoStep, atSecondStep(), ev.approve(officer)), 'ROLE_NOT_ALLOWED');
    expectRefused(transition(twoStep, atSecondStep(), ev.approve({ ...supervisor, departmentId: 'dept-other' })), 'ROLE_NOT_ALLOWED');
  });

  it('lets the supervisor of the step claim it, and refuses an officer', () => {
    expect(expectOk(transition(twoStep, atSecondStep(), ev.claim(supervisor))).state.assignee).toBe(supervisor.id);
    expectRefused(transition(twoStep, atSecondStep(), ev.claim(officer)), 'ROLE_NOT_ALLOWED');
  });

  it('closes a denied case with the reason at the step that denied it', () => {
    const { state, effects } = expectOk(transition(twoStep, atSecondStep(), ev.deny('选址不符合规划', supervisor)));
    expect(state).toMatchObject({ status: 'denied', approvalStep: 1, clock: { running: false } });
    expect(effects[0]).toMatchObject({ activity: 'denied', data: { reason: '选址不符合规划', step: 1 } });
    expect(effects).toContainEqual({ type: 'close_case', outcome: 'denied' });
  });

  it('returns REASON_REQUIRED when a denial gives no reason', () => {
    expectRefused(transition(twoStep, inApproval(), ev.deny('')), 'REASON_REQUIRED');
  });

  it('returns INVALID_TRANSITION when approval is attempted before acceptance', () => {
    expectRefused(transition(twoStep, run(twoStep, [ev.submit()]), ev.approve()), 'INVALID_TRANSITION');
  });
});

describe('transition: issue', () => {
  const approved = (): CaseState => run(oneStep, [ev.submit(), ev.accept(), ev.approve()]);

  it('closes the case as issued with the certificate id', () => {
    const { state, effects } = expectOk(transition(oneStep, approved(), ev.issue('CERT-9')));
    expect(state).toMatchObject({ status: 'issued', clock: { running: false } });
    expect(effects).toEqual([
      expect.objectContaining({ activity: 'certificate_issued', actor: system, data: { certificateId: 'CERT-9' } }),
      { type: 'notify_applicant', template: 'issued', params: { certificateId: 'CERT-9' } },
      { type: 'close_case', outcome: 'issued' },
    ]);
  });

  it('returns ROLE_NOT_ALLOWED when a person issues', () => {
    expectRefused(transition(oneStep, approved(), ev.issue('CERT-9', officer)), 'ROLE_NOT_ALLOWED');
  });

  it('returns INVALID_EVENT when no certificate id is given', () => {
    expectRefused(transition(oneStep, approved(), ev.issue(' ')), 'INVALID_EVENT');
  });

  it('returns INVALID_TRANSITION when the case is not approved yet', () => {
    expectRefused(transition(oneStep, run(oneStep, [ev.submit(), ev.accept()]), ev.issue()), 'INVALID_TRANSITION');
  });
});

describe('transition: withdraw', () => {
  it.each([
    ['pending acceptance', [ev.submit]],
    ['awaiting a supplement', [ev.submit, () => ev.requestSupplement()]],
    ['in approval', [ev.submit, () => ev.accept()]],
  ] as [string, (() => WorkflowEvent)[]][])('closes the case as withdrawn when it is %s', (_label, steps) => {
    const before = run(oneStep, steps.map((make) => make()));
    const { state, effects } = expectOk(transition(oneStep, before, ev.withdraw(citizen, '已另行办理')));
    expect(state).toEqual({ ...before, status: 'withdrawn', clock: { running: false }, assignee: null });
    expect(activities(effects)).toEqual(['withdrawn']);
    expect(effects).toContainEqual({ type: 'close_case', outcome: 'withdrawn' });
  });

  it('returns INVALID_TRANSITION when the decision is already made or nothing was submitted', () => {
    expectRefused(transition(oneStep, run(oneStep, [ev.submit(), ev.accept(), ev.approve()]), ev.withdraw()), 'INVALID_TRANSITION');
    expectRefused(transition(oneStep, newCase(), ev.withdraw()), 'INVALID_TRANSITION');
  });

  it('returns ROLE_NOT_ALLOWED when staff withdraw for the applicant', () => {
    expectRefused(transition(oneStep, run(oneStep, [ev.submit()]), ev.withdraw(officer)), 'ROLE_NOT_ALLOWED');
  });
});

describe('transition: closed cases', () => {
  const closed: Record<ClosedStatus, () => CaseState> = {
    issued: () => run(oneStep, [ev.submit(), ev.accept(), ev.approve(), ev.issue()]),
    rejected: () => run(oneStep, [ev.submit(), ev.reject()]),
    denied: () => run(oneStep, [ev.submit(), ev.accept(), ev.deny()]),
    withdrawn: () => run(oneStep, [ev.submit(), ev.withdraw()]),
  };
  const anyEvent: Record<(typeof eventTypes)[number], () => WorkflowEvent> = {
    submit: () => ev.submit(),
    accept: () => ev.accept(),
    reject: () => ev.reject(),
    request_supplement: () => ev.requestSupplement(),
    supplement: () => ev.supplement(),
    approve: () => ev.approve(),
    deny: () => ev.deny(),
    issue: () => ev.issue(),
    withdraw: () => ev.withdraw(),
    claim: () => ev.claim(),
    release: () => ev.release(),
  };

  it.each(Object.keys(closed) as ClosedStatus[])('returns CASE_CLOSED for every event when the case is %s', (status) => {
    const state = closed[status]();
    expect(state.status).toBe(status);
    for (const type of eventTypes) expectRefused(transition(oneStep, state, anyEvent[type]()), 'CASE_CLOSED');
  });
});

describe('transition: purity', () => {
  it('never mutates its inputs and gives the same answer twice', () => {
    const definition = deepFreeze(structuredClone(twoStep));
    const state = deepFreeze(inApproval());
    const event = deepFreeze(ev.approve(officer));
    expect(transition(definition, state, event)).toEqual(transition(definition, state, event));
    expect(state.status).toBe('in_approval');
  });
});
