import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.js';

const lines: string[] = [];
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { LOG_LEVEL: 'info' }, logLines: lines });
});
afterAll(async () => t.close());

describe('logs', () => {
  it('never contain an ID number or phone number in full, and carry request ids', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { kind: 'person', name: '日志测试', idNumber: '110105199701209055', phone: '13698765432', password: 'Secret123' },
    });
    await t.app.inject({ method: 'GET', url: '/api/items?q=110105199701209055%2013698765432' });
    await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '13698765432', password: 'wrong-pass1' } });
    const all = lines.join('\n');
    expect(lines.length).toBeGreaterThan(3);
    expect(all).not.toContain('110105199701209055');
    expect(all).not.toContain('13698765432');
    expect(all).toContain('110105********9055');
    expect(JSON.parse(lines[0]!).reqId ?? JSON.parse(lines[1]!).reqId).toBeTruthy();
  });
});
