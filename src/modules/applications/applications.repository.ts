import { sql, type Insertable, type Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Database } from '../../db/schema.js';

export type ApplicationRow = Selectable<Database['applications']>;
export type CaseEventRow = Selectable<Database['case_events']>;

export async function nextApplicationSequence(db: Executor): Promise<number> {
  const row = await sql<{ n: string }>`select nextval('application_number_seq') as n`.execute(db);
  return Number(row.rows[0]!.n);
}

export async function insertApplication(db: Executor, values: Insertable<Database['applications']>): Promise<ApplicationRow> {
  return db.insertInto('applications').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findApplication(db: Executor, id: string, options: { forUpdate?: boolean } = {}): Promise<ApplicationRow | undefined> {
  let query = db.selectFrom('applications').selectAll().where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function findByIdempotencyKey(db: Executor, applicantId: string, key: string): Promise<ApplicationRow | undefined> {
  return db.selectFrom('applications').selectAll().where('applicant_id', '=', applicantId).where('idempotency_key', '=', key).executeTakeFirst();
}

export async function findChildren(db: Executor, parentId: string): Promise<ApplicationRow[]> {
  return db.selectFrom('applications').selectAll().where('parent_id', '=', parentId).orderBy('number').execute();
}

export type ApplicationPatch = Partial<Pick<ApplicationRow, 'status' | 'form' | 'materials' | 'supplement_request' | 'certificate_id' | 'due_on' | 'paused_on' | 'extended_days' | 'closed_at' | 'decision' | 'pre_review'>> & { state?: unknown };

export async function updateApplication(db: Executor, id: string, patch: ApplicationPatch, now: Date): Promise<void> {
  const { state, form, materials, decision, pre_review, supplement_request, ...rest } = patch;
  await db
    .updateTable('applications')
    .set({
      ...rest,
      ...(state !== undefined ? { state: JSON.stringify(state) } : {}),
      ...(form !== undefined ? { form: JSON.stringify(form) } : {}),
      ...(materials !== undefined ? { materials: JSON.stringify(materials) } : {}),
      ...(decision !== undefined ? { decision: decision === null ? null : JSON.stringify(decision) } : {}),
      ...(pre_review !== undefined ? { pre_review: pre_review === null ? null : JSON.stringify(pre_review) } : {}),
      ...(supplement_request !== undefined ? { supplement_request: supplement_request === null ? null : JSON.stringify(supplement_request) } : {}),
      updated_at: now,
      revision: sql`revision + 1`,
    })
    .where('id', '=', id)
    .execute();
}

export type ApplicationFilter = {
  applicantId?: string | undefined;
  departmentId?: string | undefined;
  statuses?: string[] | undefined;
  overdueBefore?: string | undefined;
  assignee?: string | undefined;
  topLevelOnly: boolean;
  offset: number;
  limit: number;
  orderByDue: boolean;
};

export async function findApplications(db: Executor, filter: ApplicationFilter): Promise<{ rows: ApplicationRow[]; total: number }> {
  let query = db.selectFrom('applications');
  if (filter.applicantId) query = query.where('applicant_id', '=', filter.applicantId);
  if (filter.departmentId) query = query.where('department_id', '=', filter.departmentId);
  if (filter.statuses) query = query.where('status', 'in', filter.statuses);
  if (filter.overdueBefore) query = query.where('due_on', '<', filter.overdueBefore).where('paused_on', 'is', null);
  if (filter.assignee) query = query.where(sql<string>`state->>'assignee'`, '=', filter.assignee);
  if (filter.topLevelOnly) query = query.where('parent_id', 'is', null);
  const ordered = filter.orderByDue
    ? query.selectAll().orderBy(sql`due_on asc nulls last`).orderBy('number')
    : query.selectAll().orderBy('created_at', 'desc').orderBy('number', 'desc');
  const [rows, count] = await Promise.all([
    ordered.offset(filter.offset).limit(filter.limit).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export async function insertEvent(db: Executor, event: Omit<Database['case_events'], 'id' | 'data' | 'at'> & { at: Date; data: Record<string, unknown> }): Promise<void> {
  await db.insertInto('case_events').values({ ...event, data: JSON.stringify(event.data) }).execute();
}

export async function findEvents(db: Executor, applicationIds: string[]): Promise<CaseEventRow[]> {
  if (applicationIds.length === 0) return [];
  return db.selectFrom('case_events').selectAll().where('application_id', 'in', applicationIds).orderBy('id').execute();
}

/** Every event of every top-level case and its parts, in order: the process-mining log. */
export async function findAllEvents(db: Executor): Promise<(CaseEventRow & { number: string })[]> {
  return db
    .selectFrom('case_events')
    .innerJoin('applications', 'applications.id', 'case_events.application_id')
    .selectAll('case_events')
    .select('applications.number')
    .orderBy('case_events.application_id')
    .orderBy('case_events.id')
    .execute();
}

export async function insertMessage(
  db: Executor,
  message: { accountId: string; applicationId: string | null; template: string; title: { zh: string; en: string }; body: { zh: string; en: string } },
): Promise<void> {
  await db
    .insertInto('messages')
    .values({ account_id: message.accountId, application_id: message.applicationId, template: message.template, title: JSON.stringify(message.title), body: JSON.stringify(message.body) })
    .execute();
}

export async function findMessages(db: Executor, accountId: string, limit: number) {
  return db.selectFrom('messages').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').limit(limit).execute();
}

export async function markMessageRead(db: Executor, accountId: string, id: string, now: Date): Promise<boolean> {
  const result = await db.updateTable('messages').set({ read_at: now }).where('id', '=', id).where('account_id', '=', accountId).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
