/**
 * Case workflow engine: 预审 → 受理 → 审批 → 发证 as a pure `transition(definition, state, event)`
 * returning the next state and effects as data (xstate style). No clock, no I/O: time arrives as
 * each event's `at`, and the service carries out the effects in the transaction that saves the state.
 *
 * Decisions worth knowing:
 * - An incomplete pre-review refuses the submission (PRE_REVIEW_FAILED with the findings); nothing is submitted.
 * - 秒批 ends in `approved` with an `issue_certificate` effect; the service generates the certificate and
 *   sends `issue` from a system actor in the same request. The manual path ends the same way, so
 *   `issued` is always reached through the event that carries the certificate id.
 * - With instant approval enabled, a failing, missing or foreign-rule-set decision is never a refusal:
 *   the case waits for acceptance with `request_human_review` and the findings attached.
 * - Supplement requests are counted per version of the application: `supplement { changed: true }`
 *   resets the allowance (`definition.supplementRounds`, default 1).
 * - The handling department lives on the case (`state.departmentId`); when set, staff from another
 *   department (or with none) get ROLE_NOT_ALLOWED. Other department rules are the caller's job.
 * - Claiming is optional; a case claimed by someone else refuses other staff with ALREADY_CLAIMED.
 *   Staff act only at their stage: officers at acceptance, each approval step by its declared role.
 * - Added codes: PRE_REVIEW_FAILED, ALREADY_CLAIMED, INVALID_EVENT (blank actor id, bad `at`,
 *   blank certificate id, unknown event type).
 */
export { availableActions, eventTypes } from './workflow.actions.js';
export { initialCaseState, parseWorkflowDefinition, WorkflowDefinitionInvalidError, workflowDefinitionSchema } from './workflow.definition.js';
export { workflowErrors } from './workflow.errors.js';
export { and, evaluateGuard, eventPolicies, instantApproval, not, or, role, stageRole, type Guard, type GuardContext } from './workflow.guards.js';
export { actionNames, activityLabels, stageNames, stageOf, statusNames, type Stage } from './workflow.labels.js';
export { isClosed, transition } from './workflow.transition.js';
export * from './workflow.types.js';
