import type { Db } from '../../db/database.js';
import { fail, ok, type Result } from '../../plugins/errors.js';
import { itemRuleProblems, searchTerms, targetsMatching } from './catalog.domain.js';
import type { CatalogErrorCode } from './catalog.errors.js';
import * as repo from './catalog.repository.js';
import type { Bundle, CatalogDocument, ItemFields, Jurisdiction, ServiceItem } from './catalog.schema.js';
import { validateCatalogDocument, type Locator } from './catalog.validation.js';

export type ItemQuery = {
  q?: string | undefined;
  department?: string | undefined;
  domain?: string | undefined;
  target?: 'person' | 'enterprise' | undefined;
  bundle?: string | undefined;
  status?: 'active' | 'retired' | 'all' | undefined;
  page: number;
  pageSize: number;
};

export type ItemSummary = Omit<ServiceItem, 'materials' | 'conditions' | 'guide' | 'departmentId'> & { department: { id: string; name: string } };
export type ItemDetail = ItemSummary & Pick<ServiceItem, 'materials' | 'conditions' | 'guide'> & { bundles: { id: string; name: string }[] };
export type BundleView = Omit<Bundle, 'itemIds'> & { items: ItemSummary[] };
export type ImportCounts = { departments: number; items: number; bundles: number };

const defaultJurisdiction: Jurisdiction = { name: '示范市', nameEn: 'Demo City', hotline: '12345' };

function summarize(item: ServiceItem & { departmentName: string }): ItemSummary {
  const { materials: _m, conditions: _c, guide: _g, departmentId, departmentName, ...rest } = item;
  return { ...rest, department: { id: departmentId, name: departmentName } };
}

export function createCatalogService(db: Db, cut: (text: string) => string[]) {
  async function listItems(query: ItemQuery): Promise<{ items: ItemSummary[]; total: number; page: number; pageSize: number }> {
    const status = query.status ?? 'active';
    const { items, total } = await repo.findItems(db, {
      terms: searchTerms(query.q ?? '', cut),
      departmentId: query.department,
      domain: query.domain,
      targets: query.target ? targetsMatching(query.target) : undefined,
      bundleId: query.bundle,
      statuses: status === 'all' ? ['active', 'retired'] : [status],
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return { items: items.map(summarize), total, page: query.page, pageSize: query.pageSize };
  }

  async function getItem(id: string): Promise<Result<ItemDetail, CatalogErrorCode>> {
    const item = await repo.findItem(db, id);
    if (!item) return fail('ITEM_NOT_FOUND', { id });
    const bundles = await repo.findBundlesOfItem(db, id);
    return ok({ ...summarize(item), materials: item.materials, conditions: item.conditions, guide: item.guide, bundles });
  }

  async function bundleViews(id?: string): Promise<BundleView[]> {
    const bundles = await repo.findBundles(db, id);
    const { items } = await repo.findItems(db, { terms: [], statuses: ['active', 'retired'], offset: 0, limit: 100_000 });
    const byId = new Map(items.map((i) => [i.id, summarize(i)]));
    return bundles.map(({ itemIds, ...bundle }) => ({
      ...bundle,
      items: itemIds.map((itemId) => byId.get(itemId)).filter((i): i is ItemSummary => i !== undefined),
    }));
  }

  async function getBundle(id: string): Promise<Result<BundleView, CatalogErrorCode>> {
    const [bundle] = await bundleViews(id);
    return bundle ? ok(bundle) : fail('BUNDLE_NOT_FOUND', { id });
  }

  async function meta(): Promise<{ jurisdiction: Jurisdiction; catalogVersion: string }> {
    const [jurisdiction, version] = await Promise.all([
      repo.readSetting<Jurisdiction>(db, 'jurisdiction'),
      repo.readSetting<string>(db, 'catalogVersion'),
    ]);
    return { jurisdiction: jurisdiction ?? defaultJurisdiction, catalogVersion: version ?? '' };
  }

  async function checkItem(item: ServiceItem): Promise<Result<ServiceItem, CatalogErrorCode>> {
    if (!(await repo.departmentExists(db, item.departmentId))) return fail('DEPARTMENT_NOT_FOUND', { id: item.departmentId });
    const [problem] = itemRuleProblems(item);
    if (problem) return fail('ITEM_RULE_VIOLATED', { reason: problem.zh });
    return ok(item);
  }

  async function createItem(item: ServiceItem, now: Date): Promise<Result<ItemDetail, CatalogErrorCode>> {
    const checked = await checkItem(item);
    if (!checked.ok) return checked;
    if (await repo.itemExists(db, item.id)) return fail('ITEM_EXISTS', { id: item.id });
    await db.transaction().execute((tx) => repo.saveItem(tx, item, now));
    return getItem(item.id);
  }

  async function updateItem(id: string, fields: ItemFields, now: Date): Promise<Result<ItemDetail, CatalogErrorCode>> {
    if (!(await repo.itemExists(db, id))) return fail('ITEM_NOT_FOUND', { id });
    const checked = await checkItem({ ...fields, id });
    if (!checked.ok) return checked;
    await db.transaction().execute((tx) => repo.saveItem(tx, checked.value, now));
    return getItem(id);
  }

  async function retireItem(id: string, now: Date): Promise<Result<ItemDetail, CatalogErrorCode>> {
    if (!(await repo.setItemStatus(db, id, 'retired', now))) return fail('ITEM_NOT_FOUND', { id });
    return getItem(id);
  }

  async function exportCatalog(): Promise<CatalogDocument> {
    const [{ jurisdiction, catalogVersion }, departments, items, bundles] = await Promise.all([
      meta(),
      repo.findAllDepartments(db),
      repo.findAllItems(db),
      repo.findBundles(db),
    ]);
    return { version: catalogVersion || '1', jurisdiction, departments, items, bundles };
  }

  /** Imports a whole catalog file: all rows or, if any row is bad, none. */
  async function importCatalog(raw: unknown, now: Date, locate?: Locator): Promise<Result<ImportCounts, CatalogErrorCode>> {
    const checked = validateCatalogDocument(raw, locate);
    if (!checked.ok) return checked;
    const doc = checked.value;
    await db.transaction().execute(async (tx) => {
      for (const department of doc.departments) await repo.saveDepartment(tx, department);
      for (const item of doc.items) await repo.saveItem(tx, item, now);
      for (const bundle of doc.bundles) await repo.saveBundle(tx, bundle, now);
      await repo.writeSetting(tx, 'jurisdiction', doc.jurisdiction, now);
      await repo.writeSetting(tx, 'catalogVersion', doc.version, now);
    });
    return ok({ departments: doc.departments.length, items: doc.items.length, bundles: doc.bundles.length });
  }

  return {
    listItems,
    getItem,
    listBundles: () => bundleViews(),
    getBundle,
    listDepartments: () => repo.findDepartments(db),
    listDomains: () => repo.findDomains(db),
    meta,
    createItem,
    updateItem,
    retireItem,
    exportCatalog,
    importCatalog,
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
