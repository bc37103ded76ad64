import type { PreReviewFinding, TransitionResult, WorkflowErrorCode } from './workflow.types.js';

export const workflowErrors: Record<WorkflowErrorCode, { zh: string; en: string }> = {
  INVALID_TRANSITION: { zh: '办件当前为「{status}」，不能{action}', en: 'Cannot {action} while the case is {status}' },
  ROLE_NOT_ALLOWED: { zh: '您无权对本办件执行「{action}」', en: 'You may not {action} on this case' },
  SUPPLEMENT_LIMIT: {
    zh: '本办件已达补正次数上限，申请人变更申请后方可再次要求补正',
    en: 'No supplement request is left for this case until the applicant changes the application',
  },
  CASE_CLOSED: { zh: '办件已办结，不能再变更', en: 'The case is closed and cannot change' },
  REASON_REQUIRED: { zh: '请写明理由', en: 'A reason is required' },
  EMPTY_SUPPLEMENT: { zh: '补正通知须一次性列明全部需补正的材料或信息', en: 'A supplement request must list everything missing at once' },
  PRE_REVIEW_FAILED: { zh: '预审未通过，申请未提交，请按提示补齐后再提交', en: 'Pre-review found problems; nothing was submitted. Fix them and submit again' },
  ALREADY_CLAIMED: { zh: '办件已由其他工作人员认领', en: 'Another staff member has claimed this case' },
  INVALID_EVENT: { zh: '请求不完整或格式不正确', en: 'The request is incomplete or malformed' },
};

/** A refused transition: nothing changes and no effect is produced. */
export function refuse(
  code: WorkflowErrorCode,
  params: Record<string, { zh: string; en: string }> = {},
  findings?: PreReviewFinding[],
): Extract<TransitionResult, { ok: false }> {
  const spec = workflowErrors[code];
  const fill = (text: string, language: 'zh' | 'en') => text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name]?.[language] ?? whole);
  return { ok: false, error: { code, message: { zh: fill(spec.zh, 'zh'), en: fill(spec.en, 'en') }, ...(findings ? { findings } : {}) } };
}
