import { z } from 'zod';
import { unwrap } from '../../plugins/errors.js';
import { errorBody, errorResponses, type App } from '../../plugins/http.js';
import { applicationErrors } from './applications.errors.js';
import type { ApplicationsService } from './applications.service.js';
import type { ApplicationViews } from './applications.views.js';

const localized = z.object({ zh: z.string(), en: z.string() });
const ref = z.object({ id: z.string(), name: z.string() });
const applicationView: z.ZodType = z.lazy(() =>
  z
    .object({
      id: z.string(),
      number: z.string(),
      kind: z.enum(['item', 'bundle']),
      item: ref.nullable(),
      bundle: ref.nullable(),
      department: ref.nullable(),
      applicant: z.object({ name: z.string(), idNumber: z.string().nullable(), creditCode: z.string().nullable() }),
      status: z.string(),
      statusLabel: localized,
      stage: localized,
      form: z.record(z.string(), z.unknown()),
      materials: z.array(z.unknown()),
      decision: z.unknown(),
      supplementRequest: z.unknown(),
      certificateId: z.string().nullable(),
      submittedOn: z.string().nullable(),
      dueOn: z.string().nullable(),
      pausedOn: z.string().nullable(),
      extendedDays: z.number(),
      deadline: z.enum(['on_time', 'due_soon', 'overdue', 'paused', 'closed', 'none']),
      workingDaysLeft: z.number().nullable(),
      actions: z.array(z.string()),
      timeline: z.array(z.object({ activity: z.string(), label: localized, at: z.string(), actorRole: z.string(), data: z.record(z.string(), z.unknown()) })),
      parts: z.array(applicationView),
      createdAt: z.string(),
    })
    .meta({ id: 'Application' }),
);

const offeredMaterial = z.strictObject({
  itemId: z.string().max(64).optional(),
  position: z.number().int().min(0).max(100),
  attachmentId: z.uuid().optional(),
  certificateId: z.uuid().optional(),
});

const submitBody = z
  .strictObject({
    itemId: z.string().max(64).optional(),
    bundleId: z.string().max(64).optional(),
    form: z.record(z.string().max(64), z.unknown()).default({}),
    materials: z.array(offeredMaterial).max(200).default([]),
    draftId: z.uuid().optional(),
  })
  .refine((b) => Boolean(b.itemId) !== Boolean(b.bundleId), { message: 'give exactly one of itemId and bundleId' });

const reason = z.string().trim().min(2).max(1000);
const actionBody = z.discriminatedUnion('action', [
  z.strictObject({ action: z.enum(['accept', 'approve', 'claim', 'release']), comment: z.string().max(1000).optional() }),
  z.strictObject({ action: z.enum(['reject', 'deny']), reason }),
  z.strictObject({ action: z.literal('withdraw'), reason: z.string().max(1000).optional() }),
  z.strictObject({
    action: z.literal('request-supplement'),
    items: z.array(z.strictObject({ material: z.string().max(200).optional(), field: z.string().max(64).optional(), reason: reason })).min(1).max(50),
  }),
  z.strictObject({ action: z.literal('supplement'), form: z.record(z.string().max(64), z.unknown()).optional(), materials: z.array(offeredMaterial).max(100).optional() }),
]);

const idParam = z.strictObject({ id: z.uuid() });
const applicants = ['citizen', 'enterprise'] as const;
const staff = ['officer', 'supervisor'] as const;

export function registerApplicationRoutes(app: App, service: ApplicationsService, views: ApplicationViews) {
  app.post('/api/applications', {
    config: { access: applicants },
    schema: {
      tags: ['applications'],
      summary: 'Apply for an item or a bundle (一件事一次办); 秒批 items come back issued. Idempotent with the Idempotency-Key header.',
      headers: z.object({ 'idempotency-key': z.string().min(8).max(100).optional() }),
      body: submitBody,
      response: { 201: applicationView, 200: applicationView, ...errorResponses, 409: errorBody, 422: errorBody },
    },
    handler: async (request, reply) => {
      const principal = request.principal!;
      const submitted = unwrap(applicationErrors, await service.submit(principal, request.body, request.headers['idempotency-key']));
      const view = unwrap(applicationErrors, await views.getApplication(principal, submitted.id));
      return reply.code(submitted.replayed ? 200 : 201).send(view);
    },
  });

  app.get('/api/applications', {
    config: { access: [...applicants, ...staff, 'auditor'] },
    schema: {
      tags: ['applications'],
      summary: "My applications (办件进度), or my department's queue by deadline for officers; supervisors see every department",
      querystring: z.strictObject({
        status: z.string().max(200).optional(),
        overdue: z.enum(['true', 'false']).optional(),
        mine: z.enum(['true', 'false']).optional(),
        page: z.coerce.number().int().min(1).default(1),
        pageSize: z.coerce.number().int().min(1).max(100).default(20),
      }),
      response: { 200: z.object({ applications: z.array(applicationView), total: z.number(), page: z.number(), pageSize: z.number() }), ...errorResponses },
    },
    handler: async (request) => {
      const { status, overdue, mine, page, pageSize } = request.query;
      return views.listApplications(request.principal!, {
        status: status ? status.split(',').map((s) => s.trim()).filter(Boolean) : undefined,
        overdue: overdue === 'true',
        mine: mine === 'true',
        page,
        pageSize,
      });
    },
  });

  app.get('/api/applications/:id', {
    config: { access: [...applicants, ...staff, 'auditor'] },
    schema: { tags: ['applications'], summary: 'One application with its timeline, deadline and decision explanation', params: idParam, response: { 200: applicationView, ...errorResponses } },
    handler: async (request) => unwrap(applicationErrors, await views.getApplication(request.principal!, request.params.id)),
  });

  app.post('/api/applications/:id/actions', {
    config: { access: [...applicants, ...staff] },
    schema: {
      tags: ['applications'],
      summary: 'accept, reject, request-supplement (一次性告知), approve, deny, claim, release (staff); withdraw, supplement (applicant)',
      params: idParam,
      body: actionBody,
      response: { 200: applicationView, ...errorResponses, 409: errorBody, 422: errorBody },
    },
    handler: async (request) => {
      const principal = request.principal!;
      unwrap(applicationErrors, await service.act(principal, request.params.id, request.body));
      return unwrap(applicationErrors, await views.getApplication(principal, request.params.id));
    },
  });
}
