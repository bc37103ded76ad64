import { sql } from 'kysely';
import type { Db } from './database.js';

/** A logical backup: one `insert … jsonb_populate_record` line per row, restorable on PGlite and PostgreSQL alike. */
export const backupFormat = 'tongban-sql-1';
const bookkeepingTables = new Set(['schema_migrations', 'schema_migrations_lock']);

export type BackupHeader = { format: string; migration: string; createdAt: string };
export type RestoreResult = { ok: true; tables: number; rows: number } | { ok: false; reason: string };

async function tablesInDependencyOrder(db: Db): Promise<string[]> {
  const tables = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind = 'r' order by c.relname`.execute(db);
  const edges = await sql<{ child: string; parent: string }>`
    select cc.relname as child, pc.relname as parent from pg_constraint k
    join pg_class cc on cc.oid = k.conrelid join pg_class pc on pc.oid = k.confrelid
    join pg_namespace n on n.oid = cc.relnamespace
    where k.contype = 'f' and n.nspname = current_schema()`.execute(db);
  const names = tables.rows.map((t) => t.name).filter((n) => !bookkeepingTables.has(n));
  const parents = new Map(names.map((n) => [n, edges.rows.filter((e) => e.child === n && e.parent !== n).map((e) => e.parent)]));
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return;
    path.add(name);
    for (const parent of parents.get(name) ?? []) visit(parent, path);
    ordered.push(name);
  };
  for (const name of names) visit(name, new Set());
  return ordered;
}

function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

async function currentMigration(db: Db): Promise<string> {
  const row = await sql<{ name: string | null }>`select max(name) as name from schema_migrations`.execute(db);
  return row.rows[0]?.name ?? '';
}

/** Writes the whole database as SQL text, one line at a time. */
export async function* dumpDatabase(db: Db, now: Date): AsyncGenerator<string> {
  yield `-- Tongban backup\n-- format: ${backupFormat}\n-- migration: ${await currentMigration(db)}\n-- created: ${now.toISOString()}\n`;
  for (const table of await tablesInDependencyOrder(db)) {
    const rows = await sql<{ row: unknown }>`select to_jsonb(t) as row from ${sql.table(table)} t order by 1`.execute(db);
    yield `-- table: ${table} (${rows.rows.length} rows)\n`;
    for (const { row } of rows.rows) {
      yield `insert into ${quoteIdent(table)} overriding system value select * from jsonb_populate_record(null::${quoteIdent(table)}, ${quoteLiteral(JSON.stringify(row))}::jsonb);\n`;
    }
  }
  // Sequences (numbering, identity columns) continue where they were, so restored numbers never repeat.
  for (const sequence of await sequenceNames(db)) {
    const state = await sql<{ last_value: string; is_called: boolean }>`select last_value, is_called from ${sql.table(sequence)}`.execute(db);
    const row = state.rows[0];
    if (row) yield `select setval(${quoteLiteral(quoteIdent(sequence))}, ${Number(row.last_value)}, ${row.is_called});\n`;
  }
}

async function sequenceNames(db: Db): Promise<string[]> {
  const rows = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind = 'S' order by c.relname`.execute(db);
  return rows.rows.map((r) => r.name);
}

export function readBackupHeader(text: string): BackupHeader | undefined {
  const field = (name: string) => new RegExp(`^-- ${name}: (.*)$`, 'm').exec(text)?.[1]?.trim();
  const format = field('format');
  const migration = field('migration');
  const createdAt = field('created');
  if (!format || migration === undefined || !createdAt) return undefined;
  return { format, migration, createdAt };
}

/** Replaces every row of the database with the backup's, in one transaction: all or nothing. */
export async function restoreDatabase(db: Db, text: string): Promise<RestoreResult> {
  const header = readBackupHeader(text);
  if (!header || header.format !== backupFormat) return { ok: false, reason: `not a ${backupFormat} backup` };
  const migration = await currentMigration(db);
  if (header.migration !== migration) {
    return { ok: false, reason: `backup is at migration ${header.migration}, database at ${migration}: restore into a database of the same version` };
  }
  const statements = text.split('\n').filter((line) => line.startsWith('insert into ') || line.startsWith('select setval('));
  const tables = await tablesInDependencyOrder(db);
  await db.transaction().execute(async (tx) => {
    await sql.raw(`truncate ${tables.map(quoteIdent).join(', ')} cascade`).execute(tx);
    for (const statement of statements) await sql.raw(statement).execute(tx);
  });
  return { ok: true, tables: tables.length, rows: statements.filter((s) => s.startsWith('insert')).length };
}
