import type { ActivityCode, CaseStatus, EventType, Localized } from './workflow.types.js';

export type Stage = '预审' | '受理' | '审批' | '发证' | '办结';

const stages: Record<CaseStatus, Stage> = {
  draft: '预审',
  pre_review: '预审',
  pending_acceptance: '受理',
  supplement_requested: '受理',
  in_approval: '审批',
  approved: '发证',
  issued: '办结',
  rejected: '办结',
  denied: '办结',
  withdrawn: '办结',
};

/** The stage of the public progress bar (办件进度) a status belongs to. */
export function stageOf(status: CaseStatus): Stage {
  return stages[status];
}

export const stageNames: Record<Stage, Localized> = {
  预审: { zh: '预审', en: 'Pre-review' },
  受理: { zh: '受理', en: 'Acceptance' },
  审批: { zh: '审批', en: 'Approval' },
  发证: { zh: '发证', en: 'Issuance' },
  办结: { zh: '办结', en: 'Completed' },
};

export const statusNames: Record<CaseStatus, Localized> = {
  draft: { zh: '草稿', en: 'draft' },
  pre_review: { zh: '预审中', en: 'in pre-review' },
  pending_acceptance: { zh: '待受理', en: 'awaiting acceptance' },
  supplement_requested: { zh: '待补正', en: 'awaiting a supplement' },
  in_approval: { zh: '审批中', en: 'in approval' },
  approved: { zh: '已批准', en: 'approved' },
  issued: { zh: '已发证', en: 'issued' },
  rejected: { zh: '不予受理', en: 'rejected' },
  denied: { zh: '不予批准', en: 'denied' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
};

export const actionNames: Record<EventType, Localized> = {
  submit: { zh: '提交申请', en: 'submit' },
  accept: { zh: '受理', en: 'accept' },
  reject: { zh: '不予受理', en: 'reject' },
  request_supplement: { zh: '一次性告知补正', en: 'request a supplement' },
  supplement: { zh: '提交补正材料', en: 'supply the supplement' },
  approve: { zh: '审批通过', en: 'approve' },
  deny: { zh: '不予批准', en: 'deny' },
  issue: { zh: '发证', en: 'issue the certificate' },
  withdraw: { zh: '撤回申请', en: 'withdraw' },
  claim: { zh: '认领', en: 'claim' },
  release: { zh: '释放', en: 'release' },
};

export const activityLabels: Record<ActivityCode, Localized> = {
  submitted: { zh: '提交申请', en: 'Application submitted' },
  pre_review_passed: { zh: '预审通过', en: 'Pre-review passed' },
  auto_approved: { zh: '秒批通过', en: 'Approved automatically' },
  auto_review_referred: { zh: '自动审查未通过，转人工审核', en: 'Automatic check not passed; referred to staff' },
  accepted: { zh: '受理', en: 'Accepted' },
  rejected: { zh: '不予受理', en: 'Rejected' },
  supplement_requested: { zh: '一次性告知补正', en: 'Supplement requested' },
  supplement_received: { zh: '补正材料已提交', en: 'Supplement received' },
  step_approved: { zh: '审批环节通过', en: 'Approval step passed' },
  approved: { zh: '审批通过', en: 'Approved' },
  denied: { zh: '不予批准', en: 'Denied' },
  certificate_issued: { zh: '发证', en: 'Certificate issued' },
  withdrawn: { zh: '撤回申请', en: 'Withdrawn' },
  claimed: { zh: '认领', en: 'Claimed' },
  released: { zh: '释放', en: 'Released' },
};
