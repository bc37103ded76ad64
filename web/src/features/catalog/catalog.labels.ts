import type { Translate } from '../../app/i18n';
import type { ItemSummary, Target } from './catalog.types';

/** 承诺时限: "N 个工作日", 0 = 即办. */
export function daysText(t: Translate, days: number): string {
  if (days === 0) return t('days.instant');
  return days === 1 ? t('days.workingOne') : t('days.working', { n: days });
}

export function feeText(t: Translate, fee: ItemSummary['fee']): string {
  const trimmed = String(fee).trim();
  if (trimmed === '' || trimmed === '0' || trimmed === '不收费' || trimmed === '免费') return t('fee.free');
  return /^\d+(\.\d+)?$/.test(trimmed) ? t('fee.amount', { n: trimmed }) : trimmed;
}

export function onlineLevelText(t: Translate, level: number): string {
  const clamped = Math.min(4, Math.max(1, Math.round(level))) as 1 | 2 | 3 | 4;
  return t(`online.${clamped}`);
}

export function targetText(t: Translate, target: Target): string {
  return t(`target.${target}`);
}

export function bundleItemCountText(t: Translate, n: number): string {
  return n === 1 ? t('bundle.itemCountOne') : t('bundle.itemCount', { n });
}
