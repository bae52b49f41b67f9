import { App } from 'antd';
import { useCallback } from 'react';
import { formatFen } from '../../../src/domain/fee-money';
import { isUnauthenticated, problemText } from '../admin/lib/problem';
import { useOptionalSession } from '../admin/lib/session';
import { ApiError } from '../shared/api';
import { useT } from '../shared/i18n';
import { messages } from './messages';

/** The fee pages' translator. */
export function useFeesT() {
  return useT(messages);
}

export const feePaths = {
  cashier: '/desk/fees/cashier',
  notices: '/desk/fees/notices',
  approvals: '/desk/fees/approvals',
  settlement: '/desk/fees/settlement',
  notice: (id: string) => `/desk/fees/notices/${encodeURIComponent(id)}/print`,
  receipt: (paymentId: string) => `/desk/fees/payments/${encodeURIComponent(paymentId)}/receipt`,
};

/** `¥1,234.50`, or '' for null. */
export function money(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? '' : formatFen(fen);
}

/**
 * The Chinese text of a failed fee call: the server's problem detail, plus what the problem carries for
 * the cashier (expected vs declared for an unbalanced day, the amount due for a wrong payment).
 */
export function feeProblemText(err: unknown, t: (k: string, v?: Record<string, string | number>) => string): string {
  const text = problemText(err, t('common.networkError'));
  if (!(err instanceof ApiError)) return text;
  const p = err.problem;
  if (p.code === 'SETTLEMENT_DISCREPANCY' && typeof p.expectedFen === 'number' && typeof p.declaredFen === 'number') {
    return `${t('settle.discrepancy', { expected: formatFen(p.expectedFen), declared: formatFen(p.declaredFen) })}${text}`;
  }
  return text;
}

/** Run a write; on failure show its problem as a toast (or go to the login page on 401). Returns null on failure. */
export function useFeeAction() {
  const { message } = App.useApp();
  const t = useFeesT();
  const expire = useOptionalSession()?.expire;
  return useCallback(
    async <T>(fn: () => Promise<T>, onError?: (text: string) => void): Promise<T | null> => {
      try {
        return await fn();
      } catch (e) {
        if (isUnauthenticated(e)) expire?.();
        const text = feeProblemText(e, t);
        if (onError) onError(text);
        else void message.error(text);
        return null;
      }
    },
    [message, t, expire],
  );
}

/** Days and times in Asia/Shanghai, as the case pages show them. */
export { formatTime as beijingTime, shanghaiToday } from '../cases/lib/dates';
