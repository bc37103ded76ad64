import { existsSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createCatalogExcel } from './catalog.excel.js';
import { catalogDocumentSchema, type CatalogDocument } from './catalog.schema.js';
import { validateCatalogDocument } from './catalog.validation.js';

const excel = createCatalogExcel();
const defaultCatalogPath = new URL('../../../data/catalog/default-catalog.json', import.meta.url);

const step = (title: string) => ({ title, description: `${title}的说明` });
const guide = (summary: string) => ({
  summary,
  legalBasis: ['《中华人民共和国行政许可法》', '《某省条例》第十二条'],
  applicants: '本市户籍居民',
  steps: [step('申请'), step('受理'), step('审核')],
  online: '登录通办网站提交',
  offline: '到政务服务中心窗口办理',
  result: '准予许可决定书',
  delivery: '邮寄或自取',
  visitsInPerson: 1,
  chargeBasis: '不收费',
  notes: ['请携带原件', '代办需委托书'],
  faq: [{ q: '可以代办吗？', a: '可以，\n需携带委托书。' }],
});

function sampleCatalog(): CatalogDocument {
  return catalogDocumentSchema.parse({
    version: '2025.1',
    jurisdiction: { name: '示例市', nameEn: 'Example City', hotline: '12345' },
    departments: [
      { id: 'civil-affairs', name: '民政局', nameEn: 'Civil Affairs Bureau', phone: '0000-12345601', address: '人民路 1 号', hours: '工作日 9:00-17:00' },
      { id: 'market', name: '市场监督管理局', nameEn: '', phone: '007', address: '', hours: '' },
    ],
    items: [
      {
        id: 'marriage-registration',
        name: '结婚登记',
        nameEn: 'Marriage registration',
        aliases: ['领证', '登记结婚'],
        departmentId: 'civil-affairs',
        domain: '婚姻登记',
        target: 'person',
        type: '行政确认',
        legalTimeLimitDays: 1,
        promisedTimeLimitDays: 0,
        fee: '免费',
        onlineLevel: 2,
        autoApprovable: false,
        status: 'active',
        materials: [
          { name: '居民身份证', required: true, form: '原件', copies: 1, note: '', certificateType: 'id_card' },
          { name: '户口簿', required: true, form: '原件及复印件', copies: 2, note: '集体户口提供户籍证明' },
          { name: '照片', required: false, form: '电子件', copies: 0, note: '=1+1 是文字，不是公式' },
        ],
        conditions: ['男女双方自愿', '达到法定婚龄'],
        guide: guide('双方共同到场办理。\r\n当场发证。'),
      },
      {
        id: 'business-license',
        name: '营业执照办理',
        nameEn: '',
        aliases: [],
        departmentId: 'market',
        domain: '市场主体',
        target: 'enterprise',
        type: '行政许可',
        legalTimeLimitDays: 20,
        promisedTimeLimitDays: 3,
        fee: '不收费',
        onlineLevel: 4,
        autoApprovable: true,
        status: 'retired',
        materials: [],
        conditions: [],
        guide: { ...guide('字面量 _x000D_ 保持原样'), visitsInPerson: 0, notes: [], faq: [] },
      },
      {
        id: 'elderly-card',
        name: '老年人优待证',
        nameEn: 'Senior card',
        aliases: ['老年证'],
        departmentId: 'civil-affairs',
        domain: '养老服务',
        target: 'both',
        type: '公共服务',
        legalTimeLimitDays: 10,
        promisedTimeLimitDays: 5,
        fee: '免费',
        onlineLevel: 3,
        autoApprovable: false,
        status: 'active',
        materials: [{ name: '身份证', required: true, form: '复印件', copies: 1, note: '' }],
        conditions: ['年满 60 周岁'],
        guide: guide('60 岁以上老人可申领'),
      },
    ],
    bundles: [
      {
        id: 'start-family',
        name: '成家一件事',
        nameEn: 'Starting a family',
        description: '结婚登记与老年证一次办',
        target: 'person',
        itemIds: ['marriage-registration', 'elderly-card'],
        aliases: ['成家'],
        promisedTimeLimitDays: 3,
        guide: { summary: '一次提交，并联审批', steps: [step('一次申请'), step('并联审批')], notes: [] },
      },
    ],
  });
}

async function editWorkbook(bytes: Buffer, change: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  change(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function columnOf(sheet: ExcelJS.Worksheet, key: string): number {
  let found = 0;
  sheet.getRow(1).eachCell((cell, index) => {
    if (String(cell.value).endsWith(`(${key})`)) found = index;
  });
  if (found === 0) throw new Error(`no column ${key} in ${sheet.name}`);
  return found;
}

function setCell(workbook: ExcelJS.Workbook, sheetName: string, row: number, key: string, value: ExcelJS.CellValue): void {
  const sheet = workbook.getWorksheet(sheetName)!;
  sheet.getCell(row, columnOf(sheet, key)).value = value;
}

async function roundTrip(doc: CatalogDocument) {
  const read = await excel.fromWorkbook(await excel.toWorkbook(doc));
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  return validateCatalogDocument(read.value.document, read.value.locate);
}

/** Every problem an import reports, as "sheet:row:field". */
async function importProblems(bytes: Buffer): Promise<string[]> {
  const read = await excel.fromWorkbook(bytes);
  const checked = read.ok ? validateCatalogDocument(read.value.document, read.value.locate) : read;
  if (checked.ok) return [];
  expect(checked.error.code).toBe('CATALOG_IMPORT_INVALID');
  return (checked.error.details ?? []).map((d) => `${d.sheet}:${d.row}:${d.field ?? ''}`);
}

async function unreadableReason(bytes: Buffer): Promise<string> {
  const read = await excel.fromWorkbook(bytes);
  if (read.ok) throw new Error('expected the file to be unreadable');
  expect(read.error.code).toBe('CATALOG_FILE_UNREADABLE');
  return String(read.error.params?.reason);
}

describe('catalog Excel round trip', () => {
  it('returns the same catalog when a hand-built catalog is exported and imported', async () => {
    const doc = sampleCatalog();
    const checked = await roundTrip(doc);
    expect(checked).toEqual({ ok: true, value: doc });
  });

  it.skipIf(!existsSync(defaultCatalogPath))('returns the same catalog when the default catalog is exported and imported', async () => {
    const parsed = validateCatalogDocument(JSON.parse(readFileSync(defaultCatalogPath, 'utf8')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const started = performance.now();
    const checked = await roundTrip(parsed.value);
    const elapsed = Math.round(performance.now() - started);
    console.info(`default catalog (${parsed.value.items.length} items): export + import in ${elapsed} ms`);
    expect(checked).toEqual({ ok: true, value: parsed.value });
  });
});

describe('toWorkbook', () => {
  it('writes a bold, frozen header and numbers as numbers when exporting', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await excel.toWorkbook(sampleCatalog())) as unknown as ExcelJS.Buffer);
    const items = workbook.getWorksheet('事项')!;
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['说明', '部门', '事项', '材料', '流程', '常见问题', '一件事', '一件事流程']);
    expect(items.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(items.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(items.getCell(2, columnOf(items, 'legalTimeLimitDays')).value).toBe(1);
    expect(items.getCell(2, columnOf(items, 'target')).value).toBe('个人');
    expect(items.getCell(2, columnOf(items, 'autoApprovable')).value).toBe('否');
    expect(items.getCell(2, columnOf(items, 'aliases')).value).toBe('领证\n登记结婚');
    expect(workbook.getWorksheet('部门')!.getCell('D2').value).toBe('0000-12345601');
  });
});

describe('fromWorkbook', () => {
  it('imports the same catalog when the columns are in another order', async () => {
    // ExcelJS itself rewrites a carriage return or a literal _x000D_ unescaped, so the re-saved copy avoids them.
    const doc = sampleCatalog();
    for (const item of doc.items) item.guide.summary = item.guide.summary.replace(/\r|_x000D_/g, '');
    const bytes = await editWorkbook(await excel.toWorkbook(doc), (workbook) => {
      for (const name of ['事项', '材料']) {
        const sheet = workbook.getWorksheet(name)!;
        const width = sheet.columnCount;
        const rows = (sheet.getSheetValues().slice(1) as ExcelJS.CellValue[][]).map((row) => Array.from({ length: width }, (_, i) => row[i + 1] ?? null));
        workbook.removeWorksheet(sheet.id);
        workbook.addWorksheet(name).addRows(rows.map((row) => row.reverse()));
      }
    });
    const read = await excel.fromWorkbook(bytes);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(validateCatalogDocument(read.value.document, read.value.locate)).toEqual({ ok: true, value: doc });
  });

  it('reads rich text, hyperlinks and numbers in text columns as plain text when a clerk edits cells', async () => {
    const bytes = await editWorkbook(await excel.toWorkbook(sampleCatalog()), (workbook) => {
      setCell(workbook, '事项', 2, 'name', { richText: [{ text: '结婚', font: { bold: true } }, { text: '登记' }] });
      setCell(workbook, '事项', 2, 'online', { text: '通办网站', hyperlink: 'https://example.gov.cn' });
      setCell(workbook, '部门', 3, 'phone', 12345678);
    });
    const read = await excel.fromWorkbook(bytes);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const checked = validateCatalogDocument(read.value.document, read.value.locate);
    if (!checked.ok) throw new Error(JSON.stringify(checked.error));
    expect(checked.value.items[0]!.name).toBe('结婚登记');
    expect(checked.value.items[0]!.guide.online).toBe('通办网站');
    expect(checked.value.departments[1]!.phone).toBe('12345678');
  });

  it('orders child rows by their order column and skips blank rows when rows are shuffled', async () => {
    const bytes = await editWorkbook(await excel.toWorkbook(sampleCatalog()), (workbook) => {
      const sheet = workbook.getWorksheet('材料')!;
      sheet.spliceRows(2, 0, []); // a blank row at the top
      setCell(workbook, '材料', 3, 'order', 3);
      setCell(workbook, '材料', 5, 'order', 1);
    });
    const read = await excel.fromWorkbook(bytes);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const checked = validateCatalogDocument(read.value.document, read.value.locate);
    if (!checked.ok) throw new Error(JSON.stringify(checked.error));
    expect(checked.value.items[0]!.materials.map((m) => m.name)).toEqual(['照片', '户口簿', '居民身份证']);
    expect(read.value.locate(['items', 0, 'materials', 0, 'name'])).toEqual({ sheet: '材料', row: 5, field: '材料名称 (name)' });
  });

  it.each([
    ['text in a number column', '事项', 3, 'legalTimeLimitDays', 'abc', '事项:3:法定时限天数 (legalTimeLimitDays)'],
    ['an unknown department id', '事项', 4, 'departmentId', 'nowhere', '事项:4:'],
    ['a promised time limit above the legal one', '事项', 2, 'promisedTimeLimitDays', 5, '事项:2:'],
    ['text in a material copies cell', '材料', 4, 'copies', '两份', '材料:4:份数 (copies)'],
    ['an unknown target', '一件事', 2, 'target', '企业', '一件事:2:服务对象 (target)'],
    ['a blank readme version', '说明', 2, 'version', null, '说明:2:目录版本 (version)'],
  ] as const)('reports the sheet and Excel row when a cell holds %s', async (_case, sheet, row, key, value, expected) => {
    const bytes = await editWorkbook(await excel.toWorkbook(sampleCatalog()), (workbook) => {
      if (sheet === '说明') workbook.getWorksheet(sheet)!.getCell(row, 2).value = value;
      else setCell(workbook, sheet, row, key, value);
    });
    expect(await importProblems(bytes)).toEqual([expected]);
  });

  it('reports every bad row when several rows are wrong', async () => {
    const bytes = await editWorkbook(await excel.toWorkbook(sampleCatalog()), (workbook) => {
      setCell(workbook, '部门', 3, 'id', 'Bad Id');
      setCell(workbook, '事项', 2, 'onlineLevel', '高');
      setCell(workbook, '事项', 4, 'target', '');
      setCell(workbook, '流程', 3, 'title', '');
      setCell(workbook, '常见问题', 2, 'a', '');
    });
    expect(await importProblems(bytes)).toEqual(
      expect.arrayContaining(['部门:3:部门编号 (id)', '事项:2:网办深度 (onlineLevel)', '事项:4:服务对象 (target)', '流程:3:环节名称 (title)', '常见问题:2:解答 (a)']),
    );
  });

  it('reports a material row and an order that cannot be placed together with cell problems', async () => {
    const bytes = await editWorkbook(await excel.toWorkbook(sampleCatalog()), (workbook) => {
      setCell(workbook, '材料', 3, 'itemId', 'no-such-item');
      setCell(workbook, '材料', 4, 'order', '第二');
      setCell(workbook, '材料', 5, 'itemId', null);
      setCell(workbook, '事项', 3, 'fee', '');
    });
    const read = await excel.fromWorkbook(bytes);
    if (read.ok) throw new Error('expected orphan rows to fail');
    expect(read.error.code).toBe('CATALOG_IMPORT_INVALID');
    expect(read.error.params).toEqual({ count: 4 });
    expect(read.error.details?.map((d) => `${d.sheet}:${d.row}:${d.field}`)).toEqual([
      '事项:3:收费标准 (fee)',
      '材料:3:事项编号 (itemId)',
      '材料:4:序号 (order)',
      '材料:5:事项编号 (itemId)',
    ]);
    expect(read.error.details?.[1]?.reason.zh).toContain('no-such-item');
  });

  it('fails as unreadable when the bytes are not an xlsx file', async () => {
    expect(await unreadableReason(Buffer.from('id,name\nx,y\n'))).toContain('不是有效的 Excel');
  });

  it('fails as unreadable naming the sheet when the 事项 sheet is missing', async () => {
    const bytes = await editWorkbook(await excel.toWorkbook(sampleCatalog()), (workbook) => workbook.removeWorksheet(workbook.getWorksheet('事项')!.id));
    expect(await unreadableReason(bytes)).toBe('缺少工作表「事项」');
  });

  it('fails as unreadable naming the column when a required column is missing', async () => {
    const bytes = await editWorkbook(await excel.toWorkbook(sampleCatalog()), (workbook) => workbook.getWorksheet('材料')!.spliceColumns(4, 1));
    expect(await unreadableReason(bytes)).toBe('工作表「材料」缺少列「是否必需 (required)」');
  });

  it('fails as unreadable when a column appears twice', async () => {
    const bytes = await editWorkbook(await excel.toWorkbook(sampleCatalog()), (workbook) => {
      workbook.getWorksheet('部门')!.getCell(1, 10).value = '部门名称';
    });
    expect(await unreadableReason(bytes)).toBe('工作表「部门」的列「部门名称 (name)」出现了不止一次');
  });

  it('fails as unreadable when the readme lacks the catalog version row', async () => {
    const bytes = await editWorkbook(await excel.toWorkbook(sampleCatalog()), (workbook) => workbook.getWorksheet('说明')!.spliceRows(2, 1));
    expect(await unreadableReason(bytes)).toBe('工作表「说明」缺少「目录版本 (version)」一行');
  });
});
