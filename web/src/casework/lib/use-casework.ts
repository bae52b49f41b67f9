import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isUnauthenticated, problemText } from '../../admin/lib/problem';
import { useOptionalSession, useSession } from '../../admin/lib/session';
import { get } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { addDays, hallToday } from '../../staff-desk/lib/time';
import { messages } from '../messages';
import type { CalendarDay } from '../types';

/** The casework pages' translator. */
export function useCwT() {
  return useT(messages);
}

/** Show a failed call's problem detail as a toast (and go to login on 401). */
export function useShowProblem() {
  const { message } = App.useApp();
  const t = useCwT();
  const expire = useOptionalSession()?.expire;
  return useCallback(
    (err: unknown) => {
      if (isUnauthenticated(err)) expire?.();
      void message.error(problemText(err, t('common.networkError')));
    },
    [message, t, expire],
  );
}

/** The hall a casework page works on: `?hall=` when it is one the user may see, else the user's own hall. */
export function useHallParam(): [string, (id: string) => void] {
  const { me, halls } = useSession();
  const [params, setParams] = useSearchParams();
  const wanted = params.get('hall');
  const hallId = wanted && halls.some((h) => h.id === wanted) ? wanted : me.hallId;
  const setHall = useCallback(
    (id: string) =>
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          if (id === me.hallId) next.delete('hall');
          else next.set('hall', id);
          return next;
        },
        { replace: true },
      ),
    [setParams, me.hallId],
  );
  return [hallId, setHall];
}

/** The longest span GET /api/v1/calendar/days answers (both ends included). */
const MAX_SPAN = 400;

/**
 * The hall's calendar days covering today and every due date given (public look-up), to count the working
 * days left where the server did not send them. Empty until loaded or when the look-up fails.
 */
export function useCalendarSpan(hallId: string, dueDates: readonly (string | null | undefined)[]): CalendarDay[] {
  const today = hallToday();
  const dates = dueDates.filter((d): d is string => typeof d === 'string' && d.length === 10);
  const span = [today, ...dates].sort();
  let from = span[0];
  const to = span[span.length - 1];
  if (from < addDays(to, -(MAX_SPAN - 1))) from = addDays(to, -(MAX_SPAN - 1));
  const needed = dates.length > 0;
  const [days, setDays] = useState<CalendarDay[]>([]);
  useEffect(() => {
    if (!needed || !hallId) return;
    let live = true;
    get<CalendarDay[]>(`/api/v1/calendar/days?hallId=${encodeURIComponent(hallId)}&from=${from}&to=${to}`).then(
      (list) => live && setDays(list),
      () => live && setDays([]),
    );
    return () => {
      live = false;
    };
  }, [hallId, from, to, needed]);
  return days;
}
