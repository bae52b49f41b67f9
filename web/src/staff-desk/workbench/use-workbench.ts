import { useCallback, useEffect, useRef } from 'react';
import { useOptionalSession } from '../../admin/lib/session';
import { useLoad } from '../../admin/lib/use-load';
import { type HallEventMessage, useHallEvents, useInterval } from '../lib/live';
import type { DeskWindow, Workbench } from '../types';

/** Fallback refresh while the event stream is down or an event was missed. */
const POLL_MS = 30_000;
/** One refetch for a burst of events (a call publishes call + window + waiting). */
const DEBOUNCE_MS = 250;

/**
 * The workbench of one window, kept live: the hall's event stream triggers a refetch when the waiting
 * list or this window may have changed (a kiosk issued a ticket, another window called one…).
 */
export function useWorkbench(windowId: string) {
  const url = `/api/v1/windows/${encodeURIComponent(windowId)}/workbench`;
  const bench = useLoad<Workbench>(url);
  const win = useLoad<DeskWindow>(`/api/v1/windows/${encodeURIComponent(windowId)}`);
  const me = useOptionalSession()?.me;
  // The window record carries its hall; a clerk's windows are in the clerk's own hall otherwise.
  const hallId = win.data?.hallId ?? (win.error ? (me?.hallId ?? null) : null);

  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { reload } = bench;
  const scheduleReload = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      reload();
    }, DEBOUNCE_MS);
  }, [reload]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const onEvent = useCallback(
    (e: HallEventMessage) => {
      if (isRelevant(e, windowId)) scheduleReload();
    },
    [windowId, scheduleReload],
  );
  const live = useHallEvents(hallId, onEvent);
  useInterval(reload, POLL_MS);

  return { ...bench, hallId, live };
}

/**
 * Whether a hall event may change this window's workbench: a snapshot (reconnect, catch up), any change of
 * a waiting count (new tickets, calls and transfers elsewhere), and calls or status changes at this window.
 */
export function isRelevant(e: HallEventMessage, windowId: string): boolean {
  if (e.type === 'snapshot' || e.type === 'waiting') return true;
  return e.data.windowId === windowId;
}
