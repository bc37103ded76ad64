import { expect } from 'vitest';
import { initialCaseState, parseWorkflowDefinition } from './workflow.definition.js';
import { transition } from './workflow.transition.js';
import type { Actor, CaseState, Effect, SupplementItem, TransitionResult, WorkflowDefinition, WorkflowErrorCode, WorkflowEvent } from './workflow.types.js';

/** Shared fixtures of the workflow tests: definitions, actors, events and runners. */
export const twoStep: WorkflowDefinition = parseWorkflowDefinition({
  itemId: 'food-licence',
  approvalChain: [
    { name: { zh: '科室审核', en: 'Section review' }, role: 'officer' },
    { name: { zh: '分管领导审批', en: 'Supervisor approval' }, role: 'supervisor' },
  ],
});
export const oneStep: WorkflowDefinition = parseWorkflowDefinition({
  approvalChain: [{ name: { zh: '审核', en: 'Review' }, role: 'officer' }],
});
export const instant: WorkflowDefinition = parseWorkflowDefinition({
  approvalChain: [{ name: { zh: '审核', en: 'Review' }, role: 'officer' }],
  autoApproval: { enabled: true, ruleSetId: 'senior-card' },
});

export const DEPT = 'dept-market';
export const citizen: Actor = { role: 'citizen', id: 'citizen-1' };
export const otherCitizen: Actor = { role: 'citizen', id: 'citizen-2' };
export const officer: Actor = { role: 'officer', id: 'officer-1', departmentId: DEPT };
export const officer2: Actor = { role: 'officer', id: 'officer-2', departmentId: DEPT };
export const foreignOfficer: Actor = { role: 'officer', id: 'officer-9', departmentId: 'dept-other' };
export const supervisor: Actor = { role: 'supervisor', id: 'super-1', departmentId: DEPT };
export const system: Actor = { role: 'system', id: 'certificates' };

let minute = 0;
/** Increasing timestamps, so the order of events shows in their `at`. */
export function at(): string {
  minute += 1;
  return new Date(Date.UTC(2026, 10, 2, 1, minute)).toISOString();
}

export const complete = { complete: true, findings: [] };

export const ev = {
  submit: (extra: Partial<Extract<WorkflowEvent, { type: 'submit' }>> = {}): WorkflowEvent => ({ type: 'submit', actor: citizen, at: at(), preReview: complete, ...extra }),
  accept: (actor: Actor = officer): WorkflowEvent => ({ type: 'accept', actor, at: at() }),
  reject: (reason = '不属于本部门受理范围', actor: Actor = officer): WorkflowEvent => ({ type: 'reject', actor, at: at(), reason }),
  requestSupplement: (items: SupplementItem[] = [{ material: 'lease', reason: '租赁合同未盖章' }], actor: Actor = officer): WorkflowEvent => ({
    type: 'request_supplement',
    actor,
    at: at(),
    items,
  }),
  supplement: (changed = false, actor: Actor = citizen): WorkflowEvent => ({ type: 'supplement', actor, at: at(), changed }),
  approve: (actor: Actor = officer, comment?: string): WorkflowEvent => ({ type: 'approve', actor, at: at(), ...(comment ? { comment } : {}) }),
  deny: (reason = '经营场所不符合要求', actor: Actor = officer): WorkflowEvent => ({ type: 'deny', actor, at: at(), reason }),
  issue: (certificateId = 'CERT-1', actor: Actor = system): WorkflowEvent => ({ type: 'issue', actor, at: at(), certificateId }),
  withdraw: (actor: Actor = citizen, reason?: string): WorkflowEvent => ({ type: 'withdraw', actor, at: at(), ...(reason ? { reason } : {}) }),
  claim: (actor: Actor = officer): WorkflowEvent => ({ type: 'claim', actor, at: at() }),
  release: (actor: Actor = officer): WorkflowEvent => ({ type: 'release', actor, at: at() }),
};

export function newCase(): CaseState {
  return initialCaseState({ departmentId: DEPT });
}

export function expectOk(result: TransitionResult): { state: CaseState; effects: Effect[] } {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message.en}`);
  return result;
}

export function expectRefused(result: TransitionResult, code: WorkflowErrorCode) {
  if (result.ok) throw new Error(`expected ${code}, got ok with status ${result.state.status}`);
  expect(result.error.code).toBe(code);
  expect(result.error.message.zh).not.toBe('');
  expect(result.error.message.en).not.toBe('');
  return result.error;
}

/** Applies events in order, failing the test at the first refusal. */
export function run(definition: WorkflowDefinition, events: WorkflowEvent[], from: CaseState = newCase()): CaseState {
  return events.reduce((state, event) => expectOk(transition(definition, state, event)).state, from);
}

export function activities(effects: Effect[]): string[] {
  return effects.flatMap((e) => (e.type === 'record_event' ? [e.activity] : []));
}

export function effectTypes(effects: Effect[]): string[] {
  return effects.map((e) => (e.type === 'record_event' ? `record:${e.activity}` : e.type));
}
