import type { ActorRole, CaseState, CaseStatus, EventType, WorkflowDefinition, WorkflowErrorCode, WorkflowEvent } from './workflow.types.js';

/**
 * Guards as data (xstate style): named predicates composed with and / or / not, so the policy
 * table below reads as a specification and the same table serves `transition` and `availableActions`.
 */
export type GuardName = keyof typeof predicates;
export type Guard = GuardName | { role: readonly ActorRole[] } | { and: readonly Guard[] } | { or: readonly Guard[] } | { not: Guard };

/**
 * What a guard may look at. `availableActions` knows only the role, so `actor` and `event` are
 * absent there and the predicates about a particular person or payload answer true: the listing is
 * a preview, and `transition` still checks everything.
 */
export type GuardContext = {
  definition: WorkflowDefinition;
  state: CaseState;
  role: ActorRole;
  actor?: WorkflowEvent['actor'];
  event?: WorkflowEvent;
};

const STAFF: readonly ActorRole[] = ['officer', 'supervisor'];
const filled = (text: string | undefined): boolean => typeof text === 'string' && text.trim() !== '';

/** Who decides at the case's current stage: an officer at acceptance, the step's role in approval. */
export function stageRole(definition: WorkflowDefinition, state: CaseState): ActorRole | undefined {
  if (state.status === 'pending_acceptance' || state.status === 'supplement_requested') return 'officer';
  if (state.status === 'in_approval') return definition.approvalChain[state.approvalStep]?.role;
  return undefined;
}

const predicates = {
  actsAtStage: (c: GuardContext) => c.role === stageRole(c.definition, c.state),
  // The engine knows no departments beyond the case's own; staff with no or another department are refused.
  inCaseDepartment: (c: GuardContext) =>
    !c.actor || !STAFF.includes(c.actor.role) || c.state.departmentId == null || c.actor.departmentId === c.state.departmentId,
  isApplicant: (c: GuardContext) => !c.actor || c.state.applicantId == null || c.actor.id === c.state.applicantId,
  isAssignee: (c: GuardContext) => !c.actor || c.state.assignee === c.actor.id,
  notClaimedByOther: (c: GuardContext) => !c.actor || c.state.assignee == null || c.state.assignee === c.actor.id,
  claimed: (c: GuardContext) => c.state.assignee != null,
  supplementAllowanceLeft: (c: GuardContext) => c.state.supplementRounds < c.definition.supplementRounds,
  preReviewComplete: (c: GuardContext) => c.event?.type !== 'submit' || c.event.preReview.complete,
  reasonGiven: (c: GuardContext) => (c.event?.type === 'reject' || c.event?.type === 'deny' ? filled(c.event.reason) : true),
  supplementListed: (c: GuardContext) => c.event?.type !== 'request_supplement' || c.event.items.length > 0,
  supplementReasonsGiven: (c: GuardContext) => c.event?.type !== 'request_supplement' || c.event.items.every((item) => filled(item.reason)),
  certificateGiven: (c: GuardContext) => c.event?.type !== 'issue' || filled(c.event.certificateId),
  autoApprovalEnabled: (c: GuardContext) => c.definition.autoApproval.enabled,
  autoDecisionGiven: (c: GuardContext) => c.event?.type === 'submit' && c.event.autoDecision !== undefined,
  autoDecisionPassed: (c: GuardContext) => c.event?.type === 'submit' && c.event.autoDecision?.outcome === 'pass',
  autoDecisionFromRuleSet: (c: GuardContext) => {
    const expected = c.definition.autoApproval.ruleSetId;
    return expected === undefined || (c.event?.type === 'submit' && c.event.autoDecision?.ruleSetId === expected);
  },
};

export function evaluateGuard(guard: Guard, context: GuardContext): boolean {
  if (typeof guard === 'string') return predicates[guard](context);
  if ('role' in guard) return guard.role.includes(context.role);
  if ('and' in guard) return guard.and.every((g) => evaluateGuard(g, context));
  if ('or' in guard) return guard.or.some((g) => evaluateGuard(g, context));
  return !evaluateGuard(guard.not, context);
}

export const and = (...guards: Guard[]): Guard => ({ and: guards });
export const or = (...guards: Guard[]): Guard => ({ or: guards });
export const not = (guard: Guard): Guard => ({ not: guard });
export const role = (...roles: ActorRole[]): Guard => ({ role: roles });

type Check = readonly [Guard, WorkflowErrorCode];
export type EventPolicy = { from: readonly CaseStatus[]; checks: readonly Check[] };

const applicant = and(role('citizen', 'enterprise'), 'isApplicant');
const stageStaff = and('actsAtStage', 'inCaseDepartment');
const deciding: readonly Check[] = [
  [stageStaff, 'ROLE_NOT_ALLOWED'],
  ['notClaimedByOther', 'ALREADY_CLAIMED'],
];
const open: readonly CaseStatus[] = ['pending_acceptance', 'supplement_requested', 'in_approval'];

/** Per event: the statuses it may leave from, then the checks in order, each with the code it fails with. */
export const eventPolicies: Record<EventType, EventPolicy> = {
  submit: {
    from: ['draft', 'pre_review'],
    checks: [
      [applicant, 'ROLE_NOT_ALLOWED'],
      ['preReviewComplete', 'PRE_REVIEW_FAILED'],
    ],
  },
  accept: { from: ['pending_acceptance'], checks: deciding },
  reject: { from: ['pending_acceptance'], checks: [...deciding, ['reasonGiven', 'REASON_REQUIRED']] },
  request_supplement: {
    from: ['pending_acceptance'],
    checks: [
      ...deciding,
      ['supplementAllowanceLeft', 'SUPPLEMENT_LIMIT'],
      ['supplementListed', 'EMPTY_SUPPLEMENT'],
      ['supplementReasonsGiven', 'REASON_REQUIRED'],
    ],
  },
  supplement: { from: ['supplement_requested'], checks: [[applicant, 'ROLE_NOT_ALLOWED']] },
  approve: { from: ['in_approval'], checks: deciding },
  deny: { from: ['in_approval'], checks: [...deciding, ['reasonGiven', 'REASON_REQUIRED']] },
  issue: {
    from: ['approved'],
    checks: [
      [role('system'), 'ROLE_NOT_ALLOWED'],
      ['certificateGiven', 'INVALID_EVENT'],
    ],
  },
  withdraw: { from: open, checks: [[applicant, 'ROLE_NOT_ALLOWED']] },
  claim: {
    from: open,
    checks: [
      [stageStaff, 'ROLE_NOT_ALLOWED'],
      [not('claimed'), 'ALREADY_CLAIMED'],
    ],
  },
  // The claimant hands a case back; a supervisor of the department may also free a case someone left claimed.
  release: {
    from: open,
    checks: [
      ['claimed', 'INVALID_TRANSITION'],
      [and(role(...STAFF), or('isAssignee', and(role('supervisor'), 'inCaseDepartment'))), 'ROLE_NOT_ALLOWED'],
    ],
  },
};

/** 秒批 applies only when enabled and the named rule set passed; anything else goes to a person. */
export const instantApproval: Guard = and('autoApprovalEnabled', 'autoDecisionPassed', 'autoDecisionFromRuleSet');
