import { z } from 'zod';
import { describeIssue } from '../../plugins/issues.js';
import { fail, ok, type LocalizedDetail, type Result } from '../../plugins/errors.js';
import { findCatalogInconsistencies } from './catalog.domain.js';
import type { CatalogErrorCode } from './catalog.errors.js';
import { bundleSchema, departmentSchema, itemSchema, jurisdictionSchema, type CatalogDocument } from './catalog.schema.js';

export type PathKey = PropertyKey;
/** Where an element of the catalog document came from in the file: its sheet and 1-based row. */
export type Locator = (path: readonly PathKey[]) => { sheet: string; row: number; field: string };

/** JSON files: the collection is the sheet, the array position (1-based) the row. */
export const jsonLocator: Locator = (path) => {
  const [sheet = '', index, ...rest] = path;
  return { sheet: String(sheet), row: typeof index === 'number' ? index + 1 : 0, field: rest.map(String).join('.') };
};

// The file's frame; each row is checked on its own below, so one bad row does not hide the others.
const frameSchema = z.strictObject({
  version: z.string().trim().min(1).max(40),
  jurisdiction: jurisdictionSchema,
  departments: z.array(z.unknown()),
  items: z.array(z.unknown()),
  bundles: z.array(z.unknown()),
});

function problemsOf(error: z.ZodError, prefix: PathKey[], locate: Locator): LocalizedDetail[] {
  return error.issues.map((issue) => {
    const { sheet, row, field } = locate([...prefix, ...issue.path]);
    const text = describeIssue({ ...issue });
    return { sheet, row, field, reason: { zh: field ? `${field}：${text.zh}` : text.zh, en: field ? `${field}: ${text.en}` : text.en } };
  });
}

function rawIds(rows: unknown[]): string[] {
  return rows.flatMap((row) => (typeof row === 'object' && row !== null && typeof (row as { id?: unknown }).id === 'string' ? [(row as { id: string }).id] : []));
}

function parseRows<T>(rows: unknown[], schema: z.ZodType<T>, sheet: string, locate: Locator, problems: LocalizedDetail[]): (T | undefined)[] {
  return rows.map((row, index) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) return parsed.data;
    problems.push(...problemsOf(parsed.error, [sheet, index], locate));
    return undefined;
  });
}

/** Checks a whole catalog file and reports every problem with its sheet and row. */
export function validateCatalogDocument(raw: unknown, locate: Locator = jsonLocator): Result<CatalogDocument, CatalogErrorCode> {
  const frame = frameSchema.safeParse(raw);
  if (!frame.success) {
    const details = problemsOf(frame.error, [], locate);
    return fail('CATALOG_IMPORT_INVALID', { count: details.length }, details);
  }
  const problems: LocalizedDetail[] = [];
  const rows = {
    departments: parseRows(frame.data.departments, departmentSchema, 'departments', locate, problems),
    items: parseRows(frame.data.items, itemSchema, 'items', locate, problems),
    bundles: parseRows(frame.data.bundles, bundleSchema, 'bundles', locate, problems),
  };
  const ids = { departments: rawIds(frame.data.departments), items: rawIds(frame.data.items) };
  for (const problem of findCatalogInconsistencies(rows, ids)) {
    const located = locate([problem.sheet ?? '', (problem.row ?? 1) - 1]);
    problems.push({ ...problem, sheet: located.sheet, row: located.row });
  }
  if (problems.length > 0) {
    problems.sort((a, b) => (a.sheet ?? '').localeCompare(b.sheet ?? '') || (a.row ?? 0) - (b.row ?? 0));
    return fail('CATALOG_IMPORT_INVALID', { count: problems.length }, problems);
  }
  const complete = <T>(list: (T | undefined)[]) => list.filter((r): r is T => r !== undefined);
  return ok({
    version: frame.data.version,
    jurisdiction: frame.data.jurisdiction,
    departments: complete(rows.departments),
    items: complete(rows.items),
    bundles: complete(rows.bundles),
  });
}
