import type { ErrorCatalog } from '../../plugins/errors.js';

export const applicationErrors = {
  ITEM_NOT_FOUND: { status: 404, zh: '事项 {id} 不存在或已停用', en: 'Service item {id} does not exist or is retired' },
  BUNDLE_NOT_FOUND: { status: 404, zh: '一件事 {id} 不存在', en: 'Bundle {id} does not exist' },
  TARGET_MISMATCH: { status: 403, zh: '“{item}”仅面向{target}办理', en: '{item} is only for {target}' },
  FORM_INVALID: { status: 400, zh: '表单有 {count} 处需要修改', en: 'The form has {count} problems' },
  MATERIALS_MISSING: { status: 422, zh: '缺少必需材料：{names}', en: 'Required materials are missing: {names}' },
  MATERIAL_UNKNOWN: { status: 400, zh: '材料序号 {position} 不属于该事项', en: 'Material position {position} does not belong to this item' },
  ATTACHMENT_NOT_FOUND: { status: 400, zh: '附件 {id} 不存在', en: 'Attachment {id} does not exist' },
  CERTIFICATE_REJECTED: { status: 422, zh: '提供的证照不可用：{reason}', en: 'The certificate offered cannot be used: {reason}' },
  PRE_REVIEW_FAILED: { status: 422, zh: '预审未通过：{reason}', en: 'Pre-review failed: {reason}' },
  APPLICATION_NOT_FOUND: { status: 404, zh: '办件 {id} 不存在', en: 'Application {id} does not exist' },
  NOT_YOUR_CASE: { status: 403, zh: '该办件不属于您或您的部门', en: 'This application is not yours or your department’s' },
  ACTION_REFUSED: { status: 409, zh: '{reason}', en: '{reason}' },
  CASE_CLOSED: { status: 409, zh: '办件已办结，不能再操作', en: 'The case is closed; no further action is possible' },
  NOT_RATABLE: { status: 409, zh: '办件办结后才能评价，且只能评价一次', en: 'A case can be rated once, after it is closed' },
  RECTIFICATION_NOT_FOUND: { status: 404, zh: '整改任务 {id} 不存在', en: 'Rectification task {id} does not exist' },
  DRAFT_NOT_FOUND: { status: 404, zh: '草稿 {id} 不存在', en: 'Draft {id} does not exist' },
  ATTACHMENT_TOO_LARGE: { status: 413, zh: '附件不能超过 {limit} MB', en: 'Attachments may not exceed {limit} MB' },
  ATTACHMENT_TYPE: { status: 415, zh: '附件只能是 PDF、JPEG 或 PNG，且内容须与类型一致', en: 'Attachments must be PDF, JPEG or PNG, and the content must match the type' },
} satisfies ErrorCatalog<string>;

export type ApplicationErrorCode = keyof typeof applicationErrors;
