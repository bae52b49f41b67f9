import type { CaseKind, HallLevel, MaterialForm } from './types';

type T = (key: string, vars?: Record<string, string | number>) => string;

/** Message key of a case kind tag (即办件/承诺件/联办件/上报件). */
export const KIND_KEYS: Record<CaseKind, string> = {
  immediate: 'kind.immediate',
  promised: 'kind.promised',
  joint: 'kind.joint',
  reported: 'kind.reported',
};

/** Tag style per visits count: 零跑腿, 最多跑一次, more. */
export function visitsTagClass(visits: number): string {
  if (visits === 0) return 'yz-tag yz-tag-zero';
  if (visits === 1) return 'yz-tag yz-tag-once';
  return 'yz-tag';
}

export const LEVEL_KEYS: Record<HallLevel, string> = {
  city: 'level.city',
  county: 'level.county',
  township: 'level.township',
  community: 'level.community',
};

export const FORM_KEYS: Record<MaterialForm, string> = {
  original: 'form.original',
  copy: 'form.copy',
  original_and_copy: 'form.originalAndCopy',
  electronic: 'form.electronic',
};

/** 到现场次数: 0 → 零跑腿, 1 → 最多跑一次, more → "跑动 n 次". */
export function visitsText(t: T, visits: number): string {
  if (visits === 0) return t('visits.zero');
  if (visits === 1) return t('visits.one');
  return t('visits.many', { n: visits });
}

/** Promised time limit: 即办件 say "即办", others "n 个工作日". */
export function promisedText(t: T, kind: CaseKind, promisedDays: number): string {
  if (kind === 'immediate' || promisedDays === 0) return t('time.immediate');
  return t('time.days', { n: promisedDays });
}

export function statutoryText(t: T, statutoryDays: number | null): string {
  return statutoryDays === null ? t('time.noStatutory') : t('time.days', { n: statutoryDays });
}

/** A step's share of the time limit; 0 means the same working day. */
export function stepDaysText(t: T, days: number): string {
  return days === 0 ? t('flow.sameDay') : t('time.days', { n: days });
}

const dateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** ISO timestamp → YYYY-MM-DD in China time (the halls' zone), whatever the browser's zone. */
export function dateOf(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
}

export const WEEKDAY_KEYS = ['', 'wd.1', 'wd.2', 'wd.3', 'wd.4', 'wd.5', 'wd.6', 'wd.7'];
