import { z } from 'zod';
import type { CaseState, WorkflowDefinition } from './workflow.types.js';

const text = z.string().trim().min(1, { message: 'must not be empty' });

export const workflowDefinitionSchema = z
  .strictObject({
    itemId: text.optional(),
    approvalChain: z
      .array(z.strictObject({ name: z.strictObject({ zh: text, en: text }), role: z.enum(['officer', 'supervisor']) }))
      .min(1, { message: 'must have at least one approval step' }),
    autoApproval: z.strictObject({ enabled: z.boolean(), ruleSetId: text.optional() }).default({ enabled: false }),
    supplementRounds: z.number().int().min(0).max(10).default(1),
  })
  .refine((d) => !d.autoApproval.enabled || d.autoApproval.ruleSetId !== undefined, {
    // Instant approval must name the rule set that decides it (算法备案), so a decision can be traced to it.
    message: 'instant approval needs the ruleSetId that decides it',
    path: ['autoApproval', 'ruleSetId'],
  });

/** Thrown by parseWorkflowDefinition; `issues` lists every problem with its path. */
export class WorkflowDefinitionInvalidError extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super(`Invalid workflow definition:\n${z.prettifyError(new z.ZodError(issues))}`);
    this.name = 'WorkflowDefinitionInvalidError';
  }
}

/** Validates an item's workflow (defaults: no instant approval, one supplement round). */
export function parseWorkflowDefinition(raw: unknown): WorkflowDefinition {
  const parsed = workflowDefinitionSchema.safeParse(raw);
  if (!parsed.success) throw new WorkflowDefinitionInvalidError(parsed.error.issues);
  const { itemId, approvalChain, autoApproval, supplementRounds } = parsed.data;
  return {
    ...(itemId === undefined ? {} : { itemId }),
    approvalChain,
    autoApproval: autoApproval.ruleSetId === undefined ? { enabled: autoApproval.enabled } : autoApproval,
    supplementRounds,
  };
}

/** A new case in draft; the handling department, when known, restricts which staff may act. */
export function initialCaseState(init: { departmentId?: string | null; applicantId?: string | null } = {}): CaseState {
  return {
    status: 'draft',
    approvalStep: 0,
    supplementRounds: 0,
    clock: { running: false },
    assignee: null,
    applicantId: init.applicantId ?? null,
    departmentId: init.departmentId ?? null,
  };
}
