import { sql } from 'kysely';
import { z } from 'zod';
import type { DatabaseHandle } from '../db/database.js';
import type { App } from './http.js';

const healthBody = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({ kind: z.enum(['embedded', 'postgres']), ok: z.boolean(), latencyMs: z.number(), migration: z.string().nullable() }),
});
export type Health = z.infer<typeof healthBody>;

export async function checkHealth(database: DatabaseHandle, version: string): Promise<Health> {
  const started = performance.now();
  try {
    const row = await sql<{ name: string | null }>`select max(name) as name from schema_migrations`.execute(database.db);
    const latencyMs = Math.round((performance.now() - started) * 100) / 100;
    return { status: 'ok', version, database: { kind: database.kind, ok: true, latencyMs, migration: row.rows[0]?.name ?? null } };
  } catch {
    return { status: 'degraded', version, database: { kind: database.kind, ok: false, latencyMs: performance.now() - started, migration: null } };
  }
}

export function registerHealthRoute(app: App, check: () => Promise<Health>): void {
  app.get('/api/health', {
    config: { access: 'public' },
    schema: { tags: ['platform'], summary: 'Liveness and database status', response: { 200: healthBody, 503: healthBody } },
    handler: async (_request, reply) => {
      const health = await check();
      return reply.code(health.database.ok ? 200 : 503).send(health);
    },
  });
}
