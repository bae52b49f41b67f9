import type { CaseKind, CaseStatus } from '../types';

/** The ledger's filters (docs/api-cases.md: from, to, departmentId, itemId, kind, status, onTime). */
export interface LedgerFilters {
  from?: string;
  to?: string;
  departmentId?: string;
  itemId?: string;
  kind?: CaseKind;
  status?: CaseStatus;
  onTime?: boolean;
}

/** The query string of the ledger and its Excel export: only the filters set, then the page. */
export function ledgerQuery(f: LedgerFilters, paging?: { page: number; pageSize: number }): string {
  const p = new URLSearchParams();
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.departmentId) p.set('departmentId', f.departmentId);
  if (f.itemId) p.set('itemId', f.itemId);
  if (f.kind) p.set('kind', f.kind);
  if (f.status) p.set('status', f.status);
  if (f.onTime !== undefined) p.set('onTime', String(f.onTime));
  if (paging) {
    p.set('page', String(paging.page));
    p.set('pageSize', String(paging.pageSize));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** 0.873 → "87.3%"; null → "—". */
export function percent(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '—';
  return `${(v * 100).toFixed(digits)}%`;
}

/** 7.25 → "7.3"; null → "—". */
export function decimal(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '—';
  return v.toFixed(digits);
}

/** The server states the result in Chinese (src/domain/ledger-row.ts); its message key, for English. */
const RESULTS: Record<string, string> = {
  准予许可: 'approve',
  不予许可: 'deny',
  不予受理: 'rejected',
  申请人撤回: 'withdrawn',
  待受理: 'pending',
  办理中: 'running',
};
export function resultKey(result: string | null | undefined): string | null {
  return (result && RESULTS[result]) || null;
}
