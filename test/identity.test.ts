import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, demo, login, sessionFrom, startTestApp, type TestApp } from './support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' } });
});
afterAll(async () => t.close());

const countAccounts = async () => Number((await t.database.db.selectFrom('accounts').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

describe('POST /api/auth/register', () => {
  it('creates a person account and logs it in when the ID number is valid', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { kind: 'person', name: '李四', idNumber: '11010519491231002X', phone: '13912345678', password: 'Secret123' },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.user).toMatchObject({ kind: 'person', role: 'citizen', idNumber: '11010519491231002X', phone: '13912345678' });
    const cookie = response.cookies.find((c) => c.name === 'tb_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: sessionFrom(response).cookie } });
    expect(me.json().user.name).toBe('李四');
  });

  it('creates an enterprise account when the credit code is valid', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { kind: 'enterprise', name: '示范市测试有限公司', creditCode: '91110101792301847N', legalRepresentative: '王五', phone: '13600136000', password: 'Secret123' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().user).toMatchObject({ kind: 'enterprise', role: 'enterprise', creditCode: '91110101792301847N' });
  });

  it('refuses a duplicate registration with 409 and writes nothing', async () => {
    const before = await countAccounts();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { kind: 'person', name: '冒名者', idNumber: demo.citizen.username, phone: '13512345678', password: 'Secret123' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('ACCOUNT_EXISTS');
    expect(await countAccounts()).toBe(before);
  });

  it.each([
    ['an invalid ID number', { kind: 'person', name: '错号', idNumber: '110105198507121230', phone: '13512345678', password: 'Secret123' }, 'INVALID_ID_NUMBER'],
    ['an invalid credit code', { kind: 'enterprise', name: '错码公司', creditCode: '91440300MA5F3K2P80', legalRepresentative: '某某', phone: '13512345678', password: 'Secret123' }, 'INVALID_CREDIT_CODE'],
    ['a weak password', { kind: 'person', name: '弱密', idNumber: '110101195411091542', phone: '13512345678', password: 'short' }, 'WEAK_PASSWORD'],
    ['a bad phone number', { kind: 'person', name: '错号', idNumber: '110101195411091542', phone: '12345', password: 'Secret123' }, 'INVALID_PHONE'],
    ['an unknown field', { kind: 'person', name: '多字段', idNumber: '110101195411091542', phone: '13512345678', password: 'Secret123', role: 'admin' }, 'VALIDATION_FAILED'],
    ['a wrong type', { kind: 'person', name: 42, idNumber: '110101195411091542', phone: '13512345678', password: 'Secret123' }, 'VALIDATION_FAILED'],
  ])('answers 400 and writes nothing for %s', async (_label, payload, code) => {
    const before = await countAccounts();
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe(code);
    expect(await countAccounts()).toBe(before);
  });

  it('explains the error in English when Accept-Language asks for it', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
      payload: { kind: 'person', name: '错号', idNumber: '110105198507121230', phone: '13512345678', password: 'Secret123' },
    });
    expect(response.json().error.message).toMatch(/^Invalid citizen ID number/);
  });
});

describe('POST /api/auth/login', () => {
  it('logs in a demo account by ID number and by phone', async () => {
    const byId = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: demo.citizen });
    expect(byId.statusCode).toBe(200);
    const byPhone = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '13800138000', password: demo.citizen.password } });
    expect(byPhone.json().user.username).toBe(demo.citizen.username);
  });

  it('answers 401 INVALID_CREDENTIALS for a wrong password or an unknown account alike', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'nope12345' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'nope12345' } });
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.json().error).toEqual(unknown.json().error);
    await login(t.app, demo.admin.username, demo.admin.password); // resets the failure count
  });

  it('locks the account after repeated failures, even for the right password', async () => {
    const attempt = (password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'auditor', password } });
    expect((await attempt('bad-1')).statusCode).toBe(401);
    expect((await attempt('bad-2')).statusCode).toBe(401);
    const third = await attempt('bad-3');
    expect(third.statusCode).toBe(423);
    expect(third.json().error.code).toBe('ACCOUNT_LOCKED');
    expect((await attempt(demo.auditor.password)).statusCode).toBe(423);
  });
});

describe('sessions', () => {
  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const session = await login(t.app, demo.citizen.username, demo.citizen.password);
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: session.cookie } });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CSRF_TOKEN_INVALID');
  });

  it('ends the session on logout', async () => {
    const session = await login(t.app, demo.citizen.username, demo.citizen.password);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: as(session) })).statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(401);
  });
});

describe('POST /api/identity/validate', () => {
  it('says why an ID number is invalid', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/identity/validate', payload: { kind: 'person', value: '110105198507121230' } });
    expect(response.json()).toMatchObject({ valid: false, rule: 'check_digit' });
    expect(response.json().reason).toMatch(/校验/);
  });

  it('accepts a valid credit code', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/identity/validate', payload: { kind: 'enterprise', value: '91110101792301847N' } });
    expect(response.json()).toEqual({ valid: true, rule: null, reason: null });
  });
});

describe('login rate limit', () => {
  it('answers 429 RATE_LIMITED once an address exceeds the login rate', async () => {
    const limited = await startTestApp({ seed: false, env: { LOGIN_RATE_PER_MINUTE: '3' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const response = await limited.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'whatever1' } });
        statuses.push(response.statusCode);
        if (response.statusCode === 429) expect(response.json().error.code).toBe('RATE_LIMITED');
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});
