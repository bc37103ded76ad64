import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, demo, login, startTestApp, type Session, type TestApp } from './support/app.js';
import { readSharedJson } from './support/shared.js';

type Reference = { items: { id: string; name: string; department: string; materials: string[] }[]; bundles: { id: string; items: string[] }[] };
const reference = readSharedJson<Reference>('catalog/items.json');

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await startTestApp();
  admin = await login(t.app, demo.admin.username, demo.admin.password);
});
afterAll(async () => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('default catalog', () => {
  it('covers every reference item and bundle with the same ids and a complete guide', async () => {
    for (const ref of reference.items) {
      const response = await get(`/api/items/${ref.id}`);
      expect(response.statusCode, ref.id).toBe(200);
      const item = response.json();
      expect(item.name).toBe(ref.name);
      expect(item.department.name).toBe(ref.department);
      expect(item.materials.map((m: { name: string }) => m.name)).toEqual(ref.materials);
      expect(item.guide.steps.length).toBeGreaterThan(0);
      expect(item.guide.legalBasis.length).toBeGreaterThan(0);
      expect(item.guide.summary.length).toBeGreaterThan(10);
    }
    for (const ref of reference.bundles) {
      const bundle = (await get(`/api/bundles/${ref.id}`)).json();
      expect(bundle.items.map((i: { id: string }) => i.id)).toEqual(ref.items);
    }
  });
});

describe('GET /api/items', () => {
  it('pages through the whole catalog with a total', async () => {
    const first = (await get('/api/items?pageSize=50')).json();
    expect(first.total).toBeGreaterThanOrEqual(reference.items.length);
    expect(first.items).toHaveLength(50);
    const last = (await get(`/api/items?pageSize=50&page=${Math.ceil(first.total / 50)}`)).json();
    expect(last.items.length).toBe(first.total - 50 * (Math.ceil(first.total / 50) - 1));
  });

  it('finds an item by its colloquial alias', async () => {
    const body = (await get(`/api/items?q=${encodeURIComponent('开公司')}`)).json();
    expect(body.items[0].id).toBe('scjg-qysldj');
  });

  it('ranks the item whose name matches a sentence first', async () => {
    const body = (await get(`/api/items?q=${encodeURIComponent('我想办理企业设立登记')}`)).json();
    expect(body.items[0].id).toBe('scjg-qysldj');
  });

  it('filters by department, domain, target and bundle', async () => {
    const item = (await get('/api/items/scjg-qysldj')).json();
    const byDepartment = (await get(`/api/items?department=${item.department.id}&pageSize=100`)).json();
    expect(byDepartment.items.every((i: { department: { id: string } }) => i.department.id === item.department.id)).toBe(true);
    const byDomain = (await get(`/api/items?domain=${encodeURIComponent('公安')}&pageSize=100`)).json();
    expect(byDomain.total).toBe(reference.items.filter((i) => (i as unknown as { domain: string }).domain === '公安').length);
    const persons = (await get('/api/items?target=person&pageSize=100')).json();
    expect(persons.items.every((i: { target: string }) => i.target !== 'enterprise')).toBe(true);
    const bundle = (await get('/api/items?bundle=yjs-qykb&pageSize=100')).json();
    expect(bundle.items.map((i: { id: string }) => i.id).sort()).toEqual([...reference.bundles.find((b) => b.id === 'yjs-qykb')!.items].sort());
  });

  it('answers 400 for an unknown filter and for a page size above 100', async () => {
    expect((await get('/api/items?colour=red')).statusCode).toBe(400);
    expect((await get('/api/items?pageSize=1000')).statusCode).toBe(400);
  });
});

describe('GET /api/items/:id', () => {
  it('answers 404 ITEM_NOT_FOUND for an unknown id', async () => {
    const response = await get('/api/items/no-such-item');
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toEqual({ code: 'ITEM_NOT_FOUND', message: '事项 no-such-item 不存在' });
  });

  it('lists the bundles an item belongs to', async () => {
    const item = (await get('/api/items/scjg-qysldj')).json();
    expect(item.bundles.map((b: { id: string }) => b.id)).toContain('yjs-qykb');
  });
});

describe('departments and domains', () => {
  it('counts the active items of every department and domain', async () => {
    const departments = (await get('/api/departments')).json().departments;
    const domains = (await get('/api/domains')).json().domains;
    const total = (await get('/api/items?pageSize=1')).json().total;
    expect(departments.reduce((s: number, d: { itemCount: number }) => s + d.itemCount, 0)).toBe(total);
    expect(domains.reduce((s: number, d: { itemCount: number }) => s + d.itemCount, 0)).toBe(total);
  });
});

describe('catalog administration', () => {
  const newItem = async () => {
    const base = (await get('/api/items/scjg-qymczzsb')).json();
    const { department, bundles: _b, ...rest } = base;
    return { ...rest, id: 'test-new-item', name: '测试新增事项', departmentId: department.id };
  };

  it('creates, edits and retires an item', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/admin/items', headers: as(admin), payload: await newItem() });
    expect(created.statusCode).toBe(201);
    const { id, department, bundles: _b, ...fields } = created.json();
    const edited = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/items/${id}`,
      headers: as(admin),
      payload: { ...fields, departmentId: department.id, name: '测试事项（已修改）' },
    });
    expect(edited.json().name).toBe('测试事项（已修改）');
    const retired = await t.app.inject({ method: 'POST', url: `/api/admin/items/${id}/retire`, headers: as(admin) });
    expect(retired.json().status).toBe('retired');
    const publicList = (await get(`/api/items?q=${encodeURIComponent('测试事项')}`)).json();
    expect(publicList.items.map((i: { id: string }) => i.id)).not.toContain(id);
  });

  it('refuses a duplicate id with 409 and an unknown department with 400', async () => {
    const item = await newItem();
    const duplicate = await t.app.inject({ method: 'POST', url: '/api/admin/items', headers: as(admin), payload: { ...item, id: 'scjg-qysldj' } });
    expect(duplicate.statusCode).toBe(409);
    const unknown = await t.app.inject({ method: 'POST', url: '/api/admin/items', headers: as(admin), payload: { ...item, id: 'test-x', departmentId: 'nowhere' } });
    expect(unknown.json().error.code).toBe('DEPARTMENT_NOT_FOUND');
  });

  it('refuses a promised time limit above the legal one', async () => {
    const item = await newItem();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/admin/items',
      headers: as(admin),
      payload: { ...item, id: 'test-y', legalTimeLimitDays: 1, promisedTimeLimitDays: 5 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('ITEM_RULE_VIOLATED');
  });

  it('round-trips the whole catalog through JSON export and import', async () => {
    const exported = await t.app.inject({ method: 'GET', url: '/api/admin/catalog/export?format=json', headers: as(admin) });
    const document = exported.json();
    const imported = await t.app.inject({ method: 'POST', url: '/api/admin/catalog/import?format=json', headers: as(admin), payload: document });
    expect(imported.statusCode).toBe(200);
    expect(imported.json().imported.items).toBe(document.items.length);
    const again = await t.app.inject({ method: 'GET', url: '/api/admin/catalog/export?format=json', headers: as(admin) });
    expect(again.json()).toEqual(document);
  });

  it('round-trips the whole catalog through Excel export and import', async () => {
    const json = (await t.app.inject({ method: 'GET', url: '/api/admin/catalog/export?format=json', headers: as(admin) })).json();
    const xlsx = await t.app.inject({ method: 'GET', url: '/api/admin/catalog/export?format=xlsx', headers: as(admin) });
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/admin/catalog/import?format=xlsx',
      headers: { ...as(admin), 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      payload: xlsx.rawPayload,
    });
    expect(imported.statusCode).toBe(200);
    const again = (await t.app.inject({ method: 'GET', url: '/api/admin/catalog/export?format=json', headers: as(admin) })).json();
    expect(again).toEqual(json);
  });

  it('imports nothing and reports every bad row when any row is bad', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/admin/catalog/export?format=json', headers: as(admin) })).json();
    document.items[0].name = '应当不会被导入的名称';
    document.items[3].legalTimeLimitDays = 'three';
    document.items[7].departmentId = 'nowhere';
    document.bundles[1].itemIds.push('no-such-item');
    const response = await t.app.inject({ method: 'POST', url: '/api/admin/catalog/import?format=json', headers: as(admin), payload: document });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('CATALOG_IMPORT_INVALID');
    const rows = response.json().error.details.map((d: { sheet: string; row: number }) => `${d.sheet}:${d.row}`);
    expect(rows).toEqual(expect.arrayContaining(['items:4', 'items:8', 'bundles:2']));
    expect(rows).not.toContain('items:1');
    const untouched = (await get(`/api/items/${document.items[0].id}`)).json();
    expect(untouched.name).not.toBe('应当不会被导入的名称');
  });

  it('answers 400 for an Excel upload that is not a workbook', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/admin/catalog/import?format=xlsx',
      headers: { ...as(admin), 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      payload: Buffer.from('not a workbook'),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('CATALOG_FILE_UNREADABLE');
  });
});
