import { sql } from 'kysely';
import { latestMigrationName } from '../src/db/database.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase, readBackupHeader, restoreDatabase } from '../src/db/backup.js';
import { startTestApp, type TestApp } from './support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

async function dump(): Promise<string> {
  let text = '';
  for await (const chunk of dumpDatabase(t.database.db, new Date('2026-11-28T00:00:00Z'))) text += chunk;
  return text;
}

async function fingerprint(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['departments', 'service_items', 'item_materials', 'bundles', 'bundle_items', 'accounts', 'settings']) {
    const row = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(t.database.db);
    counts[table] = Number(row.rows[0]!.n);
  }
  return counts;
}

describe('backup and restore', () => {
  it('restores every row after the data changed, and a second dump is identical', async () => {
    const before = await fingerprint();
    const text = await dump();
    expect(readBackupHeader(text)).toMatchObject({ format: 'tongban-sql-1', migration: latestMigrationName() });
    await t.database.db.updateTable('service_items').set({ name: '被改坏的名称' }).execute();
    await t.database.db.deleteFrom('accounts').where('role', '=', 'citizen').execute();
    const result = await restoreDatabase(t.database.db, text);
    expect(result).toMatchObject({ ok: true });
    expect(await fingerprint()).toEqual(before);
    expect(await dump()).toBe(text);
  });

  it('refuses a file that is not a backup and changes nothing', async () => {
    const before = await fingerprint();
    expect(await restoreDatabase(t.database.db, 'select 1;')).toMatchObject({ ok: false });
    expect(await fingerprint()).toEqual(before);
  });

  it('rolls back everything when a statement of the backup fails', async () => {
    const before = await fingerprint();
    const text = (await dump()).replace(/insert into "bundles"[^\n]*\n/, 'insert into "bundles" select * from jsonb_populate_record(null::"bundles", \'{"id": null}\'::jsonb);\n');
    await expect(restoreDatabase(t.database.db, text)).rejects.toThrow();
    expect(await fingerprint()).toEqual(before);
  });
});
