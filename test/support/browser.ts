import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildApp, createServices } from '../../src/app.js';
import { seedDemoData } from '../../src/cli/demo-seed.js';
import { loadConfig } from '../../src/config.js';
import type { DatabaseHandle } from '../../src/db/database.js';
import type { App } from '../../src/plugins/http.js';
import { freshDatabase } from './database.js';

export type LiveServer = { url: string; app: App; database: DatabaseHandle; close: () => Promise<void> };

/** The real server with the built web app on a free port, over a fresh seeded database. */
export async function startLiveServer(): Promise<LiveServer> {
  const config = loadConfig({ LOG_LEVEL: 'silent', LOGIN_RATE_PER_MINUTE: '1000', PORT: '0', HOST: '127.0.0.1' });
  const database = await freshDatabase();
  const services = createServices(config, database);
  await seedDemoData(database.db, services.catalog, services.identity);
  const app = await buildApp({ config, database, services });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

export type AxeViolation = { id: string; impact: string | null | undefined; help: string; nodes: number };

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

/** Screenshots go to .screenshots/ for people to look at; tests never compare pixels. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `.screenshots/${name}.png`, fullPage: true });
}
