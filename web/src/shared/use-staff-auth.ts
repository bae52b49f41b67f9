import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { problemText } from '../admin/lib/problem';
import type { Me } from '../admin/types';
import { ApiError, get, post, setCsrfToken } from './api';

export type StaffAuth =
  | { state: 'loading' }
  | { state: 'anonymous' }
  | { state: 'in'; me: Me }
  | { state: 'error'; text: string };

/**
 * The session of a staff area (console /admin, desk /desk): `GET /auth/me` decides between signed in, signed out
 * and "could not tell" (retry); `expire` is what a 401 on any later call does; `logout` ends the session and
 * then runs `after` (where to go).
 */
export function useStaffAuth(texts: { networkError: string; expired: string }) {
  const { message } = App.useApp();
  const [auth, setAuth] = useState<StaffAuth>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const { networkError, expired } = texts;

  useEffect(() => {
    let live = true;
    void attempt;
    get<Me>('/api/v1/auth/me').then(
      (me) => live && setAuth({ state: 'in', me }),
      (e: unknown) => {
        if (!live) return;
        if (e instanceof ApiError && e.status === 401) setAuth({ state: 'anonymous' });
        else setAuth({ state: 'error', text: problemText(e, networkError) });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt, networkError]);

  const expire = useCallback(() => {
    setCsrfToken(null);
    setAuth((cur) => {
      if (cur.state === 'in') void message.warning(expired);
      return { state: 'anonymous' };
    });
  }, [message, expired]);

  const logout = useCallback(async (after: () => void) => {
    try {
      await post('/api/v1/auth/logout');
    } finally {
      setCsrfToken(null);
      after();
    }
  }, []);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { auth, setAuth, expire, logout, retry };
}
