import { describe, expect, it } from 'vitest';
import { parseWorkflowDefinition } from './workflow.definition.js';
import {
  citizen,
  effectTypes,
  ev,
  expectOk,
  expectRefused,
  foreignOfficer,
  newCase,
  officer,
  officer2,
  oneStep,
  otherCitizen,
  run,
  supervisor,
} from './workflow.test-support.js';
import { transition } from './workflow.transition.js';
import type { CaseState, WorkflowDefinition } from './workflow.types.js';

const pending = (definition: WorkflowDefinition = oneStep): CaseState => run(definition, [ev.submit()]);
const withRounds = (supplementRounds: number) => parseWorkflowDefinition({ ...oneStep, supplementRounds });

describe('transition: accept and reject', () => {
  it('moves an accepted case to the first approval step and tells the applicant', () => {
    const { state, effects } = expectOk(transition(oneStep, pending(), ev.accept()));
    expect(state).toMatchObject({ status: 'in_approval', approvalStep: 0, assignee: null, clock: { running: true } });
    expect(effectTypes(effects)).toEqual(['record:accepted', 'notify_applicant']);
  });

  it('closes a rejected case with the reason and stops the clock', () => {
    const { state, effects } = expectOk(transition(oneStep, pending(), ev.reject('不属于本部门职权范围')));
    expect(state).toMatchObject({ status: 'rejected', clock: { running: false } });
    expect(effects).toContainEqual({ type: 'notify_applicant', template: 'rejected', params: { reason: '不属于本部门职权范围' } });
    expect(effects).toContainEqual({ type: 'close_case', outcome: 'rejected' });
  });

  it('returns REASON_REQUIRED when the rejection gives no reason', () => {
    expectRefused(transition(oneStep, pending(), ev.reject('  ')), 'REASON_REQUIRED');
  });

  it('returns ROLE_NOT_ALLOWED when an applicant, a supervisor or the system accepts', () => {
    expectRefused(transition(oneStep, pending(), ev.accept(citizen)), 'ROLE_NOT_ALLOWED');
    expectRefused(transition(oneStep, pending(), ev.accept(supervisor)), 'ROLE_NOT_ALLOWED');
    expectRefused(transition(oneStep, pending(), ev.accept({ role: 'system', id: 'bot' })), 'ROLE_NOT_ALLOWED');
  });

  it('returns ROLE_NOT_ALLOWED when an officer of another department, or of none, acts on a departmental case', () => {
    expectRefused(transition(oneStep, pending(), ev.accept(foreignOfficer)), 'ROLE_NOT_ALLOWED');
    expectRefused(transition(oneStep, pending(), ev.accept({ role: 'officer', id: 'officer-x' })), 'ROLE_NOT_ALLOWED');
  });

  it('lets any officer act when the case has no department', () => {
    const open = run(oneStep, [ev.submit()], { ...newCase(), departmentId: null });
    expect(expectOk(transition(oneStep, open, ev.accept(foreignOfficer))).state.status).toBe('in_approval');
  });

  it('returns INVALID_TRANSITION when a draft is accepted', () => {
    expectRefused(transition(oneStep, newCase(), ev.accept()), 'INVALID_TRANSITION');
  });
});

describe('transition: supplement (补正)', () => {
  const items = [
    { material: 'lease', reason: '租赁合同未盖章' },
    { field: 'address', reason: '经营地址与产权证明不一致' },
  ];

  it('pauses the clock and lists every missing item at once', () => {
    const before = pending();
    const event = ev.requestSupplement(items);
    const { state, effects } = expectOk(transition(oneStep, before, event));
    expect(state).toMatchObject({ status: 'supplement_requested', supplementRounds: 1, clock: { running: false, pausedAt: event.at } });
    expect(effects).toEqual([
      expect.objectContaining({ type: 'record_event', activity: 'supplement_requested', data: { items } }),
      { type: 'pause_clock', at: event.at },
      { type: 'notify_applicant', template: 'supplement_requested', params: { items } },
    ]);
  });

  it('returns EMPTY_SUPPLEMENT when the request lists nothing', () => {
    expectRefused(transition(oneStep, pending(), ev.requestSupplement([])), 'EMPTY_SUPPLEMENT');
  });

  it('returns REASON_REQUIRED when a listed item gives no reason', () => {
    expectRefused(transition(oneStep, pending(), ev.requestSupplement([{ material: 'lease', reason: '' }])), 'REASON_REQUIRED');
  });

  it('returns the case to acceptance and resumes the clock when the applicant answers', () => {
    const request = ev.requestSupplement();
    const waiting = run(oneStep, [request], pending());
    const { state, effects } = expectOk(transition(oneStep, waiting, ev.supplement()));
    expect(state).toMatchObject({ status: 'pending_acceptance', supplementRounds: 1, clock: { running: true } });
    expect(state.clock.pausedAt).toBeUndefined();
    expect(effects).toContainEqual(expect.objectContaining({ type: 'resume_clock', pausedAt: request.at }));
  });

  it('returns SUPPLEMENT_LIMIT for a second request when the application did not change', () => {
    const answered = run(oneStep, [ev.requestSupplement(), ev.supplement(false)], pending());
    const error = expectRefused(transition(oneStep, answered, ev.requestSupplement()), 'SUPPLEMENT_LIMIT');
    expect(error.message.zh).toContain('变更申请');
  });

  it('allows another request after the applicant changed the application', () => {
    const answered = run(oneStep, [ev.requestSupplement(), ev.supplement(true)], pending());
    expect(answered.supplementRounds).toBe(0);
    expect(expectOk(transition(oneStep, answered, ev.requestSupplement())).state.supplementRounds).toBe(1);
  });

  it('follows the item’s own allowance: none at all, or two rounds', () => {
    expectRefused(transition(withRounds(0), pending(withRounds(0)), ev.requestSupplement()), 'SUPPLEMENT_LIMIT');
    const two = withRounds(2);
    const twice = run(two, [ev.requestSupplement(), ev.supplement(), ev.requestSupplement(), ev.supplement()], pending(two));
    expectRefused(transition(two, twice, ev.requestSupplement()), 'SUPPLEMENT_LIMIT');
  });

  it('returns ROLE_NOT_ALLOWED when someone other than the applicant answers', () => {
    const waiting = run(oneStep, [ev.requestSupplement()], pending());
    expectRefused(transition(oneStep, waiting, ev.supplement(false, otherCitizen)), 'ROLE_NOT_ALLOWED');
    expectRefused(transition(oneStep, waiting, ev.supplement(false, officer)), 'ROLE_NOT_ALLOWED');
  });

  it('returns INVALID_TRANSITION when an answer arrives with no request outstanding', () => {
    expectRefused(transition(oneStep, pending(), ev.supplement()), 'INVALID_TRANSITION');
  });
});

describe('transition: claim and release', () => {
  it('assigns the case to the officer who claims it', () => {
    const { state, effects } = expectOk(transition(oneStep, pending(), ev.claim()));
    expect(state.assignee).toBe(officer.id);
    expect(effectTypes(effects)).toEqual(['record:claimed']);
  });

  it('returns ALREADY_CLAIMED when another officer acts on or claims a claimed case', () => {
    const claimed = run(oneStep, [ev.claim()], pending());
    expectRefused(transition(oneStep, claimed, ev.accept(officer2)), 'ALREADY_CLAIMED');
    expectRefused(transition(oneStep, claimed, ev.claim(officer2)), 'ALREADY_CLAIMED');
    expectRefused(transition(oneStep, claimed, ev.claim(officer)), 'ALREADY_CLAIMED');
  });

  it('lets the claimant act and frees the case when it moves to approval', () => {
    const accepted = run(oneStep, [ev.claim(), ev.accept()], pending());
    expect(accepted).toMatchObject({ status: 'in_approval', assignee: null });
  });

  it('keeps the claim while a supplement is awaited', () => {
    const waiting = run(oneStep, [ev.claim(), ev.requestSupplement(), ev.supplement()], pending());
    expect(waiting).toMatchObject({ status: 'pending_acceptance', assignee: officer.id });
  });

  it('returns ROLE_NOT_ALLOWED when a citizen claims or another officer releases', () => {
    expectRefused(transition(oneStep, pending(), ev.claim(citizen)), 'ROLE_NOT_ALLOWED');
    const claimed = run(oneStep, [ev.claim()], pending());
    expectRefused(transition(oneStep, claimed, ev.release(officer2)), 'ROLE_NOT_ALLOWED');
    expectRefused(transition(oneStep, claimed, ev.release(citizen)), 'ROLE_NOT_ALLOWED');
  });

  it('lets the claimant or a supervisor of the department release the case', () => {
    const claimed = run(oneStep, [ev.claim()], pending());
    expect(expectOk(transition(oneStep, claimed, ev.release())).state.assignee).toBeNull();
    expect(expectOk(transition(oneStep, claimed, ev.release(supervisor))).effects[0]).toMatchObject({ activity: 'released', data: { assignee: officer.id } });
  });

  it('returns INVALID_TRANSITION when an unclaimed case is released', () => {
    expectRefused(transition(oneStep, pending(), ev.release()), 'INVALID_TRANSITION');
  });
});
