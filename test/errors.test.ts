import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestMigrationName } from '../src/db/database.js';
import { as, demo, login, startTestApp, type TestApp } from './support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { BODY_LIMIT_BYTES: '4096' } });
});
afterAll(async () => t.close());

describe('error shape', () => {
  it('answers 400 MALFORMED_JSON for a body that is not JSON', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username": "a",' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: 'MALFORMED_JSON', message: '请求体不是合法的 JSON' } });
  });

  it('answers 413 BODY_TOO_LARGE for an oversized body', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x'.repeat(10_000), password: 'y' } });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('BODY_TOO_LARGE');
  });

  it('answers 404 NOT_FOUND in the one error shape for an unknown route', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/nothing-here', headers: { 'accept-language': 'en' } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'No such route' } });
  });

  it('answers 415 for a content type the route does not take', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'text/plain' }, payload: 'hello' });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 400 VALIDATION_FAILED naming the field for a query of the wrong type', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/items?page=abc' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
    expect(response.json().error.message).toContain('page');
  });

  it('returns the request id in a header', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['x-request-id']).toMatch(/[0-9a-f-]{36}/);
  });
});

describe('GET /api/health', () => {
  it('reports the database and its migration', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json().database).toMatchObject({ ok: true, kind: t.database.kind, migration: latestMigrationName() });
  });
});

describe('OpenAPI', () => {
  it('documents every API route in an OpenAPI 3.1 document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/items', '/api/items/{id}', '/api/bundles', '/api/auth/login', '/api/identity/validate', '/api/admin/catalog/import']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(docs.statusCode);
  });
});

describe('masking', () => {
  it('masks ID and phone numbers of other people in admin listings', async () => {
    const admin = await login(t.app, demo.admin.username, demo.admin.password);
    const response = await t.app.inject({ method: 'GET', url: '/api/admin/accounts?role=citizen', headers: as(admin) });
    const citizen = response.json().accounts.find((a: { name: string }) => a.name === '张明华');
    expect(citizen).toMatchObject({ idNumber: '110101********4514', phone: '138****8000', username: '110101********4514' });
  });
});
