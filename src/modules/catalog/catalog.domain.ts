import type { LocalizedDetail } from '../../plugins/errors.js';
import type { Bundle, Department, ServiceItem, Target } from './catalog.schema.js';

/** A catalog whose rows may be missing where a row failed its own validation; positions stay the file's. */
export type CatalogRows = { departments: (Department | undefined)[]; items: (ServiceItem | undefined)[]; bundles: (Bundle | undefined)[] };

/** Which targets a filter for persons or enterprises accepts: items for both serve either. */
export function targetsMatching(target: 'person' | 'enterprise'): Target[] {
  return [target, 'both'];
}

// Function words that say nothing about which service is meant.
const stopWords = new Set([
  '我', '我们', '想', '要', '想要', '需要', '怎么', '怎么办', '怎样', '如何', '办', '办理', '去', '的', '了', '吗', '呢', '在', '哪里', '哪儿',
  '什么', '可以', '能', '能否', '一下', '请问', '你好', '这个', '那个', '是', '有', '和', '与', '及',
]);

/** Search terms of a query: the query itself and its meaningful words, longest first, without duplicates. */
export function searchTerms(query: string, cut: (text: string) => string[]): string[] {
  const whole = query.trim().toLowerCase();
  if (whole.length === 0) return [];
  const words = cut(whole)
    .map((w) => w.trim())
    .filter((w) => w.length > 0 && !stopWords.has(w) && !/^[\p{P}\s]+$/u.test(w))
    .filter((w) => w.length > 1 || /[\u4e00-\u9fff]/.test(w) === false);
  return [...new Set([whole, ...words])].sort((a, b) => b.length - a.length).slice(0, 12);
}

/** Referential checks the schema alone cannot make; each problem names its sheet and 1-based row. */
export function findCatalogInconsistencies(doc: CatalogRows, idsInFile: { departments: string[]; items: string[] }): LocalizedDetail[] {
  const problems: LocalizedDetail[] = [];
  const add = (sheet: string, row: number, zh: string, en: string) => problems.push({ sheet, row, reason: { zh, en } });
  const seen = (sheet: string, ids: (string | undefined)[], label: { zh: string; en: string }) => {
    const first = new Map<string, number>();
    ids.forEach((id, index) => {
      if (id === undefined) return;
      const earlier = first.get(id);
      if (earlier !== undefined) add(sheet, index + 1, `${label.zh}编号 ${id} 与第 ${earlier} 行重复`, `${label.en} id ${id} repeats row ${earlier}`);
      else first.set(id, index + 1);
    });
  };
  seen('departments', doc.departments.map((d) => d?.id), { zh: '部门', en: 'department' });
  seen('departments', doc.departments.map((d) => d?.name), { zh: '部门名称', en: 'department name' });
  seen('items', doc.items.map((i) => i?.id), { zh: '事项', en: 'item' });
  seen('bundles', doc.bundles.map((b) => b?.id), { zh: '一件事', en: 'bundle' });
  // References resolve against every id in the file, so a row with its own problems is not blamed twice.
  const departmentIds = new Set(idsInFile.departments);
  const unknownDepartment = (id: string) => !departmentIds.has(id);
  const itemIds = new Set(idsInFile.items);
  const unknownItem = (id: string) => !itemIds.has(id);
  doc.items.forEach((item, index) => {
    if (!item) return;
    if (unknownDepartment(item.departmentId)) {
      add('items', index + 1, `事项 ${item.id} 的部门 ${item.departmentId} 不存在`, `item ${item.id}: department ${item.departmentId} does not exist`);
    }
    problems.push(...itemRuleProblems(item).map((reason) => ({ sheet: 'items', row: index + 1, reason })));
  });
  doc.bundles.forEach((bundle, index) => {
    if (!bundle) return;
    for (const itemId of bundle.itemIds) {
      if (unknownItem(itemId)) add('bundles', index + 1, `一件事 ${bundle.id} 包含的事项 ${itemId} 不存在`, `bundle ${bundle.id}: item ${itemId} does not exist`);
    }
  });
  return problems;
}

/** Business rules of one item that hold whatever the catalog around it. */
export function itemRuleProblems(item: { id?: string; legalTimeLimitDays: number; promisedTimeLimitDays: number; onlineLevel: number; guide: { visitsInPerson: number } }) {
  const problems: { zh: string; en: string }[] = [];
  const label = item.id ?? '';
  if (item.promisedTimeLimitDays > item.legalTimeLimitDays) {
    problems.push({
      zh: `事项 ${label} 的承诺时限（${item.promisedTimeLimitDays}）不得超过法定时限（${item.legalTimeLimitDays}）`,
      en: `item ${label}: the promised time limit (${item.promisedTimeLimitDays}) exceeds the legal one (${item.legalTimeLimitDays})`,
    });
  }
  if (item.onlineLevel === 4 && item.guide.visitsInPerson > 0) {
    problems.push({
      zh: `事项 ${label} 为全程网办（深度 4），跑动次数应为 0`,
      en: `item ${label}: fully online (level 4) items require zero visits in person`,
    });
  }
  return problems;
}
