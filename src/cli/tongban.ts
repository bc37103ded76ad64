import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';
import { createServices } from '../app.js';
import { loadConfig } from '../config.js';
import { dumpDatabase, restoreDatabase } from '../db/backup.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../db/database.js';
import { seedDemoData } from './demo-seed.js';

const usage = `tongban <command>

  migrate                 apply pending migrations
  seed                    seed the default catalog and demo accounts (first time only)
  backup [file]           write a SQL backup of the whole database (stdout without file)
  restore <file>          replace every row with the backup's, in one transaction

The database is DATABASE_URL (PostgreSQL) or the embedded one in DATA_DIR (default ./var/db).`;

async function withDatabase<T>(work: (database: DatabaseHandle) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(database.db);
    return await work(database);
  } finally {
    await database.close();
  }
}

async function backup(file: string | undefined): Promise<void> {
  await withDatabase(async ({ db }) => {
    const out = file ? createWriteStream(file) : process.stdout;
    for await (const chunk of dumpDatabase(db, new Date())) {
      if (!out.write(chunk)) await once(out, 'drain');
    }
    if (file) {
      out.end();
      await once(out, 'finish');
      console.error(`backup written to ${file}`);
    }
  });
}

async function restore(file: string | undefined): Promise<number> {
  if (!file) {
    console.error('restore needs a backup file');
    return 2;
  }
  const text = await readFile(file, 'utf8');
  const result = await withDatabase(({ db }) => restoreDatabase(db, text));
  if (!result.ok) {
    console.error(`restore refused: ${result.reason}`);
    return 1;
  }
  console.error(`restored ${result.rows} rows into ${result.tables} tables`);
  return 0;
}

export async function main(args: string[]): Promise<number> {
  const [command, argument] = args;
  switch (command) {
    case 'migrate': {
      await withDatabase(async () => undefined);
      console.error('database is at the latest migration');
      return 0;
    }
    case 'seed': {
      const report = await withDatabase(async (database) => {
        const services = createServices(loadConfig(), database);
        return seedDemoData(database.db, services.catalog, services.identity);
      });
      console.error(report.seeded ? `seeded ${report.items} items, ${report.bundles} bundles, ${report.accounts} accounts` : 'already seeded; nothing done');
      return 0;
    }
    case 'backup':
      await backup(argument);
      return 0;
    case 'restore':
      return restore(argument);
    default:
      console.error(usage);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('tongban.ts')) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
