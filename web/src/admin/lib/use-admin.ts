import { App } from 'antd';
import { useCallback } from 'react';
import { useT } from '../../shared/i18n';
import { messages } from '../messages';
import { isUnauthenticated, problemText } from './problem';
import { useOptionalSession } from './session';

/** The admin console's translator. */
export function useAdminT() {
  return useT(messages);
}

/** Show a failed call's problem detail as an antd message (and go to login on 401). */
export function useShowProblem() {
  const { message } = App.useApp();
  const t = useAdminT();
  const session = useOptionalSession();
  const expire = session?.expire;
  return useCallback(
    (err: unknown) => {
      if (isUnauthenticated(err)) expire?.();
      void message.error(problemText(err, t('common.networkError')));
    },
    [message, t, expire],
  );
}
