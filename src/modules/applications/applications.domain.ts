import type { Localized } from '../../plugins/language.js';

/** 办件编号: TB + the submission date + a six-digit sequence, readable over the phone. */
export function formatApplicationNumber(date: string, sequence: number): string {
  return `TB${date.replaceAll('-', '')}-${String(sequence).padStart(6, '0')}`;
}

export type ItemMaterial = { name: string; required: boolean; certificateType?: string | undefined };
/** What the applicant gives for one material (by its position in the item's list). */
export type OfferedMaterial = { position: number; attachmentId?: string | undefined; certificateId?: string | undefined };
export type ResolvedMaterial = {
  position: number;
  name: string;
  source: 'upload' | 'certificate' | 'held_certificate';
  attachmentId?: string;
  certificateId?: string;
};

export type MaterialCheck = { resolved: ResolvedMaterial[]; missing: { position: number; name: string }[]; unknown: number[] };

/**
 * Matches the item's materials with what was offered. A required material is satisfied by an upload,
 * by a certificate the applicant offers, or — 免提交 — by a valid certificate of its type they already hold.
 */
export function checkMaterials(materials: ItemMaterial[], offered: OfferedMaterial[], held: Map<string, string>): MaterialCheck {
  const byPosition = new Map(offered.map((o) => [o.position, o]));
  const resolved: ResolvedMaterial[] = [];
  const missing: { position: number; name: string }[] = [];
  materials.forEach((material, position) => {
    const given = byPosition.get(position);
    if (given?.certificateId) resolved.push({ position, name: material.name, source: 'certificate', certificateId: given.certificateId });
    else if (given?.attachmentId) resolved.push({ position, name: material.name, source: 'upload', attachmentId: given.attachmentId });
    else if (material.certificateType && held.has(material.certificateType)) {
      resolved.push({ position, name: material.name, source: 'held_certificate', certificateId: held.get(material.certificateType)! });
    } else if (material.required) missing.push({ position, name: material.name });
  });
  const unknown = offered.map((o) => o.position).filter((p) => p < 0 || p >= materials.length);
  return { resolved, missing, unknown };
}

export type DeadlineState = 'on_time' | 'due_soon' | 'overdue' | 'paused' | 'closed' | 'none';

/** How a case stands against its promised time limit; `workingDaysLeft` counts working days after today. */
export function deadlineState(input: {
  dueOn: string | null;
  pausedOn: string | null;
  closed: boolean;
  today: string;
  workingDaysLeft: number | null;
  dueSoonDays?: number;
}): DeadlineState {
  if (input.closed) return 'closed';
  if (!input.dueOn || input.workingDaysLeft === null) return 'none';
  if (input.pausedOn) return 'paused';
  if (input.today > input.dueOn) return 'overdue';
  return input.workingDaysLeft <= (input.dueSoonDays ?? 2) ? 'due_soon' : 'on_time';
}

/** A bundle case is as far as its slowest part; it is issued when every part is, closed when none is open. */
export function bundleStatus(childStatuses: string[]): string {
  const open = childStatuses.filter((s) => !['issued', 'rejected', 'denied', 'withdrawn'].includes(s));
  if (childStatuses.length > 0 && childStatuses.every((s) => s === 'issued')) return 'issued';
  if (open.length === 0) return childStatuses.includes('issued') ? 'partially_issued' : (childStatuses[0] ?? 'withdrawn');
  const order = ['supplement_requested', 'pending_acceptance', 'in_approval', 'approved', 'pre_review', 'draft'];
  return order.find((s) => open.includes(s)) ?? open[0]!;
}

export const ratingLevels: Record<number, Localized> = {
  5: { zh: '非常满意', en: 'Very satisfied' },
  4: { zh: '满意', en: 'Satisfied' },
  3: { zh: '基本满意', en: 'Fairly satisfied' },
  2: { zh: '不满意', en: 'Dissatisfied' },
  1: { zh: '非常不满意', en: 'Very dissatisfied' },
};

/** 差评: 不满意 and 非常不满意 must be verified and rectified by the department. */
export function isBadRating(level: number): boolean {
  return level <= 2;
}

/** Working days a department has to answer a bad rating (政务服务“好差评”: 差评 核实整改). */
export const rectificationWorkingDays = 15;

export type Notification = { title: Localized; body: Localized };

const notificationTexts: Record<string, (p: Record<string, unknown>) => Notification> = {
  submitted: (p) => ({ title: { zh: '申请已提交', en: 'Application submitted' }, body: { zh: `您的“${p.item}”申请（${p.number}）已提交，预审通过。`, en: `Your application for ${p.item} (${p.number}) was submitted and passed pre-review.` } }),
  accepted: (p) => ({ title: { zh: '申请已受理', en: 'Application accepted' }, body: { zh: `“${p.item}”（${p.number}）已受理，承诺于 ${p.dueOn ?? '—'} 前办结。`, en: `${p.item} (${p.number}) was accepted; promised by ${p.dueOn ?? '—'}.` } }),
  rejected: (p) => ({ title: { zh: '申请不予受理', en: 'Application not accepted' }, body: { zh: `“${p.item}”（${p.number}）不予受理：${p.reason ?? ''}`, en: `${p.item} (${p.number}) was not accepted: ${p.reason ?? ''}` } }),
  supplement_requested: (p) => ({ title: { zh: '请补正材料（一次性告知）', en: 'Please supplement your application' }, body: { zh: `“${p.item}”（${p.number}）需要补正：${p.items ?? ''}。补正期间办理时限暂停计算。`, en: `${p.item} (${p.number}) needs: ${p.items ?? ''}. The time limit is paused meanwhile.` } }),
  supplement_received: (p) => ({ title: { zh: '补正材料已收到', en: 'Supplement received' }, body: { zh: `“${p.item}”（${p.number}）的补正已收到，办理时限恢复计算。`, en: `The supplement for ${p.item} (${p.number}) was received; the time limit runs again.` } }),
  denied: (p) => ({ title: { zh: '审批未通过', en: 'Application denied' }, body: { zh: `“${p.item}”（${p.number}）审批未通过：${p.reason ?? ''}`, en: `${p.item} (${p.number}) was denied: ${p.reason ?? ''}` } }),
  issued: (p) => ({ title: { zh: '已办结，证照已发放', en: 'Completed: certificate issued' }, body: { zh: `“${p.item}”（${p.number}）已办结，电子证照 ${p.certificateNumber ?? ''} 已存入您的证照夹。欢迎评价。`, en: `${p.item} (${p.number}) is complete; certificate ${p.certificateNumber ?? ''} is in your wallet. Please rate the service.` } }),
  withdrawn: (p) => ({ title: { zh: '申请已撤回', en: 'Application withdrawn' }, body: { zh: `“${p.item}”（${p.number}）已撤回。`, en: `${p.item} (${p.number}) was withdrawn.` } }),
  extended: (p) => ({ title: { zh: '办理时限已延长', en: 'Time limit extended' }, body: { zh: `“${p.item}”（${p.number}）经批准延期 ${p.days} 个工作日，新的办结时限为 ${p.dueOn}。原因：${p.reason}`, en: `${p.item} (${p.number}) was extended by ${p.days} working days to ${p.dueOn}. Reason: ${p.reason}` } }),
  rectified: (p) => ({ title: { zh: '您的评价已得到答复', en: 'Your rating was answered' }, body: { zh: `${p.department}对您的评价答复：${p.answer}`, en: `${p.department} answered your rating: ${p.answer}` } }),
};

export function notificationFor(template: string, params: Record<string, unknown>): Notification {
  const text = notificationTexts[template];
  if (!text) throw new Error(`no notification text for ${template}`);
  return text(params);
}
