import { useCallback, useEffect, useState } from 'react';
import { get, type Problem } from '../../shared/api';
import { problemOf } from '../use-public-get';

/** GET without the public cache: places in a slot and waiting counts change by the minute. */
export function useFreshGet<T>(url: string | null, everyMs: number | null = null) {
  const [state, setState] = useState<{ url: string | null; data?: T; error?: Problem; at?: Date }>({ url: null });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (url === null || tick < 0) return;
    let live = true;
    get<T>(url).then(
      (data) => live && setState({ url, data, at: new Date() }),
      (err: unknown) =>
        live && setState((s) => ({ url, data: s.url === url ? s.data : undefined, error: problemOf(err), at: s.at })),
    );
    const timer = everyMs === null ? undefined : setTimeout(() => setTick((n) => n + 1), everyMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [url, tick, everyMs]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  const current = state.url === url;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    at: current ? state.at : undefined,
    reload,
  };
}
