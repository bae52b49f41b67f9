import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, get, type Problem } from '../shared/api';

/** The problem of any failure: the API's own, or a network problem. */
export function problemOf(err: unknown): Problem {
  if (err instanceof ApiError) return err.problem;
  return { type: 'about:blank', title: 'Network error', status: 0, code: 'NETWORK', detail: '无法连接服务器' };
}

export interface Polled<T> {
  data: T | undefined;
  /** The last failure; kept data stays on screen meanwhile. */
  error: Problem | undefined;
  reload: () => void;
}

/**
 * GET a url now and every `everyMs` (null = once). A screen runs unattended for days, so a failure is
 * retried on its own (after `everyMs`, or 10 s) and the last good data stays on screen meanwhile.
 * A 404 is not retried: the hall or window does not exist.
 */
export function usePolled<T>(url: string | null, everyMs: number | null): Polled<T> {
  const [state, setState] = useState<{ url: string | null; data?: T; error?: Problem }>({ url: null });
  const [tick, setTick] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (url === null || tick < 0) return;
    let live = true;
    clearTimeout(timer.current);
    get<T>(url).then(
      (data) => {
        if (!live) return;
        setState({ url, data });
        if (everyMs !== null) timer.current = setTimeout(() => setTick((n) => n + 1), everyMs);
      },
      (err: unknown) => {
        if (!live) return;
        const problem = problemOf(err);
        setState((s) => ({ url, data: s.url === url ? s.data : undefined, error: problem }));
        if (problem.status !== 404) timer.current = setTimeout(() => setTick((n) => n + 1), everyMs ?? 10_000);
      },
    );
    return () => {
      live = false;
      clearTimeout(timer.current);
    };
  }, [url, tick, everyMs]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const current = state.url === url;
  return { data: current ? state.data : undefined, error: current ? state.error : undefined, reload };
}
