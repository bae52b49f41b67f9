import { useEffect, useRef, useState } from 'react';

/** Live queue events of a hall (docs/api-queue.md): a snapshot on (re)connect, then calls and changes. */
export const HALL_EVENT_TYPES = ['snapshot', 'call', 'window', 'waiting'] as const;
export type HallEventType = (typeof HALL_EVENT_TYPES)[number];
export interface HallEventMessage {
  type: HallEventType;
  data: Record<string, unknown>;
}

export type LiveState = 'connecting' | 'live' | 'offline';

export const hallEventsUrl = (hallId: string) => `/api/v1/public/halls/${encodeURIComponent(hallId)}/queue/events`;

/**
 * Subscribe to a hall's event stream. EventSource reconnects by itself (the server sends `retry`), and the
 * server opens every connection with a fresh snapshot, so `onEvent('snapshot')` is the cue to catch up.
 * Returns the connection state for a small live/offline badge.
 */
export function useHallEvents(hallId: string | null, onEvent: (e: HallEventMessage) => void): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  useEffect(() => {
    if (!hallId || typeof EventSource === 'undefined') {
      setState('offline');
      return;
    }
    setState('connecting');
    const es = new EventSource(hallEventsUrl(hallId));
    const listeners = HALL_EVENT_TYPES.map((type) => {
      const fn = (ev: Event) => {
        setState('live');
        let data: Record<string, unknown> = {};
        try {
          const parsed: unknown = JSON.parse((ev as MessageEvent<string>).data);
          if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
        } catch {
          // a malformed event still tells us something changed
        }
        handler.current({ type, data });
      };
      es.addEventListener(type, fn);
      return [type, fn] as const;
    });
    es.onopen = () => setState('live');
    es.onerror = () => setState(es.readyState === EventSource.CLOSED ? 'offline' : 'connecting');
    return () => {
      for (const [type, fn] of listeners) es.removeEventListener(type, fn);
      es.close();
    };
  }, [hallId]);
  return state;
}

/** Re-render every `ms` (for "waited N minutes" and count-downs). Returns the current time. */
export function useNow(ms = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}

/** Call `fn` every `ms` while mounted (the polling fallback next to the event stream). */
export function useInterval(fn: () => void, ms: number) {
  const ref = useRef(fn);
  useEffect(() => {
    ref.current = fn;
  });
  useEffect(() => {
    const id = setInterval(() => ref.current(), ms);
    return () => clearInterval(id);
  }, [ms]);
}
