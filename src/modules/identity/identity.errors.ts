import type { ErrorCatalog } from '../../plugins/errors.js';

export const identityErrors = {
  INVALID_ID_NUMBER: { status: 400, zh: '身份证号码无效：{reason}', en: 'Invalid citizen ID number: {reason}' },
  INVALID_CREDIT_CODE: { status: 400, zh: '统一社会信用代码无效：{reason}', en: 'Invalid unified social credit code: {reason}' },
  INVALID_PHONE: { status: 400, zh: '手机号码格式不正确', en: 'The mobile phone number is not valid' },
  WEAK_PASSWORD: { status: 400, zh: '密码至少 8 位，且须同时包含字母和数字', en: 'The password needs at least 8 characters with both letters and digits' },
  ACCOUNT_EXISTS: { status: 409, zh: '该证件号码已注册，请直接登录', en: 'An account with this ID already exists; please log in' },
  INVALID_CREDENTIALS: { status: 401, zh: '账号或密码错误', en: 'Wrong account or password' },
  AMBIGUOUS_PHONE: { status: 400, zh: '该手机号关联多个账号，请使用证件号码登录', en: 'This phone number belongs to several accounts; log in with the ID number' },
  ACCOUNT_LOCKED: { status: 423, zh: '密码错误次数过多，账号已锁定，请 {minutes} 分钟后再试', en: 'Too many failed attempts; the account is locked, try again in {minutes} minutes' },
  ACCOUNT_NOT_FOUND: { status: 404, zh: '账号不存在', en: 'No such account' },
  OFFICER_NEEDS_DEPARTMENT: { status: 400, zh: '办件人员账号必须绑定部门', en: 'An officer account must belong to a department' },
  DEPARTMENT_NOT_FOUND: { status: 400, zh: '部门 {id} 不存在', en: 'Department {id} does not exist' },
} satisfies ErrorCatalog<string>;

export type IdentityErrorCode = keyof typeof identityErrors;
