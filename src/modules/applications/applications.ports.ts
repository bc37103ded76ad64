import type { Executor } from '../../db/database.js';
import type { Evaluation, RuleSet } from '../../engines/rules/index.js';
import type { WorkflowDefinition } from '../../engines/workflow/index.js';
import type { Localized } from '../../plugins/language.js';

/** What the applications service needs from other modules; app.ts wires the real ones. */
export type FormCheck = { ok: true; values: Record<string, unknown> } | { ok: false; errors: { field: string; reason: Localized }[] };

export type ProcedureSource = {
  workflowOf(itemId: string): WorkflowDefinition;
  ruleSetOf(itemId: string): RuleSet | undefined;
  validateForm(itemId: string, values: Record<string, unknown>, today: string): FormCheck;
  /** Splits one bundle form (一表申请) into each item's form values. */
  splitBundleForm(bundleId: string, values: Record<string, unknown>): Record<string, Record<string, unknown>>;
  /** The rule facts of an application, built the same way everywhere. */
  buildFacts(input: { applicant: ApplicantFacts; form: Record<string, unknown>; person: unknown; enterprise: unknown; materials: Record<string, { provided: boolean }>; today: string }): Record<string, unknown>;
  evaluate(ruleSet: RuleSet, facts: Record<string, unknown>): Evaluation;
};

export type ApplicantFacts = { id: string; kind: 'person' | 'enterprise'; name: string; idNumber: string | null; creditCode: string | null };

export type AuthoritativeData = {
  person(idNumber: string): Promise<{ name: string | null } | null>;
  enterprise(creditCode: string): Promise<{ name: string; status: string } | null>;
};

export type IssuedCertificate = { id: string; number: string };
export type OfferedCertificateCheck = { ok: true } | { ok: false; code: string; message: Localized };

export type CertificateDesk = {
  issue(executor: Executor, input: { applicationId: string; itemId: string; holderAccountId: string; issuerDepartmentId: string; data: Record<string, string>; issuedAt: Date }): Promise<IssuedCertificate>;
  /** certificate type → id of a valid certificate the account holds (免提交). */
  heldTypes(accountId: string, now: Date): Promise<Map<string, string>>;
  checkOffered(accountId: string, certificateId: string, expectedType: string | undefined, now: Date): Promise<OfferedCertificateCheck>;
};
