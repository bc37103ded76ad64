import { sql, type Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Database, MaterialRow } from '../../db/schema.js';
import type { Bundle, Department, Guide, Jurisdiction, Material, ServiceItem, Target } from './catalog.schema.js';

const itemColumns = [
  'service_items.id', 'service_items.name', 'service_items.name_en', 'service_items.aliases', 'service_items.department_id',
  'service_items.domain', 'service_items.target', 'service_items.type', 'service_items.legal_days', 'service_items.promised_days',
  'service_items.fee', 'service_items.online_level', 'service_items.auto_approvable', 'service_items.status',
  'service_items.conditions', 'service_items.guide',
] as const;

type ItemRow = Pick<
  Selectable<Database['service_items']>,
  'id' | 'name' | 'name_en' | 'aliases' | 'department_id' | 'domain' | 'target' | 'type' | 'legal_days' | 'promised_days' | 'fee' | 'online_level' | 'auto_approvable' | 'status' | 'conditions' | 'guide'
>;

export type ItemFilter = {
  terms: string[];
  departmentId?: string | undefined;
  domain?: string | undefined;
  targets?: Target[] | undefined;
  bundleId?: string | undefined;
  statuses: ('active' | 'retired')[];
  offset: number;
  limit: number;
};

function toItem(row: ItemRow, materials: Material[]): ServiceItem {
  return {
    id: row.id,
    name: row.name,
    nameEn: row.name_en,
    aliases: row.aliases,
    departmentId: row.department_id,
    domain: row.domain,
    target: row.target as Target,
    type: row.type as ServiceItem['type'],
    legalTimeLimitDays: row.legal_days,
    promisedTimeLimitDays: row.promised_days,
    fee: row.fee,
    onlineLevel: row.online_level,
    autoApprovable: row.auto_approvable,
    status: row.status as ServiceItem['status'],
    materials,
    conditions: row.conditions,
    guide: row.guide as Guide,
  };
}

function toMaterial(row: MaterialRow): Material {
  return {
    name: row.name,
    required: row.required,
    form: row.form as Material['form'],
    copies: row.copies,
    note: row.note,
    ...(row.certificate_type ? { certificateType: row.certificate_type } : {}),
  };
}

async function materialsOf(db: Executor, itemIds: string[]): Promise<Map<string, Material[]>> {
  const byItem = new Map<string, Material[]>();
  if (itemIds.length === 0) return byItem;
  const rows = await db.selectFrom('item_materials').selectAll().where('item_id', 'in', itemIds).orderBy('item_id').orderBy('position').execute();
  for (const row of rows) {
    const list = byItem.get(row.item_id) ?? [];
    list.push(toMaterial(row));
    byItem.set(row.item_id, list);
  }
  return byItem;
}

/** Relevance of an item to the search terms: name beats aliases beats department beats guide text. */
function relevance(terms: string[]) {
  const parts = terms.map((term, index) => {
    const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const weight = index === 0 ? 2 : 1; // the whole query counts double
    return sql<number>`(case when service_items.name ilike ${pattern} then ${10 * weight}
      when service_items.aliases::text ilike ${pattern} then ${7 * weight}
      when service_items.name_en ilike ${pattern} then ${6 * weight}
      when departments.name ilike ${pattern} then ${3 * weight}
      when service_items.guide->>'summary' ilike ${pattern} then ${1 * weight}
      else 0 end)`;
  });
  return sql<number>`(${sql.join(parts, sql` + `)})`;
}

export async function findItems(db: Executor, filter: ItemFilter): Promise<{ items: (ServiceItem & { departmentName: string })[]; total: number }> {
  let query = db.selectFrom('service_items').innerJoin('departments', 'departments.id', 'service_items.department_id').where('service_items.status', 'in', filter.statuses);
  if (filter.departmentId) query = query.where('service_items.department_id', '=', filter.departmentId);
  if (filter.domain) query = query.where('service_items.domain', '=', filter.domain);
  if (filter.targets) query = query.where('service_items.target', 'in', filter.targets);
  if (filter.bundleId) {
    const bundleId = filter.bundleId;
    query = query.where('service_items.id', 'in', (eb) => eb.selectFrom('bundle_items').select('item_id').where('bundle_id', '=', bundleId));
  }
  const score = filter.terms.length > 0 ? relevance(filter.terms) : sql<number>`0`;
  if (filter.terms.length > 0) query = query.where(score, '>', 0);
  const [rows, count] = await Promise.all([
    query
      .select([...itemColumns, 'departments.name as department_name', score.as('score')])
      .orderBy('score', 'desc')
      .orderBy('service_items.online_level', 'desc')
      .orderBy('service_items.id')
      .offset(filter.offset)
      .limit(filter.limit)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  const materials = await materialsOf(db, rows.map((r) => r.id));
  return {
    items: rows.map((row) => ({ ...toItem(row, materials.get(row.id) ?? []), departmentName: row.department_name })),
    total: Number(count.total),
  };
}

export async function findItem(db: Executor, id: string): Promise<(ServiceItem & { departmentName: string }) | undefined> {
  const row = await db
    .selectFrom('service_items')
    .innerJoin('departments', 'departments.id', 'service_items.department_id')
    .select([...itemColumns, 'departments.name as department_name'])
    .where('service_items.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const materials = await materialsOf(db, [id]);
  return { ...toItem(row, materials.get(id) ?? []), departmentName: row.department_name };
}

export async function itemExists(db: Executor, id: string): Promise<boolean> {
  return (await db.selectFrom('service_items').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Inserts or replaces an item with its materials; call inside a transaction. */
export async function saveItem(db: Executor, item: ServiceItem, now: Date): Promise<void> {
  const values = {
    id: item.id,
    name: item.name,
    name_en: item.nameEn,
    aliases: JSON.stringify(item.aliases),
    department_id: item.departmentId,
    domain: item.domain,
    target: item.target,
    type: item.type,
    legal_days: item.legalTimeLimitDays,
    promised_days: item.promisedTimeLimitDays,
    fee: item.fee,
    online_level: item.onlineLevel,
    auto_approvable: item.autoApprovable,
    status: item.status,
    conditions: JSON.stringify(item.conditions),
    guide: JSON.stringify(item.guide),
    updated_at: now,
  };
  const { id: _id, ...changes } = values;
  await db
    .insertInto('service_items')
    .values(values)
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...changes, revision: sql`service_items.revision + 1` }))
    .execute();
  await db.deleteFrom('item_materials').where('item_id', '=', item.id).execute();
  if (item.materials.length > 0) {
    await db
      .insertInto('item_materials')
      .values(
        item.materials.map((m, position) => ({
          item_id: item.id,
          position,
          name: m.name,
          required: m.required,
          form: m.form,
          copies: m.copies,
          note: m.note,
          certificate_type: m.certificateType ?? null,
        })),
      )
      .execute();
  }
}

export async function setItemStatus(db: Executor, id: string, status: 'active' | 'retired', now: Date): Promise<boolean> {
  const result = await db
    .updateTable('service_items')
    .set({ status, updated_at: now, revision: sql`revision + 1` })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function saveDepartment(db: Executor, department: Department): Promise<void> {
  const values = {
    id: department.id,
    name: department.name,
    name_en: department.nameEn,
    phone: department.phone,
    address: department.address,
    hours: department.hours,
  };
  const { id: _id, ...changes } = values;
  await db.insertInto('departments').values(values).onConflict((oc) => oc.column('id').doUpdateSet(changes)).execute();
}

export async function findDepartments(db: Executor): Promise<(Department & { itemCount: number })[]> {
  const rows = await db
    .selectFrom('departments')
    .leftJoin('service_items', (join) => join.onRef('service_items.department_id', '=', 'departments.id').on('service_items.status', '=', 'active'))
    .select(['departments.id', 'departments.name', 'departments.name_en', 'departments.phone', 'departments.address', 'departments.hours'])
    .select((eb) => eb.fn.count<string>('service_items.id').as('item_count'))
    .groupBy('departments.id')
    .orderBy('departments.id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, nameEn: r.name_en, phone: r.phone, address: r.address, hours: r.hours, itemCount: Number(r.item_count) }));
}

export async function departmentExists(db: Executor, id: string): Promise<boolean> {
  return (await db.selectFrom('departments').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function findDomains(db: Executor): Promise<{ name: string; itemCount: number }[]> {
  const rows = await db
    .selectFrom('service_items')
    .select(['domain'])
    .select((eb) => eb.fn.countAll<string>().as('item_count'))
    .where('status', '=', 'active')
    .groupBy('domain')
    .orderBy('item_count', 'desc')
    .orderBy('domain')
    .execute();
  return rows.map((r) => ({ name: r.domain, itemCount: Number(r.item_count) }));
}

export async function saveBundle(db: Executor, bundle: Bundle, now: Date): Promise<void> {
  const values = {
    id: bundle.id,
    name: bundle.name,
    name_en: bundle.nameEn,
    description: bundle.description,
    target: bundle.target,
    aliases: JSON.stringify(bundle.aliases),
    promised_days: bundle.promisedTimeLimitDays,
    guide: JSON.stringify(bundle.guide),
    updated_at: now,
  };
  const { id: _id, ...changes } = values;
  await db.insertInto('bundles').values(values).onConflict((oc) => oc.column('id').doUpdateSet(changes)).execute();
  await db.deleteFrom('bundle_items').where('bundle_id', '=', bundle.id).execute();
  await db
    .insertInto('bundle_items')
    .values(bundle.itemIds.map((itemId, position) => ({ bundle_id: bundle.id, item_id: itemId, position })))
    .execute();
}

export async function findBundles(db: Executor, id?: string): Promise<Bundle[]> {
  let query = db
    .selectFrom('bundles')
    .select(['id', 'name', 'name_en', 'description', 'target', 'aliases', 'promised_days', 'guide'])
    .where('status', '=', 'active')
    .orderBy('id');
  if (id) query = query.where('id', '=', id);
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom('bundle_items')
    .select(['bundle_id', 'item_id'])
    .where('bundle_id', 'in', rows.map((r) => r.id))
    .orderBy('bundle_id')
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    nameEn: r.name_en,
    description: r.description,
    target: r.target as Target,
    aliases: r.aliases,
    promisedTimeLimitDays: r.promised_days,
    guide: r.guide as Bundle['guide'],
    itemIds: links.filter((l) => l.bundle_id === r.id).map((l) => l.item_id),
  }));
}

export async function findBundlesOfItem(db: Executor, itemId: string): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('bundle_items')
    .innerJoin('bundles', 'bundles.id', 'bundle_items.bundle_id')
    .select(['bundles.id', 'bundles.name'])
    .where('bundle_items.item_id', '=', itemId)
    .where('bundles.status', '=', 'active')
    .orderBy('bundles.id')
    .execute();
}

export async function readSetting<T>(db: Executor, key: string): Promise<T | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value as T | undefined;
}

export async function writeSetting(db: Executor, key: string, value: unknown, now: Date): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value: JSON.stringify(value), updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: now }))
    .execute();
}

export type CatalogMeta = { version: string; jurisdiction: Jurisdiction };

/** Every item, active and retired, in id order: the export and the import's comparison. */
export async function findAllItems(db: Executor): Promise<ServiceItem[]> {
  const rows = await db.selectFrom('service_items').select(itemColumns).orderBy('service_items.id').execute();
  const materials = await materialsOf(db, rows.map((r) => r.id));
  return rows.map((row) => toItem(row, materials.get(row.id) ?? []));
}

export async function findAllDepartments(db: Executor): Promise<Department[]> {
  const rows = await db.selectFrom('departments').select(['id', 'name', 'name_en', 'phone', 'address', 'hours']).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, nameEn: r.name_en, phone: r.phone, address: r.address, hours: r.hours }));
}
