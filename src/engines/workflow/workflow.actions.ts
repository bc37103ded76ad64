import { evaluateGuard, eventPolicies } from './workflow.guards.js';
import { isClosed } from './workflow.transition.js';
import type { ActorRole, CaseState, EventType, WorkflowDefinition } from './workflow.types.js';

export const eventTypes = Object.keys(eventPolicies) as EventType[];

/**
 * The events a role may send now, for UIs. It applies the same policy table as `transition` but
 * knows only the role: checks about a particular person (the applicant's id, the claimant, the
 * department) and about the payload are left to `transition`.
 */
export function availableActions(definition: WorkflowDefinition, state: CaseState, actorRole: ActorRole): EventType[] {
  if (isClosed(state.status)) return [];
  const context = { definition, state, role: actorRole };
  return eventTypes.filter((type) => {
    const policy = eventPolicies[type];
    return policy.from.includes(state.status) && policy.checks.every(([guard]) => evaluateGuard(guard, context));
  });
}
