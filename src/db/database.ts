import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, type Transaction } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { migrations } from './migrations/index.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;
/** A repository accepts either the database or an open transaction; the service decides which. */
export type Executor = Kysely<Database> | Transaction<Database>;

export type DatabaseHandle = {
  db: Db;
  kind: 'embedded' | 'postgres';
  close: () => Promise<void>;
};

export type DatabaseOptions = {
  /** PostgreSQL connection string; without it PGlite runs embedded. */
  databaseUrl?: string | undefined;
  /** Directory of the embedded database; 'memory://' keeps it in memory (tests). */
  dataDir: string;
};

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  if (!options.dataDir.startsWith('memory://')) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create(options.dataDir);
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return { db, kind: 'embedded', close: () => db.destroy() };
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export function latestMigrationName(): string {
  const names = Object.keys(migrations).sort();
  const last = names[names.length - 1];
  if (!last) throw new Error('no migrations');
  return last;
}
