import { buildApp, createServices } from './app.js';
import { seedDemoData } from './cli/demo-seed.js';
import { loadConfig } from './config.js';
import { migrateToLatest, openDatabase } from './db/database.js';

/** Start: open and migrate the database, seed on first start, listen, and shut down cleanly on a signal. */
async function start(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await migrateToLatest(database.db);
  const services = createServices(config, database);
  const app = await buildApp({ config, database, services });
  if (applied.length > 0) app.log.info({ applied }, 'migrations applied');
  if (config.seedDemo) {
    const report = await seedDemoData(database.db, services.catalog, services.identity);
    if (report.seeded) app.log.info(report, 'demo data seeded');
  }
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Tongban is up at ${config.publicUrl} (database: ${database.kind})`);
}

start().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
