import type { ErrorCatalog } from '../../plugins/errors.js';

export const catalogErrors = {
  ITEM_NOT_FOUND: { status: 404, zh: '事项 {id} 不存在', en: 'Service item {id} does not exist' },
  BUNDLE_NOT_FOUND: { status: 404, zh: '一件事 {id} 不存在', en: 'Bundle {id} does not exist' },
  DEPARTMENT_NOT_FOUND: { status: 400, zh: '部门 {id} 不存在', en: 'Department {id} does not exist' },
  ITEM_EXISTS: { status: 409, zh: '事项编号 {id} 已存在', en: 'A service item with id {id} already exists' },
  ITEM_RULE_VIOLATED: { status: 400, zh: '事项信息不符合规则：{reason}', en: 'The item breaks a catalog rule: {reason}' },
  CATALOG_IMPORT_INVALID: { status: 422, zh: '导入文件有 {count} 处错误，未导入任何数据', en: 'The import file has {count} problems; nothing was imported' },
  CATALOG_FILE_UNREADABLE: { status: 400, zh: '无法读取导入文件：{reason}', en: 'The import file cannot be read: {reason}' },
} satisfies ErrorCatalog<string>;

export type CatalogErrorCode = keyof typeof catalogErrors;
