import { useCallback, useEffect, useState } from 'react';
import { get } from '../../shared/api';
import { isUnauthenticated } from './problem';
import { useOptionalSession } from './session';

export interface Loaded<T> {
  data: T | undefined;
  loading: boolean;
  error: unknown;
  reload: () => void;
  setData: (d: T) => void;
}

/** GET a URL (null = nothing to load yet); reloads when the URL changes or on reload(). */
export function useLoad<T>(url: string | null): Loaded<T> {
  const session = useOptionalSession();
  const expire = session?.expire;
  const [data, setData] = useState<T | undefined>(undefined);
  const [loading, setLoading] = useState(url !== null);
  const [error, setError] = useState<unknown>(undefined);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (url === null) {
      setData(undefined);
      setLoading(false);
      return;
    }
    let live = true;
    void tick; // a reload() bumps tick to fetch the same URL again
    setLoading(true);
    setError(undefined);
    get<T>(url).then(
      (d) => {
        if (!live) return;
        setData(d);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        if (isUnauthenticated(e)) expire?.();
        setError(e);
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [url, tick, expire]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, loading, error, reload, setData };
}
