import { describe, expect, it } from 'vitest';
import { availableActions } from './workflow.actions.js';
import { initialCaseState, parseWorkflowDefinition, WorkflowDefinitionInvalidError } from './workflow.definition.js';
import { stageNames, stageOf } from './workflow.labels.js';
import { ev, newCase, officer, oneStep, run, twoStep } from './workflow.test-support.js';
import { caseStatuses } from './workflow.types.js';

const chain = [{ name: { zh: '审核', en: 'Review' }, role: 'officer' }];

describe('parseWorkflowDefinition', () => {
  it('fills the defaults: no instant approval and one supplement round', () => {
    expect(parseWorkflowDefinition({ approvalChain: chain })).toEqual({ approvalChain: chain, autoApproval: { enabled: false }, supplementRounds: 1 });
  });

  it.each([
    ['an empty approval chain', { approvalChain: [] }, 'approvalChain'],
    ['a step role that is not staff', { approvalChain: [{ name: { zh: '审核', en: 'Review' }, role: 'citizen' }] }, 'approvalChain.0.role'],
    ['instant approval with no rule set', { approvalChain: chain, autoApproval: { enabled: true } }, 'autoApproval.ruleSetId'],
    ['a negative supplement allowance', { approvalChain: chain, supplementRounds: -1 }, 'supplementRounds'],
    ['an unknown key', { approvalChain: chain, steps: 2 }, ''],
  ])('throws WorkflowDefinitionInvalidError naming the path for %s', (_label, raw, path) => {
    try {
      parseWorkflowDefinition(raw);
      expect.unreachable('the definition should be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(WorkflowDefinitionInvalidError);
      expect((error as WorkflowDefinitionInvalidError).issues.map((i) => i.path.join('.'))).toContain(path);
      expect((error as Error).message).toMatch(/^Invalid workflow definition:/);
    }
  });
});

describe('initialCaseState', () => {
  it('starts a draft with a stopped clock and no supplement used', () => {
    expect(initialCaseState({ departmentId: 'd1' })).toEqual({
      status: 'draft',
      approvalStep: 0,
      supplementRounds: 0,
      clock: { running: false },
      assignee: null,
      applicantId: null,
      departmentId: 'd1',
    });
  });
});

describe('availableActions', () => {
  it('offers submit to applicants of a draft and nothing to staff', () => {
    expect(availableActions(oneStep, newCase(), 'citizen')).toEqual(['submit']);
    expect(availableActions(oneStep, newCase(), 'enterprise')).toEqual(['submit']);
    expect(availableActions(oneStep, newCase(), 'officer')).toEqual([]);
  });

  it('offers the acceptance decisions to officers and withdrawal to the applicant', () => {
    const pending = run(oneStep, [ev.submit()]);
    expect(availableActions(oneStep, pending, 'officer')).toEqual(['accept', 'reject', 'request_supplement', 'claim']);
    expect(availableActions(oneStep, pending, 'citizen')).toEqual(['withdraw']);
    expect(availableActions(oneStep, pending, 'supervisor')).toEqual([]);
  });

  it('drops request_supplement once the allowance is used', () => {
    const answered = run(oneStep, [ev.submit(), ev.requestSupplement(), ev.supplement()]);
    expect(availableActions(oneStep, answered, 'officer')).not.toContain('request_supplement');
  });

  it('offers release instead of claim once the case is claimed', () => {
    const claimed = run(oneStep, [ev.submit(), ev.claim()]);
    expect(availableActions(oneStep, claimed, 'officer')).toEqual(['accept', 'reject', 'request_supplement', 'release']);
    expect(availableActions(oneStep, claimed, 'supervisor')).toEqual(['release']);
  });

  it('offers each approval step to the role it declares', () => {
    const first = run(twoStep, [ev.submit(), ev.accept()]);
    expect(availableActions(twoStep, first, 'officer')).toEqual(['approve', 'deny', 'claim']);
    expect(availableActions(twoStep, first, 'supervisor')).toEqual([]);
    const second = run(twoStep, [ev.approve(officer)], first);
    expect(availableActions(twoStep, second, 'supervisor')).toEqual(['approve', 'deny', 'claim']);
    expect(availableActions(twoStep, second, 'officer')).toEqual([]);
  });

  it('offers issue to the system only, and nothing on a closed case', () => {
    const approved = run(oneStep, [ev.submit(), ev.accept(), ev.approve()]);
    expect(availableActions(oneStep, approved, 'system')).toEqual(['issue']);
    expect(availableActions(oneStep, approved, 'citizen')).toEqual([]);
    const issued = run(oneStep, [ev.issue()], approved);
    for (const role of ['citizen', 'officer', 'supervisor', 'system'] as const) expect(availableActions(oneStep, issued, role)).toEqual([]);
  });
});

describe('stageOf', () => {
  it('maps every status to a stage of the progress bar', () => {
    expect(Object.fromEntries(caseStatuses.map((s) => [s, stageOf(s)]))).toEqual({
      draft: '预审',
      pre_review: '预审',
      pending_acceptance: '受理',
      supplement_requested: '受理',
      in_approval: '审批',
      approved: '发证',
      issued: '办结',
      rejected: '办结',
      denied: '办结',
      withdrawn: '办结',
    });
    expect(stageNames[stageOf('in_approval')].en).toBe('Approval');
  });
});
