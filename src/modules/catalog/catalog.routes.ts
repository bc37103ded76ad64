import { z } from 'zod';
import { ApiError, unwrap } from '../../plugins/errors.js';
import { errorBody, errorResponses, type App } from '../../plugins/http.js';
import { catalogErrors } from './catalog.errors.js';
import { bundleSchema, departmentSchema, itemFieldsSchema, itemSchema, jurisdictionSchema } from './catalog.schema.js';
import type { CatalogService } from './catalog.service.js';
import type { CatalogExcel } from './catalog.excel.js';

const ref = z.object({ id: z.string(), name: z.string() });
const itemSummary = itemSchema
  .omit({ materials: true, conditions: true, guide: true, departmentId: true })
  .extend({ department: ref })
  .meta({ id: 'ItemSummary' });
const itemDetail = itemSummary
  .extend({ materials: itemSchema.shape.materials, conditions: itemSchema.shape.conditions, guide: itemSchema.shape.guide, bundles: z.array(ref) })
  .meta({ id: 'ItemDetail' });
const bundleView = bundleSchema.omit({ itemIds: true }).extend({ items: z.array(itemSummary) }).meta({ id: 'Bundle' });
const itemPage = z.object({ items: z.array(itemSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
const idParam = z.strictObject({ id: z.string().min(1).max(64) });

const listQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  department: z.string().max(40).optional(),
  domain: z.string().max(50).optional(),
  target: z.enum(['person', 'enterprise']).optional(),
  bundle: z.string().max(64).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerCatalogRoutes(app: App, service: CatalogService, excel: CatalogExcel) {
  app.get('/api/items', {
    config: { access: 'public' },
    schema: { tags: ['catalog'], summary: 'Search and browse the service catalog (事项清单)', querystring: listQuery, response: { 200: itemPage, 400: errorBody } },
    handler: async (request) => service.listItems(request.query),
  });

  app.get('/api/items/:id', {
    config: { access: 'public' },
    schema: { tags: ['catalog'], summary: 'One service item with its full guide (办事指南)', params: idParam, response: { 200: itemDetail, 404: errorBody } },
    handler: async (request) => unwrap(catalogErrors, await service.getItem(request.params.id)),
  });

  app.get('/api/bundles', {
    config: { access: 'public' },
    schema: { tags: ['catalog'], summary: 'Life-event bundles (一件事一次办)', response: { 200: z.object({ bundles: z.array(bundleView) }) } },
    handler: async () => ({ bundles: await service.listBundles() }),
  });

  app.get('/api/bundles/:id', {
    config: { access: 'public' },
    schema: { tags: ['catalog'], summary: 'One bundle with its items', params: idParam, response: { 200: bundleView, 404: errorBody } },
    handler: async (request) => unwrap(catalogErrors, await service.getBundle(request.params.id)),
  });

  app.get('/api/departments', {
    config: { access: 'public' },
    schema: {
      tags: ['catalog'],
      summary: 'Departments with their number of active items',
      response: { 200: z.object({ departments: z.array(departmentSchema.extend({ itemCount: z.number().int() })) }) },
    },
    handler: async () => ({ departments: await service.listDepartments() }),
  });

  app.get('/api/domains', {
    config: { access: 'public' },
    schema: { tags: ['catalog'], summary: 'Service domains (领域) with their number of active items', response: { 200: z.object({ domains: z.array(z.object({ name: z.string(), itemCount: z.number().int() })) }) } },
    handler: async () => ({ domains: await service.listDomains() }),
  });

  app.get('/api/meta', {
    config: { access: 'public' },
    schema: { tags: ['catalog'], summary: 'The jurisdiction and catalog version', response: { 200: z.object({ jurisdiction: jurisdictionSchema, catalogVersion: z.string() }) } },
    handler: async () => service.meta(),
  });

  registerCatalogAdminRoutes(app, service, excel);
}

function registerCatalogAdminRoutes(app: App, service: CatalogService, excel: CatalogExcel) {
  const admin = { access: ['admin'] as const };
  const adminErrors = { ...errorResponses, 409: errorBody };

  app.get('/api/admin/items', {
    config: admin,
    schema: {
      tags: ['catalog admin'],
      summary: 'All items, retired ones included',
      querystring: listQuery.extend({ status: z.enum(['active', 'retired', 'all']).default('all') }),
      response: { 200: itemPage, ...errorResponses },
    },
    handler: async (request) => service.listItems(request.query),
  });

  app.post('/api/admin/items', {
    config: admin,
    schema: { tags: ['catalog admin'], summary: 'Create a service item', body: itemSchema, response: { 201: itemDetail, ...adminErrors } },
    handler: async (request, reply) => reply.code(201).send(unwrap(catalogErrors, await service.createItem(request.body, new Date()))),
  });

  app.put('/api/admin/items/:id', {
    config: admin,
    schema: { tags: ['catalog admin'], summary: 'Replace a service item', params: idParam, body: itemFieldsSchema, response: { 200: itemDetail, ...adminErrors } },
    handler: async (request) => unwrap(catalogErrors, await service.updateItem(request.params.id, request.body, new Date())),
  });

  app.post('/api/admin/items/:id/retire', {
    config: admin,
    schema: { tags: ['catalog admin'], summary: 'Retire a service item (it stays for history)', params: idParam, response: { 200: itemDetail, ...errorResponses } },
    handler: async (request) => unwrap(catalogErrors, await service.retireItem(request.params.id, new Date())),
  });

  app.get('/api/admin/catalog/export', {
    config: admin,
    schema: {
      tags: ['catalog admin'],
      summary: 'Export the whole catalog as JSON or Excel (.xlsx)',
      querystring: z.strictObject({ format: z.enum(['json', 'xlsx']).default('json') }),
    },
    handler: async (request, reply) => {
      const doc = await service.exportCatalog();
      const stamp = new Date().toISOString().slice(0, 10);
      if (request.query.format === 'xlsx') {
        return reply
          .type(xlsxType)
          .header('content-disposition', `attachment; filename="catalog-${stamp}.xlsx"`)
          .send(await excel.toWorkbook(doc));
      }
      return reply.type('application/json; charset=utf-8').header('content-disposition', `attachment; filename="catalog-${stamp}.json"`).send(JSON.stringify(doc, null, 2));
    },
  });

  app.post('/api/admin/catalog/import', {
    config: admin,
    bodyLimit: 20 * 1024 * 1024,
    schema: {
      tags: ['catalog admin'],
      summary: 'Import a whole catalog (JSON or .xlsx); any bad row imports nothing and every bad row is reported',
      querystring: z.strictObject({ format: z.enum(['json', 'xlsx']).default('json') }),
      response: { 200: z.object({ imported: z.object({ departments: z.number(), items: z.number(), bundles: z.number() }) }), ...errorResponses, 422: errorBody },
    },
    handler: async (request) => {
      const now = new Date();
      if (request.query.format === 'xlsx') {
        if (!Buffer.isBuffer(request.body)) throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', { zh: `请以 ${xlsxType} 上传 Excel 文件`, en: `Upload the Excel file as ${xlsxType}` });
        const read = await excel.fromWorkbook(request.body);
        if (!read.ok) return unwrap(catalogErrors, read);
        return { imported: unwrap(catalogErrors, await service.importCatalog(read.value.document, now, read.value.locate)) };
      }
      return { imported: unwrap(catalogErrors, await service.importCatalog(request.body, now)) };
    },
  });
}
