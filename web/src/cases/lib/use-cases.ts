import { App } from 'antd';
import { useCallback } from 'react';
import { isUnauthenticated, problemText } from '../../admin/lib/problem';
import { useOptionalSession } from '../../admin/lib/session';
import { useT } from '../../shared/i18n';
import { messages } from '../messages';

/** The case pages' translator. */
export function useCasesT() {
  return useT(messages);
}

/** Show a failed call's problem detail as a toast (and go to login on 401). */
export function useShowProblem() {
  const { message } = App.useApp();
  const t = useCasesT();
  const expire = useOptionalSession()?.expire;
  return useCallback(
    (err: unknown) => {
      if (isUnauthenticated(err)) expire?.();
      void message.error(problemText(err, t('common.networkError')));
    },
    [message, t, expire],
  );
}
