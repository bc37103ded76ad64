import { sql } from 'kysely';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../../src/db/database.js';

/** The database a test runs on: PostgreSQL when DATABASE_URL is set (CI runs both), else in-memory PGlite. */
export function testDatabaseUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

/** An empty, migrated database; on PostgreSQL the public schema is dropped first, so every file starts clean. */
export async function freshDatabase(): Promise<DatabaseHandle> {
  const databaseUrl = testDatabaseUrl();
  const handle = await openDatabase({ databaseUrl, dataDir: 'memory://' });
  if (handle.kind === 'postgres') {
    await sql`drop schema if exists public cascade`.execute(handle.db);
    await sql`create schema public`.execute(handle.db);
  }
  await migrateToLatest(handle.db);
  return handle;
}
