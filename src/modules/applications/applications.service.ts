import type { Db, Executor } from '../../db/database.js';
import { toChinaDate, type WorkCalendar } from '../../engines/calendar/index.js';
import type { Evaluation } from '../../engines/rules/index.js';
import { initialCaseState, isClosed, transition, type Actor, type CaseState, type Effect, type PreReviewFinding, type WorkflowEvent } from '../../engines/workflow/index.js';
import type { Principal } from '../../plugins/access.js';
import { fail, ok, type LocalizedDetail, type Result } from '../../plugins/errors.js';
import type { CatalogService, ItemDetail } from '../catalog/index.js';
import type { IdentityService } from '../identity/index.js';
import { bundleStatus, checkMaterials, formatApplicationNumber, notificationFor, type OfferedMaterial, type ResolvedMaterial } from './applications.domain.js';
import type { ApplicationErrorCode } from './applications.errors.js';
import type { AuthoritativeData, CertificateDesk, ProcedureSource } from './applications.ports.js';
import * as repo from './applications.repository.js';

export type SubmitInput = {
  itemId?: string | undefined;
  bundleId?: string | undefined;
  form: Record<string, unknown>;
  /** For a bundle, each material names its item. */
  materials: (OfferedMaterial & { itemId?: string | undefined })[];
  draftId?: string | undefined;
};

export type ActionInput =
  | { action: 'accept' | 'approve' | 'claim' | 'release'; comment?: string | undefined }
  | { action: 'reject' | 'deny'; reason: string }
  | { action: 'withdraw'; reason?: string | undefined }
  | { action: 'request-supplement'; items: { material?: string | undefined; field?: string | undefined; reason: string }[] }
  | { action: 'supplement'; form?: Record<string, unknown> | undefined; materials?: OfferedMaterial[] | undefined };

export type ApplicationsDeps = {
  db: Db;
  catalog: CatalogService;
  identity: IdentityService;
  procedures: ProcedureSource;
  departmentData: AuthoritativeData;
  certificates: CertificateDesk;
  calendar: () => Promise<WorkCalendar>;
};

type Prepared = {
  item: ItemDetail;
  form: Record<string, unknown>;
  materials: ResolvedMaterial[];
  preReview: { complete: boolean; findings: PreReviewFinding[] };
  decision: Evaluation | undefined;
};

type Failure = { ok: false; error: { code: ApplicationErrorCode; params?: Record<string, string | number>; details?: LocalizedDetail[] } };

const targetNames = { person: { zh: '自然人', en: 'natural persons' }, enterprise: { zh: '法人', en: 'enterprises' } };

function actorOf(principal: Principal, caseDepartmentId: string | null): Actor {
  // A supervisor oversees every department: they act with the case's department.
  const departmentId = principal.role === 'supervisor' ? caseDepartmentId : principal.departmentId;
  return { role: principal.role as Actor['role'], id: principal.accountId, departmentId };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

export function createApplicationsService(deps: ApplicationsDeps) {
  const { db, catalog, identity, procedures, departmentData, certificates } = deps;

  async function itemsOf(input: SubmitInput): Promise<Result<{ items: ItemDetail[]; forms: Record<string, Record<string, unknown>> }, ApplicationErrorCode>> {
    if (input.bundleId) {
      const bundle = await catalog.getBundle(input.bundleId);
      if (!bundle.ok) return fail('BUNDLE_NOT_FOUND', { id: input.bundleId });
      const items: ItemDetail[] = [];
      for (const summary of bundle.value.items) {
        const item = await catalog.getItem(summary.id);
        if (item.ok) items.push(item.value);
      }
      return ok({ items, forms: procedures.splitBundleForm(input.bundleId, input.form) });
    }
    const item = input.itemId ? await catalog.getItem(input.itemId) : undefined;
    if (!item?.ok || item.value.status !== 'active') return fail('ITEM_NOT_FOUND', { id: input.itemId ?? '' });
    return ok({ items: [item.value], forms: { [item.value.id]: input.form } });
  }

  /** 预审: form, materials (with 免提交), identity and authoritative data; then the rule set where 秒批 applies. */
  async function prepare(applicant: Principal, item: ItemDetail, formValues: Record<string, unknown>, offered: OfferedMaterial[], now: Date): Promise<Result<Prepared, ApplicationErrorCode>> {
    const today = toChinaDate(now);
    if (item.target !== 'both' && item.target !== applicant.kind) {
      const target = targetNames[item.target];
      return fail('TARGET_MISMATCH', { item: item.name, target: target.zh });
    }
    const form = procedures.validateForm(item.id, formValues, today);
    if (!form.ok) {
      const details = form.errors.map((e) => ({ field: e.field, reason: e.reason }));
      return fail('FORM_INVALID', { count: details.length }, details);
    }
    const held = await certificates.heldTypes(applicant.accountId, now);
    const check = checkMaterials(item.materials, offered, held);
    if (check.unknown.length > 0) return fail('MATERIAL_UNKNOWN', { position: check.unknown[0]! });
    if (check.missing.length > 0) {
      const details = check.missing.map((m) => ({ field: `materials.${m.position}`, reason: { zh: `缺少“${m.name}”`, en: `missing: ${m.name}` } }));
      return fail('MATERIALS_MISSING', { names: check.missing.map((m) => m.name).join('、') }, details);
    }
    for (const material of check.resolved) {
      if (material.source === 'certificate') {
        const expected = item.materials[material.position]?.certificateType;
        const offeredCheck = await certificates.checkOffered(applicant.accountId, material.certificateId!, expected, now);
        if (!offeredCheck.ok) return fail('CERTIFICATE_REJECTED', { reason: offeredCheck.message.zh });
      }
      if (material.source === 'upload') {
        const owned = await db.selectFrom('attachments').select('id').where('id', '=', material.attachmentId!).where('owner_id', '=', applicant.accountId).executeTakeFirst();
        if (!owned) return fail('ATTACHMENT_NOT_FOUND', { id: material.attachmentId! });
      }
    }
    const account = await identity.getAccount(applicant.accountId);
    if (!account.ok) return fail('NOT_YOUR_CASE');
    const { idNumber, creditCode, name } = account.value;
    const person = idNumber ? await departmentData.person(idNumber) : null;
    const enterprise = creditCode ? await departmentData.enterprise(creditCode) : null;
    const findings: PreReviewFinding[] = [];
    if (idNumber && person?.name && person.name !== name) {
      findings.push({ code: 'NAME_MISMATCH', message: { zh: `申请人姓名与户籍登记（${person.name.slice(0, 1)}**）不一致`, en: 'The applicant’s name differs from the population register' } });
    }
    if (creditCode && enterprise && enterprise.status !== '存续') {
      findings.push({ code: 'ENTERPRISE_NOT_ACTIVE', message: { zh: `企业登记状态为“${enterprise.status}”，不能办理`, en: `The enterprise is registered as "${enterprise.status}"` } });
    }
    if (findings.length > 0) {
      return fail('PRE_REVIEW_FAILED', { reason: findings.map((f) => f.message.zh).join('；') }, findings.map((f) => ({ field: f.code, reason: f.message })));
    }
    const ruleSet = item.autoApprovable ? procedures.ruleSetOf(item.id) : undefined;
    const materialsProvided: Record<string, { provided: boolean }> = {};
    for (const material of check.resolved) {
      const type = item.materials[material.position]?.certificateType;
      if (type) materialsProvided[type] = { provided: true };
    }
    const decision = ruleSet
      ? procedures.evaluate(ruleSet, procedures.buildFacts({ applicant: { id: applicant.accountId, kind: applicant.kind as 'person' | 'enterprise', name, idNumber, creditCode }, form: form.values, person, enterprise, materials: materialsProvided, today }))
      : undefined;
    return ok({ item, form: form.values, materials: check.resolved, preReview: { complete: true, findings: [] }, decision });
  }

  async function notify(executor: Executor, row: repo.ApplicationRow, template: string, params: Record<string, unknown>): Promise<void> {
    const item = row.item_id ? await catalog.getItem(row.item_id) : undefined;
    const text = notificationFor(template, { ...params, item: item?.ok ? item.value.name : '', number: row.number, dueOn: row.due_on });
    await repo.insertMessage(executor, { accountId: row.applicant_id, applicationId: row.parent_id ?? row.id, template, ...text });
  }

  /** Carries out a transition's effects in the caller's transaction; 秒批 and manual approval both end in `issue`. */
  async function apply(tx: Executor, row: repo.ApplicationRow, state: CaseState, effects: Effect[], now: Date): Promise<repo.ApplicationRow> {
    const calendar = await deps.calendar();
    const today = toChinaDate(now);
    let current: repo.ApplicationRow = { ...row, state, status: state.status };
    const patch: repo.ApplicationPatch = { state, status: state.status };
    const follow: WorkflowEvent[] = [];
    for (const effect of effects) {
      switch (effect.type) {
        case 'record_event':
          await repo.insertEvent(tx, {
            application_id: row.id,
            activity: effect.activity,
            label: effect.label.zh,
            at: new Date(effect.at),
            actor_role: effect.actor.role,
            actor_id: effect.actor.id,
            department_id: row.department_id,
            item_id: row.item_id,
            data: { ...(effect.data ?? {}), labelEn: effect.label.en },
          });
          break;
        case 'notify_applicant':
          break; // sent below, once the row carries its new dates
        case 'start_clock': {
          const item = await catalog.getItem(row.item_id!);
          const days = item.ok ? item.value.promisedTimeLimitDays : 0;
          patch.due_on = calendar.addWorkingDays(today, days);
          patch.paused_on = null;
          break;
        }
        case 'pause_clock':
          patch.paused_on = today;
          break;
        case 'resume_clock':
          if (current.due_on && current.paused_on) patch.due_on = calendar.dueDateAfterPause(current.due_on, current.paused_on, today);
          patch.paused_on = null;
          break;
        case 'issue_certificate': {
          const certificate = await certificates.issue(tx, {
            applicationId: row.id,
            itemId: row.item_id!,
            holderAccountId: row.applicant_id,
            issuerDepartmentId: row.department_id!,
            data: Object.fromEntries(Object.entries(row.form).filter(([, v]) => typeof v === 'string' || typeof v === 'number').map(([k, v]) => [k, String(v)])),
            issuedAt: now,
          });
          patch.certificate_id = certificate.id;
          follow.push({ type: 'issue', certificateId: certificate.id, actor: { role: 'system', id: 'system' }, at: now.toISOString() });
          break;
        }
        case 'request_human_review':
          await repo.insertEvent(tx, {
            application_id: row.id,
            activity: 'human_review_requested',
            label: '转人工审核',
            at: now,
            actor_role: 'system',
            actor_id: 'system',
            department_id: row.department_id,
            item_id: row.item_id,
            data: { reason: effect.reason, failedRules: effect.failedRules },
          });
          break;
        case 'close_case':
          patch.closed_at = now;
          patch.paused_on = null;
          break;
      }
    }
    await repo.updateApplication(tx, row.id, patch, now);
    current = { ...current, ...patch, state, status: state.status } as repo.ApplicationRow;
    for (const effect of effects) {
      if (effect.type === 'notify_applicant') {
        const certificate = current.certificate_id ? await tx.selectFrom('certificates' as never).select('number' as never).where('id' as never, '=', current.certificate_id as never).executeTakeFirst() : undefined;
        await notify(tx, current, effect.template, { ...effect.params, certificateNumber: (certificate as { number?: string } | undefined)?.number });
      }
    }
    for (const event of follow) {
      const result = transition(procedures.workflowOf(row.item_id!), current.state as CaseState, event);
      if (!result.ok) throw new Error(`issue after approval refused: ${result.error.code}`);
      current = await apply(tx, current, result.state, result.effects, now);
    }
    return current;
  }

  async function refreshParent(tx: Executor, parentId: string | null, now: Date): Promise<void> {
    if (!parentId) return;
    const children = await repo.findChildren(tx, parentId);
    const status = bundleStatus(children.map((c) => c.status));
    const closed = children.every((c) => isClosed((c.state as CaseState).status));
    const dueOn = children.map((c) => c.due_on).filter((d): d is string => d !== null).sort().at(-1) ?? null;
    await repo.updateApplication(tx, parentId, { status, due_on: dueOn, closed_at: closed ? now : null }, now);
  }

  async function submit(applicant: Principal, input: SubmitInput, idempotencyKey: string | undefined, now = new Date()): Promise<Result<{ id: string; replayed: boolean }, ApplicationErrorCode>> {
    if (idempotencyKey) {
      const existing = await repo.findByIdempotencyKey(db, applicant.accountId, idempotencyKey);
      if (existing) return ok({ id: existing.id, replayed: true });
    }
    const resolved = await itemsOf(input);
    if (!resolved.ok) return resolved;
    const prepared: Prepared[] = [];
    for (const item of resolved.value.items) {
      const offered = input.materials.filter((m) => (input.bundleId ? m.itemId === item.id : true));
      const result = await prepare(applicant, item, resolved.value.forms[item.id] ?? {}, offered, now);
      if (!result.ok) return result as Failure;
      prepared.push(result.value);
    }
    const today = toChinaDate(now);
    try {
      const id = await db.transaction().execute(async (tx) => {
        let parentId: string | null = null;
        if (input.bundleId) {
          const parent = await repo.insertApplication(tx, {
            number: formatApplicationNumber(today, await repo.nextApplicationSequence(tx)),
            applicant_id: applicant.accountId,
            kind: 'bundle',
            item_id: null,
            bundle_id: input.bundleId,
            parent_id: null,
            department_id: null,
            status: 'pending_acceptance',
            state: JSON.stringify({ status: 'pending_acceptance' }),
            form: JSON.stringify(input.form),
            materials: JSON.stringify([]),
            pre_review: null,
            decision: null,
            supplement_request: null,
            certificate_id: null,
            idempotency_key: idempotencyKey ?? null,
            submitted_on: today,
            due_on: null,
            paused_on: null,
          });
          parentId = parent.id;
        }
        let firstId = parentId;
        for (const part of prepared) {
          const state = initialCaseState({ departmentId: part.item.department.id, applicantId: applicant.accountId });
          const row = await repo.insertApplication(tx, {
            number: formatApplicationNumber(today, await repo.nextApplicationSequence(tx)),
            applicant_id: applicant.accountId,
            kind: 'item',
            item_id: part.item.id,
            bundle_id: null,
            parent_id: parentId,
            department_id: part.item.department.id,
            status: state.status,
            state: JSON.stringify(state),
            form: JSON.stringify(part.form),
            materials: JSON.stringify(part.materials),
            pre_review: JSON.stringify(part.preReview),
            decision: part.decision ? JSON.stringify(part.decision) : null,
            supplement_request: null,
            certificate_id: null,
            idempotency_key: parentId ? null : (idempotencyKey ?? null),
            submitted_on: today,
            due_on: null,
            paused_on: null,
          });
          firstId ??= row.id;
          const result = transition(procedures.workflowOf(part.item.id), state, {
            type: 'submit',
            actor: { role: applicant.role as Actor['role'], id: applicant.accountId },
            at: now.toISOString(),
            preReview: part.preReview,
            ...(part.decision ? { autoDecision: part.decision } : {}),
          });
          if (!result.ok) throw new Error(`submit refused by the workflow: ${result.error.code}`);
          await apply(tx, row, result.state, result.effects, now);
        }
        await refreshParent(tx, parentId, now);
        if (input.draftId) await tx.deleteFrom('drafts').where('id', '=', input.draftId).where('applicant_id', '=', applicant.accountId).execute();
        return firstId!;
      });
      return ok({ id, replayed: false });
    } catch (error) {
      // Two identical submissions raced: the second answers with the first one's case.
      if (idempotencyKey && isUniqueViolation(error)) {
        const existing = await repo.findByIdempotencyKey(db, applicant.accountId, idempotencyKey);
        if (existing) return ok({ id: existing.id, replayed: true });
      }
      throw error;
    }
  }

  function eventFor(input: ActionInput, actor: Actor, now: Date, changed: boolean): WorkflowEvent {
    const at = now.toISOString();
    switch (input.action) {
      case 'accept':
      case 'claim':
      case 'release':
        return { type: input.action, actor, at };
      case 'approve':
        return { type: 'approve', actor, at, ...(input.comment ? { comment: input.comment } : {}) };
      case 'reject':
      case 'deny':
        return { type: input.action, actor, at, reason: input.reason };
      case 'withdraw':
        return { type: 'withdraw', actor, at, ...(input.reason ? { reason: input.reason } : {}) };
      case 'request-supplement':
        return { type: 'request_supplement', actor, at, items: input.items.map((i) => ({ reason: i.reason, ...(i.material ? { material: i.material } : {}), ...(i.field ? { field: i.field } : {}) })) };
      case 'supplement':
        return { type: 'supplement', actor, at, changed };
    }
  }

  /** An officer's, supervisor's or applicant's action on one case, in one transaction with its effects. */
  async function act(principal: Principal, id: string, input: ActionInput, now = new Date()): Promise<Result<{ id: string }, ApplicationErrorCode>> {
    const row = await repo.findApplication(db, id);
    if (!row || row.kind !== 'item') return fail('APPLICATION_NOT_FOUND', { id });
    const staff = principal.role === 'officer' || principal.role === 'supervisor';
    if (!staff && row.applicant_id !== principal.accountId) return fail('APPLICATION_NOT_FOUND', { id });
    if (principal.role === 'officer' && principal.departmentId !== row.department_id) return fail('NOT_YOUR_CASE');
    if (isClosed((row.state as CaseState).status)) return fail('CASE_CLOSED');
    let patch: repo.ApplicationPatch = {};
    let changed = false;
    if (input.action === 'supplement') {
      const item = await catalog.getItem(row.item_id!);
      if (!item.ok) return fail('ITEM_NOT_FOUND', { id: row.item_id! });
      const form = input.form ?? row.form;
      const offered = input.materials ?? (row.materials as ResolvedMaterial[]).map((m) => ({ position: m.position, attachmentId: m.attachmentId, certificateId: m.source === 'certificate' ? m.certificateId : undefined }));
      const prepared = await prepare(principal, item.value, form, offered, now);
      if (!prepared.ok) return prepared as Failure;
      changed = JSON.stringify(prepared.value.form) !== JSON.stringify(row.form) || JSON.stringify(prepared.value.materials) !== JSON.stringify(row.materials);
      patch = { form: prepared.value.form, materials: prepared.value.materials, supplement_request: null };
    }
    if (input.action === 'request-supplement') patch = { supplement_request: { items: input.items, at: now.toISOString() } };
    const actor = actorOf(principal, row.department_id);
    const result = transition(procedures.workflowOf(row.item_id!), row.state as CaseState, eventFor(input, actor, now, changed));
    if (!result.ok) {
      if (result.error.code === 'CASE_CLOSED') return fail('CASE_CLOSED');
      if (result.error.code === 'ROLE_NOT_ALLOWED') return fail('NOT_YOUR_CASE');
      return fail('ACTION_REFUSED', { reason: result.error.message.zh });
    }
    await db.transaction().execute(async (tx) => {
      const locked = await repo.findApplication(tx, id, { forUpdate: true });
      // Someone else acted meanwhile: refuse rather than apply a decision made on a stale view.
      if (!locked || locked.revision !== row.revision) throw new StaleCaseError();
      if (Object.keys(patch).length > 0) await repo.updateApplication(tx, id, patch, now);
      const updated = { ...locked, ...patch, revision: locked.revision + 1 } as repo.ApplicationRow;
      await apply(tx, updated, result.state, result.effects, now);
      await refreshParent(tx, row.parent_id, now);
    }).catch((error: unknown) => {
      if (error instanceof StaleCaseError) return;
      throw error;
    });
    const after = await repo.findApplication(db, id);
    if (after && after.revision === row.revision) return fail('ACTION_REFUSED', { reason: '办件已被他人处理，请刷新后重试' });
    return ok({ id });
  }

  return { submit, act };
}

class StaleCaseError extends Error {}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;
