import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/tongban.js';
import { openDatabase } from '../src/db/database.js';
import { freshDatabase, testDatabaseUrl } from './support/database.js';

// The CLI reads its database from the environment, as in production: DATABASE_URL in CI's PostgreSQL run, else DATA_DIR.
const work = mkdtempSync(join(tmpdir(), 'tongban-cli-'));
const saved = { DATA_DIR: process.env.DATA_DIR, LOG_LEVEL: process.env.LOG_LEVEL };
beforeAll(async () => {
  process.env.DATA_DIR = join(work, 'db');
  if (testDatabaseUrl()) await (await freshDatabase()).close(); // start from an empty schema
});
afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(work, { recursive: true, force: true });
});

async function countItems(): Promise<number> {
  const database = await openDatabase({ databaseUrl: testDatabaseUrl(), dataDir: join(work, 'db') });
  try {
    const row = await sql<{ n: string }>`select count(*) as n from service_items`.execute(database.db);
    return Number(row.rows[0]!.n);
  } finally {
    await database.close();
  }
}

describe('tongban CLI', () => {
  it('seeds once, backs up, and restores after the data was damaged', async () => {
    expect(await main(['seed'])).toBe(0);
    expect(await main(['seed'])).toBe(0); // second time: nothing to do
    const items = await countItems();
    expect(items).toBe(160);
    const file = join(work, 'backup.sql');
    expect(await main(['backup', file])).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^-- Tongban backup/);
    const database = await openDatabase({ databaseUrl: testDatabaseUrl(), dataDir: join(work, 'db') });
    await database.db.deleteFrom('bundle_items').execute();
    await database.db.deleteFrom('item_materials').execute();
    await database.db.deleteFrom('service_items').where('id', 'like', 'ga-%').execute();
    await database.close();
    expect(await countItems()).toBeLessThan(items);
    expect(await main(['restore', file])).toBe(0);
    expect(await countItems()).toBe(items);
  });

  it('refuses to restore a file that is not a backup, with exit code 1', async () => {
    const file = join(work, 'not-a-backup.sql');
    await import('node:fs/promises').then((fs) => fs.writeFile(file, 'drop table accounts;'));
    expect(await main(['restore', file])).toBe(1);
    expect(await countItems()).toBe(160);
  });

  it('prints usage and exits 2 for an unknown command', async () => {
    expect(await main(['frobnicate'])).toBe(2);
  });
});
