import type { LightMyRequestResponse } from 'fastify';
import { buildApp, createServices, type Services } from '../../src/app.js';
import { seedDemoData } from '../../src/cli/demo-seed.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { DatabaseHandle } from '../../src/db/database.js';
import type { App } from '../../src/plugins/http.js';
import { freshDatabase } from './database.js';

export type TestApp = { app: App; database: DatabaseHandle; services: Services; config: Config; close: () => Promise<void> };

/** The real app on a fresh database, seeded with the default catalog and demo accounts unless told otherwise. */
export async function startTestApp(options: { seed?: boolean; env?: Record<string, string>; logLines?: string[] } = {}): Promise<TestApp> {
  const config = loadConfig({ LOG_LEVEL: 'silent', LOGIN_RATE_PER_MINUTE: '1000', ...options.env });
  const database = await freshDatabase();
  const services = createServices(config, database);
  if (options.seed ?? true) await seedDemoData(database.db, services.catalog, services.identity);
  const logStream = options.logLines ? { write: (line: string) => void options.logLines?.push(line) } : undefined;
  const app = await buildApp({ config, database, services, serveWeb: false, ...(logStream ? { logStream } : {}) });
  await app.ready();
  return {
    app,
    database,
    services,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export type Session = { cookie: string; csrfToken: string };

export function sessionFrom(response: LightMyRequestResponse): Session {
  const cookies = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const body = response.json() as { csrfToken: string };
  return { cookie: cookies, csrfToken: body.csrfToken };
}

export async function login(app: App, username: string, password: string): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
  return sessionFrom(response);
}

/** Headers of a cookie-authenticated request, CSRF token included. */
export function as(session: Session): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
}

export const demo = {
  citizen: { username: '110101199003074514', password: 'Demo@2026' },
  enterprise: { username: '91110101MA01TB022Q', password: 'Demo@2026' },
  officer: { username: 'officer', password: 'Demo@2026' },
  supervisor: { username: 'supervisor', password: 'Demo@2026' },
  admin: { username: 'admin', password: 'Admin@2026' },
  auditor: { username: 'auditor', password: 'Demo@2026' },
} as const;
