import { z } from 'zod';
import type { Localized } from './language.js';

type Issue = { code: string; path?: readonly PropertyKey[]; expected?: string; message?: string } & Record<string, unknown>;

const zhLocale = z.locales.zhCN().localeError;
const enLocale = z.locales.en().localeError;
const typeNamesZh: Record<string, string> = { number: '数字', string: '文本', boolean: '布尔值（是/否）', array: '列表', object: '对象', int: '整数', date: '日期' };

function render(localeError: typeof zhLocale, issue: Issue): string | undefined {
  const out = localeError?.(issue as never);
  return typeof out === 'string' ? out : out?.message;
}

/** A Zod issue as a sentence in both languages; "received" is left out since inputs are not kept in issues. */
export function describeIssue(issue: Issue): Localized {
  if (issue.code === 'invalid_type' && typeof issue.expected === 'string') {
    return { zh: `类型错误：应为${typeNamesZh[issue.expected] ?? issue.expected}`, en: `Invalid type: expected ${issue.expected}` };
  }
  const fallback = issue.message ?? issue.code;
  return { zh: render(zhLocale, issue) ?? fallback, en: render(enLocale, issue) ?? fallback };
}
