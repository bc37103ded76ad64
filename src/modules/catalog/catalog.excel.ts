import ExcelJS from 'exceljs';
import { fail, ok, type LocalizedDetail, type Result } from '../../plugins/errors.js';
import type { CatalogErrorCode } from './catalog.errors.js';
import { itemTypes, materialForms, type CatalogDocument } from './catalog.schema.js';
import { validateCatalogDocument, type Locator, type PathKey } from './catalog.validation.js';

export type CatalogExcel = {
  /** The whole catalog as an .xlsx workbook a department clerk can edit in Excel/WPS. */
  toWorkbook(doc: CatalogDocument): Promise<Buffer>;
  /**
   * Reads a workbook back into an unvalidated catalog document and a locator from document paths to sheet rows.
   * Fails with CATALOG_FILE_UNREADABLE for a file that is not xlsx or lacks a sheet/column, and with
   * CATALOG_IMPORT_INVALID for rows that cannot be placed (a material of an unknown item); cell values are left to validation.
   */
  fromWorkbook(bytes: Buffer): Promise<Result<{ document: unknown; locate: Locator }, CatalogErrorCode>>;
};

// ---- Layout: one description drives both the writer and the reader, so the two cannot drift apart.

type Kind = 'text' | 'optional' | 'int' | 'bool' | 'target' | 'status' | 'lines';
type Column = { key: string; label: string; kind: Kind; path: readonly string[]; width: number; choices?: readonly string[] };
type ChildSheet = { name: string; key: string; into: readonly string[]; columns: Column[] };
type ParentSheet = { name: string; key: 'departments' | 'items' | 'bundles'; columns: Column[]; children: ChildSheet[] };

const labels = {
  bool: { 是: true, 否: false },
  target: { 个人: 'person', 法人: 'enterprise', 两者: 'both' },
  status: { 在用: 'active', 停用: 'retired' },
} as const;

const defaultWidth: Record<Kind, number> = { text: 20, optional: 20, int: 10, bool: 10, target: 10, status: 10, lines: 40 };
const choicesOf: Partial<Record<Kind, readonly string[]>> = {
  bool: Object.keys(labels.bool),
  target: Object.keys(labels.target),
  status: Object.keys(labels.status),
};

function col(key: string, label: string, kind: Kind = 'text', options: { path?: string[]; width?: number; choices?: readonly string[] } = {}): Column {
  const choices = options.choices ?? choicesOf[kind];
  return { key, label, kind, path: options.path ?? [key], width: options.width ?? defaultWidth[kind], ...(choices ? { choices } : {}) };
}
const guide = (key: string, label: string, kind: Kind = 'text', width = 40) => col(key, label, kind, { path: ['guide', key], width });
const order = col('order', '序号', 'int', { width: 8 });
const stepColumns = [col('title', '环节名称', 'text', { width: 24 }), col('description', '环节说明', 'text', { width: 60 })];

const readmeName = '说明';
const readmeKeys = [
  col('version', '目录版本'),
  col('jurisdiction.name', '辖区名称', 'text', { path: ['jurisdiction', 'name'] }),
  col('jurisdiction.nameEn', '辖区英文名称', 'text', { path: ['jurisdiction', 'nameEn'] }),
  col('jurisdiction.hotline', '服务热线', 'text', { path: ['jurisdiction', 'hotline'] }),
];

const layout: ParentSheet[] = [
  {
    name: '部门',
    key: 'departments',
    columns: [
      col('id', '部门编号', 'text', { width: 16 }),
      col('name', '部门名称', 'text', { width: 24 }),
      col('nameEn', '英文名称', 'text', { width: 30 }),
      col('phone', '咨询电话', 'text', { width: 18 }),
      col('address', '办公地址', 'text', { width: 36 }),
      col('hours', '办公时间', 'text', { width: 30 }),
    ],
    children: [],
  },
  {
    name: '事项',
    key: 'items',
    columns: [
      col('id', '事项编号', 'text', { width: 24 }),
      col('name', '事项名称', 'text', { width: 28 }),
      col('nameEn', '英文名称', 'text', { width: 30 }),
      col('aliases', '别名', 'lines', { width: 24 }),
      col('departmentId', '部门编号', 'text', { width: 16 }),
      col('domain', '主题领域', 'text', { width: 14 }),
      col('target', '服务对象', 'target'),
      col('type', '事项类型', 'text', { width: 14, choices: itemTypes }),
      col('legalTimeLimitDays', '法定时限天数', 'int', { width: 12 }),
      col('promisedTimeLimitDays', '承诺时限天数', 'int', { width: 12 }),
      col('fee', '收费标准', 'text', { width: 20 }),
      col('onlineLevel', '网办深度', 'int'),
      col('autoApprovable', '可自动审批', 'bool', { width: 12 }),
      col('status', '状态', 'status'),
      col('conditions', '受理条件', 'lines'),
      guide('summary', '事项概述', 'text', 50),
      guide('legalBasis', '设定依据', 'lines'),
      guide('applicants', '申请对象'),
      guide('online', '网上办理'),
      guide('offline', '窗口办理'),
      guide('result', '办理结果', 'text', 24),
      guide('delivery', '结果送达', 'text', 24),
      guide('visitsInPerson', '跑动次数', 'int', 10),
      guide('chargeBasis', '收费依据', 'text', 30),
      guide('notes', '注意事项', 'lines'),
    ],
    children: [
      {
        name: '材料',
        key: 'materials',
        into: ['materials'],
        columns: [
          col('name', '材料名称', 'text', { width: 36 }),
          col('required', '是否必需', 'bool'),
          col('form', '材料形式', 'text', { width: 14, choices: materialForms }),
          col('copies', '份数', 'int', { width: 8 }),
          col('note', '备注', 'text', { width: 36 }),
          col('certificateType', '电子证照类型', 'optional', { width: 20 }),
        ],
      },
      { name: '流程', key: 'steps', into: ['guide', 'steps'], columns: stepColumns },
      {
        name: '常见问题',
        key: 'faq',
        into: ['guide', 'faq'],
        columns: [col('q', '问题', 'text', { width: 40 }), col('a', '解答', 'text', { width: 60 })],
      },
    ],
  },
  {
    name: '一件事',
    key: 'bundles',
    columns: [
      col('id', '一件事编号', 'text', { width: 24 }),
      col('name', '名称', 'text', { width: 28 }),
      col('nameEn', '英文名称', 'text', { width: 30 }),
      col('description', '简介', 'text', { width: 50 }),
      col('target', '服务对象', 'target'),
      col('itemIds', '包含事项编号', 'lines', { width: 30 }),
      col('aliases', '别名', 'lines', { width: 24 }),
      col('promisedTimeLimitDays', '承诺时限天数', 'int', { width: 12 }),
      guide('summary', '概述', 'text', 50),
      guide('notes', '注意事项', 'lines'),
    ],
    children: [{ name: '一件事流程', key: 'bundleSteps', into: ['guide', 'steps'], columns: stepColumns }],
  },
];

// The column that ties a child row to its parent row: 事项编号 (itemId) in 材料, 一件事编号 (bundleId) in 一件事流程.
function parentColumn(parent: ParentSheet): Column {
  const id = parent.columns[0]!;
  return col(parent.key === 'bundles' ? 'bundleId' : 'itemId', id.label, 'text', { width: id.width });
}
const childColumns = (parent: ParentSheet, child: ChildSheet) => [parentColumn(parent), order, ...child.columns];
const headerText = (column: Column) => `${column.label} (${column.key})`;

const readmeText: [string, string][] = [
  ['使用方法', '每个工作表的第 1 行是列名，请勿修改括号中的英文键；列的顺序可以调整，空行会被忽略。导入时整个目录被替换，任何一行有错都不会导入，所有错误会连同工作表和行号一起列出。'],
  ['部门', '实施部门：一行一个部门。'],
  ['事项', '政务服务事项：一行一个事项，含办事指南的文字部分。部门编号须为「部门」表中的编号。'],
  ['材料', '申请材料：按事项编号归入事项，按序号（从 1 开始）排序。'],
  ['流程', '办理流程：按事项编号归入事项，按序号排序；每个事项至少一步。'],
  ['常见问题', '常见问题：按事项编号归入事项，按序号排序。'],
  ['一件事', '“一件事”套餐：包含事项编号每行一个，至少两个。'],
  ['一件事流程', '“一件事”的办理流程：按一件事编号归入，按序号排序。'],
  ['列表', '别名、受理条件、设定依据、注意事项、包含事项编号等列表，在同一单元格内每行一项（Alt+Enter 换行）。'],
  ['是/否', '是否必需、可自动审批：填“是”或“否”。'],
  ['服务对象', '个人 = person，法人 = enterprise，两者 = both。'],
  ['状态', '在用 = active，停用 = retired（空白视为在用）。'],
  ['事项类型', itemTypes.join('、')],
  ['材料形式', materialForms.join('、')],
  ['数字', '时限天数、网办深度（1-4）、跑动次数、份数、序号填整数。'],
];

// ---- Writing

// Excel stores these as _xHHHH_; escaping keeps control characters and literal "_x000D_" text intact.
const encodeText = (text: string) =>
  text
    .replace(/_(?=x[0-9a-f]{4}_)/gi, '_x005F_')
    .replace(/[\x00-\x08\x0B-\x1F]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);

function labelOf<V>(map: Record<string, V>, value: V): string | null {
  return Object.entries(map).find(([, v]) => v === value)?.[0] ?? null;
}

function toCell(kind: Kind, value: unknown): ExcelJS.CellValue {
  if (value === undefined || value === null || value === '') return null;
  switch (kind) {
    case 'int':
      return value as number;
    case 'bool':
      return labelOf(labels.bool, value);
    case 'target':
      return labelOf(labels.target, value);
    case 'status':
      return labelOf(labels.status, value);
    case 'lines':
      return (value as string[]).length === 0 ? null : encodeText((value as string[]).join('\n'));
    default:
      return encodeText(String(value));
  }
}

function getPath(record: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], record);
}
const cellsOf = (columns: Column[], record: unknown) => columns.map((c) => toCell(c.kind, getPath(record, c.path)));
const textual = (kind: Kind) => kind !== 'int';

// ExcelJS types only per-cell validation; one range per column keeps the file small.
type RangeValidations = { add(range: string, validation: ExcelJS.DataValidation): void };

function addTable(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: ExcelJS.CellValue[][]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: headerText(c),
    key: c.key,
    width: c.width,
    style: { alignment: { wrapText: true, vertical: 'top' }, ...(textual(c.kind) ? { numFmt: '@' } : {}) },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  header.alignment = { wrapText: true, vertical: 'middle' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  sheet.addRows(rows);
  const lastRow = rows.length + 500;
  columns.forEach((c, index) => {
    if (!c.choices) return;
    const letter = sheet.getColumn(index + 1).letter;
    (sheet as unknown as { dataValidations: RangeValidations }).dataValidations.add(`${letter}2:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${c.choices.join(',')}"`],
      showErrorMessage: true,
      errorTitle: c.label,
      error: `请从列表中选择：${c.choices.join('、')}`,
    });
  });
}

function addReadme(workbook: ExcelJS.Workbook, doc: CatalogDocument): void {
  const sheet = workbook.addWorksheet(readmeName);
  sheet.columns = [
    { header: '项目 (key)', key: 'key', width: 30, style: { alignment: { wrapText: true, vertical: 'top' }, numFmt: '@' } },
    { header: '内容 (value)', key: 'value', width: 90, style: { alignment: { wrapText: true, vertical: 'top' }, numFmt: '@' } },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(readmeKeys.map((k) => [headerText(k), toCell(k.kind, getPath(doc, k.path))]));
  sheet.addRow([]);
  sheet.addRow(['填写说明']).font = { bold: true };
  sheet.addRows(readmeText);
}

async function toWorkbook(doc: CatalogDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tongban 通办';
  addReadme(workbook, doc);
  for (const parent of layout) {
    const records = doc[parent.key] as unknown as Record<string, unknown>[];
    addTable(workbook, parent.name, parent.columns, records.map((r) => cellsOf(parent.columns, r)));
    for (const child of parent.children) {
      const rows = records.flatMap((r) => ((getPath(r, child.into) ?? []) as unknown[]).map((c, i) => [r.id as string, i + 1, ...cellsOf(child.columns, c)]));
      addTable(workbook, child.name, childColumns(parent, child), rows);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ---- Reading

type Plain = string | number | boolean | null;
type SheetRow = { row: number; cells: Map<string, Plain> };
type Table = { sheet: string; headers: Map<string, string>; rows: SheetRow[] };
type Unreadable = { ok: false; reason: string };

/** A cell as the clerk sees it: rich text and hyperlinks as their text, formulas as their cached result. */
function plainValue(value: ExcelJS.CellValue | undefined): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().replace(/T00:00:00\.000Z$/, '');
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return plainValue(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  if ('result' in value) return plainValue(value.result);
  return null;
}

const isBlank = (value: Plain) => value === null || (typeof value === 'string' && value.trim() === '');

function fromCell(kind: Kind, value: Plain): unknown {
  const text = typeof value === 'string' ? value.trim() : value;
  switch (kind) {
    case 'text':
      return value === null ? '' : String(value);
    case 'optional':
      return isBlank(value) ? undefined : String(value);
    case 'int':
      if (isBlank(value)) return undefined;
      return typeof text === 'string' && /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : value;
    case 'bool':
      if (isBlank(value)) return undefined;
      if (typeof text !== 'string') return value;
      if (Object.hasOwn(labels.bool, text)) return labels.bool[text as keyof typeof labels.bool];
      return text.toLowerCase() === 'true' ? true : text.toLowerCase() === 'false' ? false : value;
    case 'target':
    case 'status': {
      if (isBlank(value)) return undefined;
      const map: Record<string, string> = labels[kind];
      return typeof text === 'string' && Object.hasOwn(map, text) ? map[text] : value;
    }
    case 'lines':
      return value === null ? [] : String(value).split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
  }
}

// A header or sheet name matches by the English key in brackets, or else by its Chinese label or bare key.
function matchesName(text: string, label: string, key: string): boolean {
  const match = /^(.*?)\s*[(（]\s*([A-Za-z][\w.]*)\s*[)）]\s*$/.exec(text.trim());
  if (match) return match[2]!.toLowerCase() === key.toLowerCase();
  const bare = text.trim();
  return bare === label || bare.toLowerCase() === key.toLowerCase();
}

function findSheet(workbook: ExcelJS.Workbook, name: string, key: string): ExcelJS.Worksheet | Unreadable {
  const sheet = workbook.worksheets.find((s) => matchesName(s.name, name, key));
  return sheet ?? { ok: false, reason: `缺少工作表「${name}」` };
}

function readTable(workbook: ExcelJS.Workbook, name: string, key: string, columns: Column[]): Table | Unreadable {
  const sheet = findSheet(workbook, name, key);
  if ('ok' in sheet) return sheet;
  const positions = new Map<string, number>();
  const headers = new Map<string, string>();
  for (const column of columns) {
    const found: { index: number; text: string }[] = [];
    sheet.getRow(1).eachCell((cell, index) => {
      const text = String(plainValue(cell.value) ?? '');
      if (matchesName(text, column.label, column.key)) found.push({ index, text: text.trim() });
    });
    if (found.length === 0) return { ok: false, reason: `工作表「${sheet.name}」缺少列「${headerText(column)}」` };
    if (found.length > 1) return { ok: false, reason: `工作表「${sheet.name}」的列「${headerText(column)}」出现了不止一次` };
    positions.set(column.key, found[0]!.index);
    headers.set(column.key, found[0]!.text);
  }
  const rows: SheetRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = new Map(columns.map((c) => [c.key, plainValue(row.getCell(positions.get(c.key)!).value)]));
    if ([...cells.values()].some((v) => !isBlank(v))) rows.push({ row: rowNumber, cells });
  });
  return { sheet: sheet.name, headers, rows };
}

function readReadme(workbook: ExcelJS.Workbook): { sheet: string; values: Map<string, Plain>; rows: Map<string, number>; headers: Map<string, string> } | Unreadable {
  const sheet = findSheet(workbook, readmeName, 'readme');
  if ('ok' in sheet) return sheet;
  const values = new Map<string, Plain>();
  const rows = new Map<string, number>();
  const headers = new Map<string, string>();
  sheet.eachRow((row, rowNumber) => {
    const text = String(plainValue(row.getCell(1).value) ?? '');
    const key = readmeKeys.find((k) => matchesName(text, k.label, k.key));
    if (!key || rows.has(key.key)) return;
    values.set(key.key, plainValue(row.getCell(2).value));
    rows.set(key.key, rowNumber);
    headers.set(key.key, text.trim());
  });
  const missing = readmeKeys.find((k) => !rows.has(k.key));
  if (missing) return { ok: false, reason: `工作表「${sheet.name}」缺少「${headerText(missing)}」一行` };
  return { sheet: sheet.name, values, rows, headers };
}

function setPath(record: Record<string, unknown>, path: readonly string[], value: unknown): void {
  if (value === undefined) return;
  const last = path.length - 1;
  let node = record;
  path.forEach((key, i) => {
    if (i === last) node[key] = value;
    else node = (node[key] ??= {}) as Record<string, unknown>;
  });
}

function recordOf(columns: Column[], cells: Map<string, Plain>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const c of columns) setPath(record, c.path, fromCell(c.kind, cells.get(c.key) ?? null));
  return record;
}

/** Puts each child row into every parent row with its parent id, sorted by order, and reports rows that fit nowhere. */
function placeChildren(parents: Record<string, unknown>[], table: Table, child: ChildSheet, parentKey: string, problems: LocalizedDetail[]): number[][] {
  const indexesById = new Map<string, number[]>();
  parents.forEach((p, i) => {
    setPath(p, child.into, []);
    const id = String(p.id ?? '').trim();
    indexesById.set(id, [...(indexesById.get(id) ?? []), i]);
  });
  const problem = (row: number, key: string, zh: string, en: string) =>
    problems.push({ sheet: table.sheet, row, field: table.headers.get(key) ?? key, reason: { zh, en } });
  const groups = new Map<string, { order: number; row: SheetRow }[]>();
  for (const row of table.rows) {
    const parentId = String(row.cells.get(parentKey) ?? '').trim();
    const rawOrder = row.cells.get('order') ?? null;
    const order = fromCell('int', rawOrder);
    if (parentId === '') problem(row.row, parentKey, '缺少所属编号，无法归入', 'the parent id is missing');
    else if (!indexesById.has(parentId)) problem(row.row, parentKey, `所属编号 ${parentId} 不存在`, `parent ${parentId} does not exist`);
    else if (order !== undefined && !(typeof order === 'number' && Number.isInteger(order) && order > 0)) {
      problem(row.row, 'order', `序号 ${String(rawOrder)} 不是正整数`, `order ${String(rawOrder)} is not a positive integer`);
    } else groups.set(parentId, [...(groups.get(parentId) ?? []), { order: (order as number | undefined) ?? Infinity, row }]);
  }
  const rowsByParent: number[][] = parents.map(() => []);
  for (const [parentId, entries] of groups) {
    // A blank order sorts last; equal orders keep the sheet's row order.
    entries.sort((a, b) => a.order - b.order || a.row.row - b.row.row);
    for (const index of indexesById.get(parentId)!) {
      setPath(parents[index]!, child.into, entries.map((e) => recordOf(child.columns, e.row.cells)));
      rowsByParent[index] = entries.map((e) => e.row.row);
    }
  }
  return rowsByParent;
}

type Region = { sheet: string; headers: Map<string, string>; columns: Column[] };
type PlacedParent = Region & { rows: number[]; children: (Region & { into: readonly string[]; rowsByParent: number[][] })[] };

const startsWith = (path: readonly PathKey[], prefix: readonly PathKey[]) => prefix.every((key, i) => path[i] === key);

function fieldOf(region: Region, path: readonly PathKey[]): string {
  const column = region.columns.find((c) => startsWith(path, c.path));
  return column ? (region.headers.get(column.key) ?? headerText(column)) : path.map(String).join('.');
}

function createLocator(readme: Region & { rows: Map<string, number> }, parents: Map<PathKey, PlacedParent>): Locator {
  return (path) => {
    const [top, index, ...rest] = path;
    const parent = parents.get(top ?? '');
    if (!parent) {
      const key = readmeKeys.find((k) => startsWith(path, k.path));
      return { sheet: readme.sheet, row: (key && readme.rows.get(key.key)) ?? 0, field: fieldOf(readme, path) };
    }
    if (typeof index !== 'number') return { sheet: parent.sheet, row: 0, field: '' };
    const row = parent.rows[index] ?? 0;
    const child = parent.children.find((c) => startsWith(rest, c.into));
    if (!child) return { sheet: parent.sheet, row, field: fieldOf(parent, rest) };
    const [childIndex, ...field] = rest.slice(child.into.length);
    if (typeof childIndex !== 'number') return { sheet: parent.sheet, row, field: child.sheet };
    return { sheet: child.sheet, row: child.rowsByParent[index]?.[childIndex] ?? row, field: fieldOf(child, field) };
  };
}

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    // Validation ranges are expanded cell by cell when read; a whole-column list from WPS would cost a million entries.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: ['dataValidations', 'conditionalFormatting'] });
    return workbook;
  } catch {
    return undefined;
  }
}

const unreadable = (reason: string) => fail('CATALOG_FILE_UNREADABLE', { reason });

async function fromWorkbook(bytes: Buffer): Promise<Result<{ document: unknown; locate: Locator }, CatalogErrorCode>> {
  const workbook = await loadWorkbook(bytes);
  if (!workbook) return unreadable('文件不是有效的 Excel 工作簿（.xlsx）');
  const readme = readReadme(workbook);
  if ('ok' in readme) return unreadable(readme.reason);
  const document: Record<string, unknown> = {};
  for (const key of readmeKeys) setPath(document, key.path, fromCell(key.kind, readme.values.get(key.key) ?? null));
  const problems: LocalizedDetail[] = [];
  const placed = new Map<PathKey, PlacedParent>();
  const sheetRank = new Map([[readme.sheet, 0]]);
  for (const parent of layout) {
    const table = readTable(workbook, parent.name, parent.key, parent.columns);
    if ('ok' in table) return unreadable(table.reason);
    sheetRank.set(table.sheet, sheetRank.size);
    const records = table.rows.map((r) => recordOf(parent.columns, r.cells));
    const children: PlacedParent['children'] = [];
    for (const child of parent.children) {
      const parentKey = parentColumn(parent).key;
      const childTable = readTable(workbook, child.name, child.key, childColumns(parent, child));
      if ('ok' in childTable) return unreadable(childTable.reason);
      sheetRank.set(childTable.sheet, sheetRank.size);
      const rowsByParent = placeChildren(records, childTable, child, parentKey, problems);
      children.push({ sheet: childTable.sheet, headers: childTable.headers, columns: child.columns, into: child.into, rowsByParent });
    }
    document[parent.key] = records;
    placed.set(parent.key, { sheet: table.sheet, headers: table.headers, columns: parent.columns, rows: table.rows.map((r) => r.row), children });
  }
  const locate = createLocator({ sheet: readme.sheet, headers: readme.headers, columns: readmeKeys, rows: readme.rows }, placed);
  if (problems.length === 0) return ok({ document, locate });
  // Rows that fit nowhere are reported together with every cell problem, so one upload shows the clerk everything.
  const checked = validateCatalogDocument(document, locate);
  const details = [...problems, ...(checked.ok ? [] : (checked.error.details ?? []))];
  const rank = (sheet = '') => sheetRank.get(sheet) ?? sheetRank.size;
  details.sort((a, b) => rank(a.sheet) - rank(b.sheet) || (a.row ?? 0) - (b.row ?? 0));
  return fail('CATALOG_IMPORT_INVALID', { count: details.length }, details);
}

export function createCatalogExcel(): CatalogExcel {
  return { toWorkbook, fromWorkbook };
}
