import type { Db } from '../../db/database.js';
import { toChinaDate, type WorkCalendar } from '../../engines/calendar/index.js';
import { explainEvaluationBilingual, type Evaluation } from '../../engines/rules/index.js';
import { availableActions, isClosed, stageOf, stageNames, statusNames, type CaseState, type CaseStatus } from '../../engines/workflow/index.js';
import type { Principal } from '../../plugins/access.js';
import { fail, ok, type Result } from '../../plugins/errors.js';
import type { Localized } from '../../plugins/language.js';
import type { CatalogService } from '../catalog/index.js';
import { maskIdNumber, type IdentityService } from '../identity/index.js';
import { deadlineState, type DeadlineState } from './applications.domain.js';
import type { ApplicationErrorCode } from './applications.errors.js';
import type { ProcedureSource } from './applications.ports.js';
import * as repo from './applications.repository.js';

export type TimelineEntry = { activity: string; label: Localized; at: string; actorRole: string; data: Record<string, unknown> };

export type ApplicationView = {
  id: string;
  number: string;
  kind: 'item' | 'bundle';
  item: { id: string; name: string } | null;
  bundle: { id: string; name: string } | null;
  department: { id: string; name: string } | null;
  applicant: { name: string; idNumber: string | null; creditCode: string | null };
  status: string;
  statusLabel: Localized;
  stage: Localized;
  form: Record<string, unknown>;
  materials: unknown[];
  decision: (Evaluation & { explanation: Localized }) | null;
  supplementRequest: unknown;
  certificateId: string | null;
  submittedOn: string | null;
  dueOn: string | null;
  pausedOn: string | null;
  extendedDays: number;
  deadline: DeadlineState;
  workingDaysLeft: number | null;
  actions: string[];
  timeline: TimelineEntry[];
  parts: ApplicationView[];
  createdAt: string;
};

const bundleStatusNames: Record<string, Localized> = { partially_issued: { zh: '部分办结', en: 'partly completed' } };

function labelOf(status: string): { statusLabel: Localized; stage: Localized } {
  const known = statusNames[status as CaseStatus];
  if (known) return { statusLabel: known, stage: stageNames[stageOf(status as CaseStatus)] };
  return { statusLabel: bundleStatusNames[status] ?? { zh: status, en: status }, stage: stageNames['办结'] ?? { zh: '办结', en: 'Completed' } };
}

const actionNamesForApi: Record<string, string> = { request_supplement: 'request-supplement' };

export type ViewDeps = { db: Db; catalog: CatalogService; identity: IdentityService; procedures: ProcedureSource; calendar: () => Promise<WorkCalendar> };

export function createApplicationViews(deps: ViewDeps) {
  const { db, catalog, identity, procedures } = deps;

  function canSee(viewer: Principal, row: repo.ApplicationRow, children: repo.ApplicationRow[]): boolean {
    if (row.applicant_id === viewer.accountId) return true;
    if (viewer.role === 'supervisor' || viewer.role === 'auditor') return true;
    if (viewer.role === 'officer') return [row, ...children].some((r) => r.department_id === viewer.departmentId);
    return false;
  }

  async function view(viewer: Principal, row: repo.ApplicationRow, children: repo.ApplicationRow[], calendar: WorkCalendar, withTimeline: boolean): Promise<ApplicationView> {
    const today = toChinaDate(new Date());
    const [item, bundle, applicant] = await Promise.all([
      row.item_id ? catalog.getItem(row.item_id) : undefined,
      row.bundle_id ? catalog.getBundle(row.bundle_id) : undefined,
      identity.getAccount(row.applicant_id),
    ]);
    const owner = row.applicant_id === viewer.accountId;
    const closed = row.closed_at !== null;
    const workingDaysLeft = row.due_on ? calendar.countWorkingDays(today, row.due_on) : null;
    const events = withTimeline ? await repo.findEvents(db, [row.id]) : [];
    const state = row.state as CaseState;
    const decision = row.decision as Evaluation | null;
    const role = viewer.role === 'admin' || viewer.role === 'auditor' ? undefined : viewer.role;
    const actions =
      row.kind === 'item' && role && !isClosed(state.status) && (owner || role === 'officer' || role === 'supervisor')
        ? availableActions(procedures.workflowOf(row.item_id!), state, role as never).map((a) => actionNamesForApi[a] ?? a)
        : [];
    const parts = await Promise.all(children.map((child) => view(viewer, child, [], calendar, withTimeline)));
    return {
      id: row.id,
      number: row.number,
      kind: row.kind as 'item' | 'bundle',
      item: item?.ok ? { id: item.value.id, name: item.value.name } : null,
      bundle: bundle?.ok ? { id: bundle.value.id, name: bundle.value.name } : null,
      department: item?.ok ? item.value.department : null,
      applicant: {
        name: applicant.ok ? applicant.value.name : '',
        idNumber: applicant.ok && applicant.value.idNumber ? (owner ? applicant.value.idNumber : maskIdNumber(applicant.value.idNumber)) : null,
        creditCode: applicant.ok ? applicant.value.creditCode : null,
      },
      status: row.status,
      ...labelOf(row.status),
      form: row.form,
      materials: row.materials,
      decision: decision ? { ...decision, explanation: explainEvaluationBilingual(decision) } : null,
      supplementRequest: row.supplement_request,
      certificateId: row.certificate_id,
      submittedOn: row.submitted_on,
      dueOn: row.due_on,
      pausedOn: row.paused_on,
      extendedDays: row.extended_days,
      deadline: deadlineState({ dueOn: row.due_on, pausedOn: row.paused_on, closed, today, workingDaysLeft }),
      workingDaysLeft,
      actions,
      timeline: events.map((e) => ({
        activity: e.activity,
        label: { zh: e.label, en: typeof e.data.labelEn === 'string' ? e.data.labelEn : e.label },
        at: e.at.toISOString(),
        actorRole: e.actor_role,
        data: Object.fromEntries(Object.entries(e.data).filter(([k]) => k !== 'labelEn')),
      })),
      parts,
      createdAt: row.created_at.toISOString(),
    };
  }

  async function getApplication(viewer: Principal, id: string): Promise<Result<ApplicationView, ApplicationErrorCode>> {
    const row = await repo.findApplication(db, id);
    if (!row) return fail('APPLICATION_NOT_FOUND', { id });
    const children = row.kind === 'bundle' ? await repo.findChildren(db, row.id) : [];
    if (!canSee(viewer, row, children)) return fail('APPLICATION_NOT_FOUND', { id });
    return ok(await view(viewer, row, children, await deps.calendar(), true));
  }

  /** Applicants see their own cases; officers their department's queue by deadline; supervisors and auditors every case. */
  async function listApplications(viewer: Principal, query: { status?: string[] | undefined; overdue?: boolean | undefined; mine?: boolean | undefined; page: number; pageSize: number }) {
    const staff = viewer.role === 'officer' || viewer.role === 'supervisor' || viewer.role === 'auditor';
    const today = toChinaDate(new Date());
    const { rows, total } = await repo.findApplications(db, {
      applicantId: staff ? undefined : viewer.accountId,
      departmentId: viewer.role === 'officer' ? (viewer.departmentId ?? '-') : undefined,
      statuses: query.status,
      overdueBefore: query.overdue ? today : undefined,
      assignee: query.mine && staff ? viewer.accountId : undefined,
      topLevelOnly: !staff,
      orderByDue: staff,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    const calendar = await deps.calendar();
    const views = [];
    for (const row of rows) {
      const children = row.kind === 'bundle' ? await repo.findChildren(db, row.id) : [];
      views.push(await view(viewer, row, children, calendar, false));
    }
    return { applications: views, total, page: query.page, pageSize: query.pageSize };
  }

  return { getApplication, listApplications };
}

export type ApplicationViews = ReturnType<typeof createApplicationViews>;
