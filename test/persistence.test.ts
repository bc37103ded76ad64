import { mkdtempSync, rmSync } from 'node:fs';
import { migrations } from '../src/db/migrations/index.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServices } from '../src/app.js';
import { seedDemoData } from '../src/cli/demo-seed.js';
import { loadConfig } from '../src/config.js';
import { migrateToLatest, openDatabase } from '../src/db/database.js';

const dataDir = mkdtempSync(join(tmpdir(), 'tongban-pglite-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('embedded database', () => {
  it('keeps its data across restarts and seeds only on the first start', async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir });
    const first = await openDatabase({ dataDir });
    expect(await migrateToLatest(first.db)).toEqual(Object.keys(migrations));
    const services = createServices(config, first);
    const report = await seedDemoData(first.db, services.catalog, services.identity);
    expect(report).toMatchObject({ seeded: true, items: 160, bundles: 10, accounts: 6 });
    await first.close();

    const second = await openDatabase({ dataDir });
    expect(await migrateToLatest(second.db)).toEqual([]);
    const again = createServices(config, second);
    expect(await seedDemoData(second.db, again.catalog, again.identity)).toMatchObject({ seeded: false });
    const page = await again.catalog.listItems({ page: 1, pageSize: 1 });
    expect(page.total).toBe(160);
    const accounts = await again.identity.listAccounts({ page: 1, pageSize: 50 });
    expect(accounts.total).toBe(6);
    await second.close();
  });
});
