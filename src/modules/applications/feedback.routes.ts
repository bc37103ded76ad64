import { z } from 'zod';
import { ApiError, unwrap } from '../../plugins/errors.js';
import { errorBody, errorResponses, type App } from '../../plugins/http.js';
import { applicationErrors } from './applications.errors.js';
import { attachmentLimitBytes, attachmentMediaTypes, type ApplicationFeedback } from './applications.feedback.js';

const idParam = z.strictObject({ id: z.uuid() });
const localized = z.object({ zh: z.string(), en: z.string() });
const applicants = ['citizen', 'enterprise'] as const;
const notFound = (zh: string, en: string) => new ApiError(404, 'NOT_FOUND', { zh, en });

export function registerFeedbackRoutes(app: App, feedback: ApplicationFeedback) {
  for (const type of attachmentMediaTypes) {
    if (!app.hasContentTypeParser(type)) app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: attachmentLimitBytes + 1024 }, (_r, body, done) => done(null, body));
  }

  app.post('/api/applications/:id/rating', {
    config: { access: applicants },
    schema: {
      tags: ['feedback'],
      summary: 'Rate a completed case (好差评: 5 非常满意 … 1 非常不满意); a bad rating opens a rectification task',
      params: idParam,
      body: z.strictObject({ level: z.number().int().min(1).max(5), reasons: z.array(z.string().trim().min(1).max(100)).max(10).default([]), comment: z.string().trim().max(1000).default('') }),
      response: { 201: z.object({ id: z.string(), rectificationId: z.string().nullable() }), ...errorResponses, 409: errorBody },
    },
    handler: async (request, reply) => reply.code(201).send(unwrap(applicationErrors, await feedback.rate(request.principal!, request.params.id, request.body))),
  });

  app.get('/api/applications/:id/rating', {
    config: { access: [...applicants, 'officer', 'supervisor', 'auditor'] },
    schema: { tags: ['feedback'], summary: 'The rating of a case and the department’s answer', params: idParam, response: { 200: z.object({ rating: z.unknown() }), ...errorResponses } },
    handler: async (request) => ({ rating: await feedback.ratingOf(request.params.id) }),
  });

  app.get('/api/rectifications', {
    config: { access: ['officer', 'supervisor', 'auditor'] },
    schema: { tags: ['feedback'], summary: 'Rectification tasks of bad ratings (the department’s, or all for supervisors)', querystring: z.strictObject({ status: z.enum(['open', 'answered']).optional() }), response: { 200: z.object({ rectifications: z.array(z.record(z.string(), z.unknown())) }), ...errorResponses } },
    handler: async (request) => ({ rectifications: await feedback.listRectifications(request.principal!, request.query.status) }),
  });

  app.post('/api/rectifications/:id/answer', {
    config: { access: ['officer', 'supervisor'] },
    schema: { tags: ['feedback'], summary: 'Answer a bad rating; the applicant is told', params: idParam, body: z.strictObject({ answer: z.string().trim().min(5).max(2000) }), response: { 200: z.object({ id: z.string() }), ...errorResponses, 409: errorBody } },
    handler: async (request) => unwrap(applicationErrors, await feedback.answerRectification(request.principal!, request.params.id, request.body.answer)),
  });

  app.post('/api/applications/:id/extend', {
    config: { access: ['supervisor'] },
    schema: { tags: ['applications'], summary: 'Grant an extension (延期) in working days, with a reason', params: idParam, body: z.strictObject({ days: z.number().int().min(1).max(60), reason: z.string().trim().min(2).max(1000) }), response: { 200: z.object({ dueOn: z.string() }), ...errorResponses, 409: errorBody } },
    handler: async (request) => unwrap(applicationErrors, await feedback.extend(request.principal!, request.params.id, request.body.days, request.body.reason)),
  });

  app.get('/api/messages', {
    config: { access: 'authenticated' },
    schema: { tags: ['feedback'], summary: 'My in-app messages, newest first', response: { 200: z.object({ messages: z.array(z.object({ id: z.string(), applicationId: z.string().nullable(), template: z.string(), title: localized, body: localized, createdAt: z.string(), read: z.boolean() })) }), ...errorResponses } },
    handler: async (request) => ({ messages: await feedback.messages(request.principal!) }),
  });

  app.post('/api/messages/:id/read', {
    config: { access: 'authenticated' },
    schema: { tags: ['feedback'], summary: 'Mark a message read', params: idParam, response: { 204: z.null(), ...errorResponses } },
    handler: async (request, reply) => {
      if (!(await feedback.markRead(request.principal!, request.params.id))) throw notFound('消息不存在', 'No such message');
      return reply.code(204).send(null);
    },
  });

  app.post('/api/attachments', {
    config: { access: applicants },
    bodyLimit: attachmentLimitBytes + 1024,
    schema: {
      tags: ['applications'],
      summary: 'Upload an attachment (PDF, JPEG or PNG up to 5 MB) as the raw body; stored with its SHA-256',
      querystring: z.strictObject({ filename: z.string().trim().min(1).max(200) }),
      response: { 201: z.object({ id: z.string(), sha256: z.string(), size: z.number(), mediaType: z.string(), filename: z.string() }), ...errorResponses, 413: errorBody, 415: errorBody },
    },
    handler: async (request, reply) => {
      const mediaType = (request.headers['content-type'] ?? '').split(';')[0]!.trim();
      if (!Buffer.isBuffer(request.body)) throw new ApiError(415, 'ATTACHMENT_TYPE', applicationErrors.ATTACHMENT_TYPE);
      const stored = unwrap(applicationErrors, await feedback.storeAttachment(request.principal!, { filename: request.query.filename, mediaType, content: request.body }));
      return reply.code(201).send(stored);
    },
  });

  app.get('/api/attachments/:id', {
    config: { access: [...applicants, 'officer', 'supervisor', 'auditor'] },
    schema: { tags: ['applications'], summary: 'Download an attachment (its owner or staff)', params: idParam },
    handler: async (request, reply) => {
      const row = await feedback.readAttachment(request.principal!, request.params.id);
      if (!row) throw notFound('附件不存在', 'No such attachment');
      return reply.type(row.media_type).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.filename)}`).send(row.content);
    },
  });

  const draftBody = z.strictObject({
    itemId: z.string().max(64).optional(),
    bundleId: z.string().max(64).optional(),
    form: z.record(z.string().max(64), z.unknown()).default({}),
    materials: z.array(z.unknown()).max(200).default([]),
  });
  const draftView = z.object({ id: z.string(), itemId: z.string().nullable(), bundleId: z.string().nullable(), form: z.record(z.string(), z.unknown()), materials: z.array(z.unknown()), updatedAt: z.string() });

  app.get('/api/drafts', {
    config: { access: applicants },
    schema: { tags: ['applications'], summary: 'My saved drafts (resume on any device)', response: { 200: z.object({ drafts: z.array(draftView) }), ...errorResponses } },
    handler: async (request) => ({ drafts: await feedback.drafts(request.principal!) }),
  });

  app.post('/api/drafts', {
    config: { access: applicants },
    schema: { tags: ['applications'], summary: 'Save a new draft', body: draftBody.refine((b) => Boolean(b.itemId) !== Boolean(b.bundleId), { message: 'give exactly one of itemId and bundleId' }), response: { 201: draftView, ...errorResponses } },
    handler: async (request, reply) => {
      const id = await feedback.saveDraft(request.principal!, request.body);
      const [draft] = await feedback.drafts(request.principal!, id);
      return reply.code(201).send(draft!);
    },
  });

  app.put('/api/drafts/:id', {
    config: { access: applicants },
    schema: { tags: ['applications'], summary: 'Update a draft', params: idParam, body: draftBody.pick({ form: true, materials: true }), response: { 200: draftView, ...errorResponses } },
    handler: async (request) => {
      const id = await feedback.saveDraft(request.principal!, { id: request.params.id, ...request.body });
      const [draft] = id ? await feedback.drafts(request.principal!, id) : [];
      if (!draft) throw new ApiError(404, 'DRAFT_NOT_FOUND', applicationErrors.DRAFT_NOT_FOUND, { id: request.params.id });
      return draft;
    },
  });

  app.delete('/api/drafts/:id', {
    config: { access: applicants },
    schema: { tags: ['applications'], summary: 'Delete a draft', params: idParam, response: { 204: z.null(), ...errorResponses } },
    handler: async (request, reply) => {
      if (!(await feedback.deleteDraft(request.principal!, request.params.id))) throw new ApiError(404, 'DRAFT_NOT_FOUND', applicationErrors.DRAFT_NOT_FOUND, { id: request.params.id });
      return reply.code(204).send(null);
    },
  });
}
