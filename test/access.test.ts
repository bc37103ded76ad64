import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../src/plugins/access.js';
import { as, demo, login, startTestApp, type Session, type TestApp } from './support/app.js';

let t: TestApp;
const sessions = new Map<Role, Session>();
beforeAll(async () => {
  t = await startTestApp();
  const byRole: Record<Role, { username: string; password: string }> = demo;
  for (const role of roles) sessions.set(role, await login(t.app, byRole[role].username, byRole[role].password));
});
afterAll(async () => t.close());

const concrete = (url: string) => url.replace(/:(\w+)/g, 'scjg-qysldj').replace(/\*$/, 'x');
const apiRoutes = () => t.app.routeAccess.filter((r) => r.url.startsWith('/api') && r.method !== 'HEAD' && !r.url.startsWith('/api/docs'));

describe('route access', () => {
  it('declares an access rule on every API route', () => {
    const undeclared = apiRoutes().filter((r) => r.access === 'undeclared');
    expect(undeclared).toEqual([]);
    expect(apiRoutes().length).toBeGreaterThan(15);
  });

  it('refuses an anonymous caller with 401 on every non-public route', async () => {
    const guarded = apiRoutes().filter((r) => r.access !== 'public');
    expect(guarded.length).toBeGreaterThan(5);
    for (const route of guarded) {
      const response = await t.app.inject({ method: route.method as 'GET', url: concrete(route.url), payload: route.method === 'GET' ? undefined : {} });
      expect({ route: `${route.method} ${route.url}`, status: response.statusCode }).toEqual({ route: `${route.method} ${route.url}`, status: 401 });
    }
  });

  it('refuses every role a route does not name with 403 FORBIDDEN', async () => {
    let checked = 0;
    for (const route of apiRoutes()) {
      if (route.access === 'public' || route.access === 'authenticated' || route.access === 'undeclared') continue;
      const allowed = route.access;
      for (const role of roles.filter((r) => !allowed.includes(r))) {
        const response = await t.app.inject({
          method: route.method as 'GET',
          url: concrete(route.url),
          headers: as(sessions.get(role)!),
          payload: route.method === 'GET' ? undefined : {},
        });
        expect({ route: `${route.method} ${route.url}`, role, status: response.statusCode, code: response.json().error?.code }).toEqual({
          route: `${route.method} ${route.url}`,
          role,
          status: 403,
          code: 'FORBIDDEN',
        });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('refuses a route that declares no access rule, whoever calls', async () => {
    t.app.routeAccess.length; // the app is ready; a late route cannot be added, so check the guard directly
    const { checkAccess } = await import('../src/plugins/access.js');
    expect(() => checkAccess('undeclared', { principal: null, method: 'GET', headers: {} } as never)).toThrow(/declares no access/);
  });
});
