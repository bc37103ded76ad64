import { createHash } from 'node:crypto';
import type { Db } from '../../db/database.js';
import { toChinaDate, type WorkCalendar } from '../../engines/calendar/index.js';
import type { Principal } from '../../plugins/access.js';
import { fail, ok, type Result } from '../../plugins/errors.js';
import { isBadRating, notificationFor, ratingLevels, rectificationWorkingDays } from './applications.domain.js';
import type { ApplicationErrorCode } from './applications.errors.js';
import * as repo from './applications.repository.js';

export type AttachmentInput = { filename: string; mediaType: string; content: Buffer };
export const attachmentLimitBytes = 5 * 1024 * 1024;
const mediaSignatures: Record<string, (b: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
};
export const attachmentMediaTypes = Object.keys(mediaSignatures);

/** Ratings (好差评) with rectification of bad ones, deadline extensions (延期), messages, drafts and attachments. */
export function createApplicationFeedback(deps: { db: Db; calendar: () => Promise<WorkCalendar> }) {
  const { db } = deps;

  async function rate(principal: Principal, applicationId: string, input: { level: number; reasons: string[]; comment: string }, now = new Date()): Promise<Result<{ id: string; rectificationId: string | null }, ApplicationErrorCode>> {
    const row = await repo.findApplication(db, applicationId);
    if (!row || row.applicant_id !== principal.accountId) return fail('APPLICATION_NOT_FOUND', { id: applicationId });
    if (!row.closed_at) return fail('NOT_RATABLE');
    const existing = await db.selectFrom('ratings').select('id').where('application_id', '=', applicationId).executeTakeFirst();
    if (existing) return fail('NOT_RATABLE');
    const calendar = await deps.calendar();
    const departmentId = row.department_id ?? (await repo.findChildren(db, row.id))[0]?.department_id ?? null;
    return ok(
      await db.transaction().execute(async (tx) => {
        const rating = await tx
          .insertInto('ratings')
          .values({ application_id: applicationId, rater_id: principal.accountId, level: input.level, reasons: JSON.stringify(input.reasons), comment: input.comment })
          .returning('id')
          .executeTakeFirstOrThrow();
        let rectificationId: string | null = null;
        if (isBadRating(input.level) && departmentId) {
          const task = await tx
            .insertInto('rectifications')
            .values({ rating_id: rating.id, department_id: departmentId, due_on: calendar.addWorkingDays(toChinaDate(now), rectificationWorkingDays), answer: null, answered_by: null })
            .returning('id')
            .executeTakeFirstOrThrow();
          rectificationId = task.id;
        }
        await repo.insertEvent(tx, {
          application_id: applicationId,
          activity: 'rated',
          label: `评价：${ratingLevels[input.level]!.zh}`,
          at: now,
          actor_role: principal.role,
          actor_id: principal.accountId,
          department_id: departmentId,
          item_id: row.item_id,
          data: { level: input.level, labelEn: `Rated: ${ratingLevels[input.level]!.en}` },
        });
        return { id: rating.id, rectificationId };
      }),
    );
  }

  async function ratingOf(applicationId: string) {
    const rating = await db.selectFrom('ratings').selectAll().where('application_id', '=', applicationId).executeTakeFirst();
    if (!rating) return null;
    const task = await db.selectFrom('rectifications').selectAll().where('rating_id', '=', rating.id).executeTakeFirst();
    return {
      level: rating.level,
      label: ratingLevels[rating.level]!,
      reasons: rating.reasons,
      comment: rating.comment,
      createdAt: rating.created_at.toISOString(),
      rectification: task ? { id: task.id, status: task.status, dueOn: task.due_on, answer: task.answer, answeredAt: task.answered_at?.toISOString() ?? null } : null,
    };
  }

  async function listRectifications(principal: Principal, status: 'open' | 'answered' | undefined) {
    let query = db
      .selectFrom('rectifications')
      .innerJoin('ratings', 'ratings.id', 'rectifications.rating_id')
      .innerJoin('applications', 'applications.id', 'ratings.application_id')
      .select(['rectifications.id', 'rectifications.status', 'rectifications.due_on', 'rectifications.answer', 'rectifications.department_id', 'ratings.level', 'ratings.reasons', 'ratings.comment', 'applications.id as application_id', 'applications.number'])
      .orderBy('rectifications.due_on');
    if (principal.role === 'officer') query = query.where('rectifications.department_id', '=', principal.departmentId ?? '-');
    if (status) query = query.where('rectifications.status', '=', status);
    const rows = await query.execute();
    return rows.map((r) => ({
      id: r.id,
      status: r.status,
      dueOn: r.due_on,
      answer: r.answer,
      departmentId: r.department_id,
      level: r.level,
      reasons: r.reasons,
      comment: r.comment,
      applicationId: r.application_id,
      number: r.number,
    }));
  }

  async function answerRectification(principal: Principal, id: string, answer: string, now = new Date()): Promise<Result<{ id: string }, ApplicationErrorCode>> {
    const task = await db
      .selectFrom('rectifications')
      .innerJoin('ratings', 'ratings.id', 'rectifications.rating_id')
      .innerJoin('departments', 'departments.id', 'rectifications.department_id')
      .select(['rectifications.id', 'rectifications.department_id', 'rectifications.status', 'ratings.application_id', 'ratings.rater_id', 'departments.name'])
      .where('rectifications.id', '=', id)
      .executeTakeFirst();
    if (!task || (principal.role === 'officer' && principal.departmentId !== task.department_id)) return fail('RECTIFICATION_NOT_FOUND', { id });
    if (task.status !== 'open') return fail('ACTION_REFUSED', { reason: '该整改任务已答复' });
    await db.transaction().execute(async (tx) => {
      await tx.updateTable('rectifications').set({ status: 'answered', answer, answered_by: principal.accountId, answered_at: now }).where('id', '=', id).execute();
      const text = notificationFor('rectified', { department: task.name, answer });
      await repo.insertMessage(tx, { accountId: task.rater_id, applicationId: task.application_id, template: 'rectified', ...text });
    });
    return ok({ id });
  }

  /** 延期: a supervisor moves the due date by working days, with a reason the applicant is told. */
  async function extend(principal: Principal, id: string, days: number, reason: string, now = new Date()): Promise<Result<{ dueOn: string }, ApplicationErrorCode>> {
    const row = await repo.findApplication(db, id);
    if (!row || row.kind !== 'item') return fail('APPLICATION_NOT_FOUND', { id });
    if (row.closed_at) return fail('CASE_CLOSED');
    if (!row.due_on) return fail('ACTION_REFUSED', { reason: '办件尚未开始计时' });
    const calendar = await deps.calendar();
    const dueOn = calendar.extendDueDate(row.due_on, days);
    await db.transaction().execute(async (tx) => {
      await repo.updateApplication(tx, id, { due_on: dueOn, extended_days: row.extended_days + days }, now);
      await repo.insertEvent(tx, {
        application_id: id,
        activity: 'extended',
        label: `延期 ${days} 个工作日`,
        at: now,
        actor_role: principal.role,
        actor_id: principal.accountId,
        department_id: row.department_id,
        item_id: row.item_id,
        data: { days, reason, dueOn, labelEn: `Extended by ${days} working days` },
      });
      const item = row.item_id ? await tx.selectFrom('service_items').select('name').where('id', '=', row.item_id).executeTakeFirst() : undefined;
      const text = notificationFor('extended', { item: item?.name ?? '', number: row.number, days, dueOn, reason });
      await repo.insertMessage(tx, { accountId: row.applicant_id, applicationId: row.parent_id ?? row.id, template: 'extended', ...text });
    });
    return ok({ dueOn });
  }

  async function messages(principal: Principal) {
    const rows = await repo.findMessages(db, principal.accountId, 100);
    return rows.map((m) => ({ id: m.id, applicationId: m.application_id, template: m.template, title: m.title, body: m.body, createdAt: m.created_at.toISOString(), read: m.read_at !== null }));
  }

  async function storeAttachment(principal: Principal, input: AttachmentInput): Promise<Result<{ id: string; sha256: string; size: number; mediaType: string; filename: string }, ApplicationErrorCode>> {
    if (input.content.length > attachmentLimitBytes) return fail('ATTACHMENT_TOO_LARGE', { limit: attachmentLimitBytes / 1024 / 1024 });
    const matches = mediaSignatures[input.mediaType];
    if (!matches || !matches(input.content)) return fail('ATTACHMENT_TYPE');
    const sha256 = createHash('sha256').update(input.content).digest('hex');
    const row = await db
      .insertInto('attachments')
      .values({ owner_id: principal.accountId, sha256, size: input.content.length, media_type: input.mediaType, filename: input.filename, content: input.content })
      .onConflict((oc) => oc.columns(['owner_id', 'sha256']).doUpdateSet({ filename: input.filename }))
      .returning(['id', 'sha256', 'size', 'media_type', 'filename'])
      .executeTakeFirstOrThrow();
    return ok({ id: row.id, sha256: row.sha256, size: row.size, mediaType: row.media_type, filename: row.filename });
  }

  async function readAttachment(principal: Principal, id: string) {
    const row = await db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const staff = principal.role === 'officer' || principal.role === 'supervisor' || principal.role === 'auditor';
    return row.owner_id === principal.accountId || staff ? row : undefined;
  }

  async function saveDraft(principal: Principal, draft: { id?: string | undefined; itemId?: string | undefined; bundleId?: string | undefined; form: Record<string, unknown>; materials: unknown[] }, now = new Date()) {
    const values = { form: JSON.stringify(draft.form), materials: JSON.stringify(draft.materials), updated_at: now };
    if (draft.id) {
      const result = await db.updateTable('drafts').set(values).where('id', '=', draft.id).where('applicant_id', '=', principal.accountId).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0 ? draft.id : undefined;
    }
    const row = await db
      .insertInto('drafts')
      .values({ ...values, applicant_id: principal.accountId, item_id: draft.itemId ?? null, bundle_id: draft.bundleId ?? null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async function drafts(principal: Principal, id?: string) {
    let query = db.selectFrom('drafts').selectAll().where('applicant_id', '=', principal.accountId).orderBy('updated_at', 'desc');
    if (id) query = query.where('id', '=', id);
    const rows = await query.execute();
    return rows.map((d) => ({ id: d.id, itemId: d.item_id, bundleId: d.bundle_id, form: d.form, materials: d.materials, updatedAt: d.updated_at.toISOString() }));
  }

  async function deleteDraft(principal: Principal, id: string): Promise<boolean> {
    const result = await db.deleteFrom('drafts').where('id', '=', id).where('applicant_id', '=', principal.accountId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  return { rate, ratingOf, listRectifications, answerRectification, extend, messages, markRead: (p: Principal, id: string) => repo.markMessageRead(db, p.accountId, id, new Date()), storeAttachment, readAttachment, saveDraft, drafts, deleteDraft };
}

export type ApplicationFeedback = ReturnType<typeof createApplicationFeedback>;
