import { refuse } from './workflow.errors.js';
import { evaluateGuard, eventPolicies, instantApproval, type GuardContext } from './workflow.guards.js';
import { actionNames, activityLabels, statusNames } from './workflow.labels.js';
import type {
  ActivityCode,
  Actor,
  CaseState,
  CaseStatus,
  ClosedStatus,
  Effect,
  EventOf,
  HumanReviewReason,
  Localized,
  TransitionResult,
  WorkflowDefinition,
  WorkflowEvent,
} from './workflow.types.js';

const CLOSED: readonly CaseStatus[] = ['issued', 'rejected', 'denied', 'withdrawn'];
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

// Automated steps are recorded under their own system actors, so the log shows no person made them.
const preReviewer: Actor = { role: 'system', id: 'pre_review' };
const autoApprover: Actor = { role: 'system', id: 'auto_approval' };

export function isClosed(status: CaseStatus): status is ClosedStatus {
  return CLOSED.includes(status);
}

type Step = { state: CaseState; effects: Effect[] };

/**
 * The case workflow as a pure function, xstate style: it returns the next state and the effects the
 * service must carry out, and runs nothing. A refusal changes nothing and carries a stable code.
 *
 * Checks run in this order: closed case (CASE_CLOSED), malformed event (INVALID_EVENT), status
 * (INVALID_TRANSITION), then the event's policy checks in order (role, claim, payload, limits).
 */
export function transition(definition: WorkflowDefinition, state: CaseState, event: WorkflowEvent): TransitionResult {
  if (isClosed(state.status)) return refuse('CASE_CLOSED');
  const policy = Object.hasOwn(eventPolicies, event.type) ? eventPolicies[event.type] : undefined;
  if (!policy || !wellFormed(event)) return refuse('INVALID_EVENT');
  const names = { status: statusNames[state.status], action: actionNames[event.type] };
  if (!policy.from.includes(state.status)) return refuse('INVALID_TRANSITION', names);
  const context: GuardContext = { definition, state, role: event.actor.role, actor: event.actor, event };
  for (const [guard, code] of policy.checks) {
    if (!evaluateGuard(guard, context)) return refuse(code, names, code === 'PRE_REVIEW_FAILED' && event.type === 'submit' ? event.preReview.findings : undefined);
  }
  return { ok: true, ...apply(definition, state, event) };
}

function wellFormed(event: WorkflowEvent): boolean {
  return typeof event.actor?.id === 'string' && event.actor.id.trim() !== '' && ISO_INSTANT.test(event.at) && Number.isFinite(Date.parse(event.at));
}

function apply(definition: WorkflowDefinition, state: CaseState, event: WorkflowEvent): Step {
  switch (event.type) {
    case 'submit':
      return submit(definition, state, event);
    case 'accept':
      return step({ ...state, status: 'in_approval', approvalStep: 0, assignee: null }, [
        record('accepted', event),
        notify('accepted'),
      ]);
    case 'reject':
      return close(state, event, 'rejected', { reason: event.reason });
    case 'request_supplement':
      return step({ ...state, status: 'supplement_requested', supplementRounds: state.supplementRounds + 1, clock: { running: false, pausedAt: event.at } }, [
        record('supplement_requested', event, { items: event.items }),
        { type: 'pause_clock', at: event.at },
        notify('supplement_requested', { items: event.items }),
      ]);
    case 'supplement':
      return supplement(state, event);
    case 'approve':
      return approve(definition, state, event);
    case 'deny':
      return close(state, event, 'denied', { reason: event.reason, step: state.approvalStep });
    case 'issue':
      return close(state, event, 'issued', { certificateId: event.certificateId });
    case 'withdraw':
      return close(state, event, 'withdrawn', event.reason === undefined ? {} : { reason: event.reason });
    case 'claim':
      return step({ ...state, assignee: event.actor.id }, [record('claimed', event)]);
    case 'release':
      return step({ ...state, assignee: null }, [record('released', event, { assignee: state.assignee })]);
  }
}

/**
 * Submission after a complete pre-review. With 秒批 and a passing evaluation the case is approved at
 * once and the service issues the certificate, then sends `issue` (as after a human approval: the
 * only way into `issued` is the issue event carrying the certificate id). Any other outcome of an
 * enabled instant approval is never a refusal: it goes to a person with the findings attached.
 */
function submit(definition: WorkflowDefinition, state: CaseState, event: EventOf<'submit'>): Step {
  const { preReview, autoDecision } = event;
  const submitted: CaseState = {
    ...state,
    status: 'pending_acceptance',
    approvalStep: 0,
    clock: { running: true },
    assignee: null,
    applicantId: state.applicantId ?? event.actor.id,
  };
  const effects: Effect[] = [
    record('submitted', event, autoDecision ? { autoDecision: summarize(autoDecision) } : undefined),
    record('pre_review_passed', { actor: preReviewer, at: event.at }, { findings: preReview.findings }),
    { type: 'start_clock', at: event.at },
  ];
  const context: GuardContext = { definition, state, role: event.actor.role, actor: event.actor, event };
  if (evaluateGuard(instantApproval, context)) {
    return step({ ...submitted, status: 'approved' }, [
      ...effects,
      record('auto_approved', { actor: autoApprover, at: event.at }, autoDecision ? summarize(autoDecision) : undefined),
      { type: 'issue_certificate' },
    ]);
  }
  if (definition.autoApproval.enabled) {
    const reason = referralReason(context);
    return step(submitted, [
      ...effects,
      record('auto_review_referred', { actor: autoApprover, at: event.at }, { reason }),
      {
        type: 'request_human_review',
        reason,
        findings: preReview.findings,
        failedRules: (autoDecision?.results ?? []).filter((r) => !r.passed).map((r) => r.ruleId),
      },
      notify('submitted'),
    ]);
  }
  return step(submitted, [...effects, notify('submitted')]);
}

function referralReason(context: GuardContext): HumanReviewReason {
  if (!evaluateGuard('autoDecisionGiven', context)) return 'auto_decision_missing';
  if (!evaluateGuard('autoDecisionFromRuleSet', context)) return 'auto_decision_rule_set_mismatch';
  return 'auto_decision_failed';
}

function summarize(decision: NonNullable<EventOf<'submit'>['autoDecision']>): Record<string, unknown> {
  return { outcome: decision.outcome, ruleSetId: decision.ruleSetId, version: decision.version };
}

/** The applicant's answer returns the case to acceptance; a changed application earns a fresh supplement allowance. */
function supplement(state: CaseState, event: EventOf<'supplement'>): Step {
  return step(
    { ...state, status: 'pending_acceptance', supplementRounds: event.changed ? 0 : state.supplementRounds, clock: { running: true } },
    [
      record('supplement_received', event, { changed: event.changed }),
      { type: 'resume_clock', at: event.at, ...(state.clock.pausedAt ? { pausedAt: state.clock.pausedAt } : {}) },
      notify('supplement_received'),
    ],
  );
}

function approve(definition: WorkflowDefinition, state: CaseState, event: EventOf<'approve'>): Step {
  const index = state.approvalStep;
  const current = definition.approvalChain[index];
  const data = { step: index, name: current?.name, ...(event.comment ? { comment: event.comment } : {}) };
  const stepRecord = record('step_approved', event, data, current && passedLabel(current.name));
  const done = index + 1;
  if (done < definition.approvalChain.length) {
    return step({ ...state, approvalStep: done, assignee: null }, [stepRecord]);
  }
  return step({ ...state, status: 'approved', approvalStep: done, assignee: null }, [stepRecord, record('approved', event), { type: 'issue_certificate' }]);
}

function passedLabel(name: Localized): Localized {
  return { zh: `${name.zh}通过`, en: `${name.en} passed` };
}

const closingActivity: Record<ClosedStatus, ActivityCode> = {
  issued: 'certificate_issued',
  rejected: 'rejected',
  denied: 'denied',
  withdrawn: 'withdrawn',
};

/** Every ending stops the clock, frees the case from any queue and tells the applicant. */
function close(state: CaseState, event: WorkflowEvent, outcome: ClosedStatus, data: Record<string, unknown>): Step {
  return step({ ...state, status: outcome, clock: { running: false }, assignee: null }, [
    record(closingActivity[outcome], event, data),
    notify(outcome, data),
    { type: 'close_case', outcome },
  ]);
}

function step(state: CaseState, effects: Effect[]): Step {
  return { state, effects };
}

function record(activity: ActivityCode, event: { actor: Actor; at: string }, data?: Record<string, unknown>, label?: Localized): Effect {
  return { type: 'record_event', activity, label: label ?? activityLabels[activity], actor: event.actor, at: event.at, ...(data ? { data } : {}) };
}

function notify(template: Extract<Effect, { type: 'notify_applicant' }>['template'], params: Record<string, unknown> = {}): Effect {
  return { type: 'notify_applicant', template, params };
}
