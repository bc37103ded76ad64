/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations, startLiveServer, type LiveServer } from '../support/browser.js';

let server: LiveServer;
let browser: Browser;
beforeAll(async () => {
  mkdirSync('.screenshots', { recursive: true });
  server = await startLiveServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function freshPage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
}

describe('portal in the browser', () => {
  it('registers a person, logs out and logs in again', async () => {
    const { context, page, errors } = await freshPage();
    await open(page, '/register');
    await page.getByLabel('姓名').fill('孙浏览');
    await page.getByLabel('身份证号').fill('110105199701209056');
    await expect.poll(() => page.locator('#register-person_idNumber_help').innerText().catch(() => '')).toMatch(/校验/);
    await page.getByLabel('身份证号').fill('110105199701209055');
    await page.getByLabel('手机号').fill('13611112222');
    await page.getByLabel('密码', { exact: true }).fill('Browser123');
    await page.getByLabel('确认密码').fill('Browser123');
    await page.getByRole('button', { name: '注册并登录' }).click();
    await page.waitForURL(/\/me/);
    await expect.poll(() => page.locator('main').innerText()).toContain('孙浏览');
    await screenshot(page, 'me-person');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '退出登录' }).first().click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('link', { name: '登录' }).first().waitFor();
    await open(page, '/login');
    await page.getByLabel('账号').fill('110105199701209055');
    await page.getByLabel('密码').fill('Browser123');
    await page.locator('main form button[type=submit]').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await open(page, '/me');
    await expect.poll(() => page.locator('main').innerText()).toContain('孙浏览');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds an item by a colloquial search and reads its guide', async () => {
    const { context, page, errors } = await freshPage();
    await open(page, '/');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'home');
    await page.getByRole('searchbox').first().fill('开公司');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search/);
    await page.getByRole('link', { name: '企业设立登记' }).first().click();
    await page.waitForURL(/\/items\/scjg-qysldj/);
    await expect.poll(() => page.locator('h1').innerText()).toContain('企业设立登记');
    const text = await page.locator('main').innerText();
    expect(text).toContain('公司章程');
    expect(text).toContain('申请条件');
    await screenshot(page, 'item-guide');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches to English and to elderly mode, and both persist across pages', async () => {
    const { context, page } = await freshPage();
    await open(page, '/');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByLabel('Elderly mode').click();
    await expect.poll(() => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(20);
    await open(page, '/bundles/yjs-qykb');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(20);
    await screenshot(page, 'bundle-en-elderly');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('has no serious or critical accessibility violation on any page', async () => {
    const { context, page } = await freshPage();
    const pages = ['/', '/search?q=%E6%8A%A4%E7%85%A7', '/items/ga-hzqf', '/bundles/yjs-qykb', '/login', '/register', '/help', '/no-such-page'];
    const found: Record<string, unknown> = {};
    for (const path of pages) {
      await open(page, path);
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[path] = violations;
    }
    await open(page, '/login');
    await page.getByLabel('账号').fill('admin');
    await page.getByLabel('密码').fill('Admin@2026');
    await page.locator('main form button[type=submit]').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    for (const path of ['/me', '/admin/catalog']) {
      await open(page, path);
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[path] = violations;
    }
    await screenshot(page, 'admin-catalog');
    expect(found).toEqual({});
    await context.close();
  });

  it('lets an administrator export the catalog and see every bad row of a failed import', async () => {
    const { context, page } = await freshPage();
    await open(page, '/login');
    await page.getByLabel('账号').fill('admin');
    await page.getByLabel('密码').fill('Admin@2026');
    await page.locator('main form button[type=submit]').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await open(page, '/admin/catalog');
    const exported = await page.evaluate(async () => (await fetch('/api/admin/catalog/export?format=json')).json());
    exported.items[2].legalTimeLimitDays = 'x';
    exported.items[5].departmentId = 'nowhere';
    await page.locator('input[type=file]').first().setInputFiles({ name: 'catalog.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await expect.poll(() => page.locator('main').innerText()).toMatch(/3[\s\S]*6|6[\s\S]*3/);
    await screenshot(page, 'admin-import-errors');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
