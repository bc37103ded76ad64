import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Db } from '../db/database.js';
import type { CatalogService } from '../modules/catalog/index.js';
import type { IdentityService, Registration } from '../modules/identity/index.js';

export const defaultCatalogPath = resolve(import.meta.dirname, '../../data/catalog/default-catalog.json');

/** The demo accounts listed in the README, one per role. */
export function demoAccounts(officerDepartmentId: string): Registration[] {
  return [
    { kind: 'person', name: '张明华', idNumber: '110101199003074514', phone: '13800138000', password: 'Demo@2026' },
    {
      kind: 'enterprise',
      name: '示范市通办科技有限公司',
      creditCode: '91110101MA01TB022Q',
      legalRepresentative: '李晓东',
      phone: '13900139000',
      password: 'Demo@2026',
    },
    { kind: 'staff', role: 'officer', username: 'officer', name: '王审批', phone: '13700137000', departmentId: officerDepartmentId, password: 'Demo@2026' },
    { kind: 'staff', role: 'supervisor', username: 'supervisor', name: '赵督查', phone: null, departmentId: null, password: 'Demo@2026' },
    { kind: 'staff', role: 'admin', username: 'admin', name: '系统管理员', phone: null, departmentId: null, password: 'Admin@2026' },
    { kind: 'staff', role: 'auditor', username: 'auditor', name: '钱审计', phone: null, departmentId: null, password: 'Demo@2026' },
  ];
}

export type SeedReport = { seeded: boolean; items: number; bundles: number; accounts: number };

async function alreadySeeded(db: Db): Promise<boolean> {
  const row = await db.selectFrom('settings').select('key').where('key', '=', 'demoSeededAt').executeTakeFirst();
  return row !== undefined;
}

/** Seeds the default catalog and demo accounts on the first start only. */
export async function seedDemoData(db: Db, catalog: CatalogService, identity: IdentityService, now = new Date()): Promise<SeedReport> {
  if (await alreadySeeded(db)) return { seeded: false, items: 0, bundles: 0, accounts: 0 };
  const document: unknown = JSON.parse(await readFile(defaultCatalogPath, 'utf8'));
  const imported = await catalog.importCatalog(document, now);
  if (!imported.ok) throw new Error(`default catalog is invalid: ${JSON.stringify(imported.error.details?.slice(0, 5))}`);
  const licensing = await catalog.getItem('scjg-qysldj');
  const officerDepartment = licensing.ok ? licensing.value.department.id : (await catalog.listDepartments())[0]?.id;
  if (!officerDepartment) throw new Error('default catalog has no department');
  let accounts = 0;
  for (const account of demoAccounts(officerDepartment)) {
    const created = await identity.register(account, now, false);
    if (created.ok) accounts += 1;
    else if (created.error.code !== 'ACCOUNT_EXISTS') throw new Error(`demo account failed: ${created.error.code}`);
  }
  await db
    .insertInto('settings')
    .values({ key: 'demoSeededAt', value: JSON.stringify(now.toISOString()) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return { seeded: true, items: imported.value.items, bundles: imported.value.bundles, accounts };
}
