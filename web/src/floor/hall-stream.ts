import { useEffect, useRef, useState } from 'react';
import type { HallEvent } from './types';

/** open: live; connecting: first connection; reconnecting: lost, the browser or we are retrying. */
export type StreamStatus = 'connecting' | 'open' | 'reconnecting';

const EVENT_TYPES = ['snapshot', 'call', 'window', 'waiting'] as const;

/** The part of `EventSource` used here (a fake in tests). */
export interface EventSourceLike {
  readonly readyState: number;
  onopen: ((ev: Event) => void) | null;
  onerror: ((ev: Event) => void) | null;
  addEventListener(type: string, listener: (ev: MessageEvent) => void): void;
  close(): void;
}

export interface StreamOptions {
  create?: (url: string) => EventSourceLike;
  /** Reconnect ourselves when nothing (not even a snapshot) arrived for this long: a half-open connection. */
  silenceMs?: number;
  /** Delay before we reconnect when the browser gave up (`readyState` CLOSED, e.g. after an HTTP 502). */
  retryMs?: (attempt: number) => number;
}

const CLOSED = 2;

export function hallEventsUrl(hallId: string): string {
  return `/api/v1/public/halls/${encodeURIComponent(hallId)}/queue/events`;
}

/**
 * Follows a hall's queue event stream and never gives up: the browser reconnects on its own after a
 * dropped connection (the server sends `retry`); when it gives up instead, or when the connection goes
 * silent, we open a new one. Every (re)connection starts with a fresh `snapshot` (catch-up).
 * Returns a function that closes the stream for good.
 */
export function connectHallStream(
  url: string,
  onEvent: (ev: HallEvent) => void,
  onStatus: (s: StreamStatus) => void,
  opts: StreamOptions = {},
): () => void {
  const create = opts.create ?? ((u: string) => new EventSource(u) as EventSourceLike);
  const silenceMs = opts.silenceMs ?? 5 * 60_000;
  const retryMs = opts.retryMs ?? ((n: number) => Math.min(30_000, 2000 * 2 ** Math.min(n, 4)));
  let source: EventSourceLike | null = null;
  let stopped = false;
  let attempt = 0;
  let lastActivity = Date.now();
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const open = () => {
    if (stopped) return;
    const es = create(url);
    source = es;
    lastActivity = Date.now();
    es.onopen = () => {
      if (source !== es) return;
      attempt = 0;
      lastActivity = Date.now();
      onStatus('open');
    };
    es.onerror = () => {
      if (source !== es) return;
      onStatus('reconnecting');
      if (es.readyState === CLOSED) reopen();
    };
    for (const type of EVENT_TYPES) {
      es.addEventListener(type, (msg: MessageEvent) => {
        if (source !== es) return;
        lastActivity = Date.now();
        let data: unknown;
        try {
          data = JSON.parse(String(msg.data));
        } catch {
          return; // a malformed event is skipped; the next snapshot repairs the state
        }
        if (data === null || typeof data !== 'object') return;
        onEvent({ type, data } as HallEvent);
      });
    }
  };

  const reopen = () => {
    source?.close();
    source = null;
    clearTimeout(retryTimer);
    retryTimer = setTimeout(open, retryMs(attempt++));
  };

  const watchdog = setInterval(
    () => {
      if (source && Date.now() - lastActivity > silenceMs) {
        onStatus('reconnecting');
        source.close();
        source = null;
        open();
      }
    },
    Math.min(30_000, silenceMs),
  );

  onStatus('connecting');
  open();
  return () => {
    stopped = true;
    clearInterval(watchdog);
    clearTimeout(retryTimer);
    source?.close();
    source = null;
  };
}

/** React binding: the latest `onEvent` is always used without reconnecting on re-render. */
export function useHallStream(
  hallId: string | null | undefined,
  onEvent: (ev: HallEvent) => void,
  opts?: StreamOptions,
): StreamStatus {
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const options = useRef(opts);
  useEffect(() => {
    if (!hallId) return;
    return connectHallStream(hallEventsUrl(hallId), (ev) => handler.current(ev), setStatus, options.current);
  }, [hallId]);
  return status;
}
