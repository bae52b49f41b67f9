import { type IsoDate, parseIsoDate } from './calendar-date.js';

/**
 * Case numbers 办件编号: `<hall code><YYYYMMDD><seq>`, the sequence 4 digits wide (more when a hall
 * ever receives more than 9,999 cases in a day), from the hall's per-day counter — readable, unique,
 * never reused.
 */
export function formatCaseNumber(hallCode: string, day: IsoDate, seq: number): string {
  if (!parseIsoDate(day)) throw new RangeError(`not a date: ${day}`);
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`sequence must be ≥ 1, got ${seq}`);
  return `${hallCode}${day.replaceAll('-', '')}${String(seq).padStart(4, '0')}`;
}

/** Document kinds 文书 and the code used in their numbers (`<case number>-SL1`). */
export const DOCUMENT_KINDS = {
  acceptance: { code: 'SL', title: '受理通知书' },
  one_time: { code: 'BZ', title: '一次性告知书' },
  not_accepted: { code: 'BY', title: '不予受理通知书' },
  pause: { code: 'ZT', title: '特别程序告知书' },
  resume: { code: 'HF', title: '恢复计时通知书' },
  extension: { code: 'YQ', title: '延长办理期限告知书' },
  decision: { code: 'JD', title: '办理决定书' },
  pickup: { code: 'QJ', title: '取件通知书' },
  delivery: { code: 'SD', title: '送达回证' },
  withdrawal: { code: 'CH', title: '撤回申请确认书' },
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;

export function formatDocumentNumber(caseNumber: string, kind: DocumentKind, n: number): string {
  return `${caseNumber}-${DOCUMENT_KINDS[kind].code}${n}`;
}
