import { useCallback, useEffect, useState } from 'react';
import { ApiError, get, type Problem } from '../shared/api';

/** Public data changes rarely; a short cache makes back/forward navigation instant. */
const TTL_MS = 60_000;
const cache = new Map<string, { at: number; value: unknown }>();

export function clearPublicCache() {
  cache.clear();
}

interface State<T> {
  url: string | null;
  data?: T;
  error?: Problem;
}

export interface PublicGet<T> {
  data: T | undefined;
  error: Problem | undefined;
  loading: boolean;
  retry: () => void;
}

/** The problem to show for any failure: the API's own problem, or a network problem. */
export function problemOf(err: unknown): Problem {
  if (err instanceof ApiError) return err.problem;
  return {
    type: 'about:blank',
    title: 'Network error',
    status: 0,
    code: 'NETWORK',
    detail: '无法连接服务器，请检查网络后重试',
  };
}

/** GET a public API url (null = nothing yet); state belongs to the url so old data never shows under a new url. */
export function usePublicGet<T>(url: string | null): PublicGet<T> {
  const [state, setState] = useState<State<T>>({ url: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (url === null) return;
    // attempt is read so that retry() re-runs this effect
    if (attempt < 0) return;
    const hit = cache.get(url);
    if (hit && Date.now() - hit.at < TTL_MS) {
      setState({ url, data: hit.value as T });
      return;
    }
    let live = true;
    setState({ url });
    get<T>(url).then(
      (data) => {
        cache.set(url, { at: Date.now(), value: data });
        if (live) setState({ url, data });
      },
      (err: unknown) => {
        if (live) setState({ url, error: problemOf(err) });
      },
    );
    return () => {
      live = false;
    };
  }, [url, attempt]);

  const retry = useCallback(() => {
    if (url) cache.delete(url);
    setAttempt((n) => n + 1);
  }, [url]);

  const current = state.url === url;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: url !== null && (!current || (state.data === undefined && state.error === undefined)),
    retry,
  };
}
