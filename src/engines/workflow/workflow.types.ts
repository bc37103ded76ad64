/** A text in both platform languages. */
export type Localized = { zh: string; en: string };

export type ActorRole = 'citizen' | 'enterprise' | 'officer' | 'supervisor' | 'system';
export type StaffRole = 'officer' | 'supervisor';
export type Actor = { role: ActorRole; id: string; departmentId?: string | null };

export type ApprovalStep = { name: Localized; role: StaffRole };

export type WorkflowDefinition = {
  itemId?: string;
  /** Human approval steps in order; at least one. */
  approvalChain: ApprovalStep[];
  /** 秒批: when enabled, a passing evaluation of `ruleSetId` approves at submission with no human step. */
  autoApproval: { enabled: boolean; ruleSetId?: string };
  /** Supplement requests allowed per version of the application (default 1). */
  supplementRounds: number;
};

export const caseStatuses = [
  'draft',
  'pre_review',
  'pending_acceptance',
  'supplement_requested',
  'in_approval',
  'approved',
  'issued',
  'rejected',
  'denied',
  'withdrawn',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export type ClosedStatus = 'issued' | 'rejected' | 'denied' | 'withdrawn';

/**
 * The snapshot a service stores per case: only what the guards need. The case's history is the
 * stream of `record_event` effects, which the service appends to its log.
 */
export type CaseState = {
  status: CaseStatus;
  /** Approval steps completed; the index of the current step while in approval. */
  approvalStep: number;
  /** Supplement requests used since the applicant last changed the application. */
  supplementRounds: number;
  /** The deadline clock: running from submission, paused (with `pausedAt`) while a supplement is awaited. */
  clock: { running: boolean; pausedAt?: string };
  /** The staff member who claimed the case, if any. */
  assignee?: string | null;
  /** Set at submission; later applicant events must come from the same id. */
  applicantId?: string | null;
  /** The handling department; when set, staff of other departments are refused. */
  departmentId?: string | null;
};

export type PreReviewFinding = { code: string; message: Localized };
export type PreReview = { complete: boolean; findings: PreReviewFinding[] };

/** The outcome of the item's rule set; an `Evaluation` of the rules engine fits this shape. */
export type AutoDecision = {
  outcome: 'pass' | 'fail';
  ruleSetId?: string;
  version?: string;
  results?: readonly { ruleId: string; passed: boolean }[];
};

export type SupplementItem = { material?: string; field?: string; reason: string };

type At = { actor: Actor; at: string };
export type WorkflowEvent =
  | (At & { type: 'submit'; preReview: PreReview; autoDecision?: AutoDecision })
  | (At & { type: 'accept' })
  | (At & { type: 'reject'; reason: string })
  | (At & { type: 'request_supplement'; items: SupplementItem[] })
  | (At & { type: 'supplement'; changed: boolean })
  | (At & { type: 'approve'; comment?: string })
  | (At & { type: 'deny'; reason: string })
  | (At & { type: 'issue'; certificateId: string })
  | (At & { type: 'withdraw'; reason?: string })
  | (At & { type: 'claim' })
  | (At & { type: 'release' });
export type EventType = WorkflowEvent['type'];
export type EventOf<T extends EventType> = Extract<WorkflowEvent, { type: T }>;

export type ActivityCode =
  | 'submitted'
  | 'pre_review_passed'
  | 'auto_approved'
  | 'auto_review_referred'
  | 'accepted'
  | 'rejected'
  | 'supplement_requested'
  | 'supplement_received'
  | 'step_approved'
  | 'approved'
  | 'denied'
  | 'certificate_issued'
  | 'withdrawn'
  | 'claimed'
  | 'released';

export type NotificationTemplate =
  | 'submitted'
  | 'accepted'
  | 'rejected'
  | 'supplement_requested'
  | 'supplement_received'
  | 'denied'
  | 'issued'
  | 'withdrawn';

export type HumanReviewReason = 'auto_decision_failed' | 'auto_decision_missing' | 'auto_decision_rule_set_mismatch';

/** What the service must do after a transition, in order, inside the transaction that saves the state. */
export type Effect =
  | { type: 'record_event'; activity: ActivityCode; label: Localized; actor: Actor; at: string; data?: Record<string, unknown> }
  | { type: 'notify_applicant'; template: NotificationTemplate; params: Record<string, unknown> }
  | { type: 'start_clock'; at: string }
  | { type: 'pause_clock'; at: string }
  | { type: 'resume_clock'; at: string; pausedAt?: string }
  | { type: 'issue_certificate' }
  | { type: 'request_human_review'; reason: HumanReviewReason; findings: PreReviewFinding[]; failedRules: string[] }
  | { type: 'close_case'; outcome: ClosedStatus };

export type WorkflowErrorCode =
  | 'INVALID_TRANSITION'
  | 'ROLE_NOT_ALLOWED'
  | 'SUPPLEMENT_LIMIT'
  | 'CASE_CLOSED'
  | 'REASON_REQUIRED'
  | 'EMPTY_SUPPLEMENT'
  | 'PRE_REVIEW_FAILED'
  | 'ALREADY_CLAIMED'
  | 'INVALID_EVENT';

export type WorkflowError = { code: WorkflowErrorCode; message: Localized; findings?: PreReviewFinding[] };

export type TransitionResult = { ok: true; state: CaseState; effects: Effect[] } | { ok: false; error: WorkflowError };
