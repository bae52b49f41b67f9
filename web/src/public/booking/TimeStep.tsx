import { Alert, Button, Empty } from 'antd';
import type { Problem } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { messages } from '../messages';
import { ErrorState, Loading } from '../StatusViews';
import { dayLabel } from './dates';
import { bookingMessages } from './messages';
import type { Slot, SlotDay, SlotDays } from './types';

export interface ChosenSlot {
  date: string;
  start: string;
  end: string;
}

function dayState(day: SlotDay): { free: number; anyOpen: boolean; anyLeft: boolean } {
  const free = day.slots.filter((s) => s.open).reduce((n, s) => n + s.available, 0);
  return { free, anyOpen: free > 0, anyLeft: day.slots.some((s) => s.available > 0) };
}

function slotNote(s: Slot, tb: ReturnType<typeof useT>): string {
  if (s.open) return tb('slot.free', { n: s.available });
  return s.available <= 0 ? tb('slot.full') : tb('slot.closed');
}

/** Step 2: a working day (next N working days) and a slot on it: free places, full, or closed. */
export function TimeStep({
  slots,
  error,
  onRetry,
  day,
  onDay,
  chosen,
  onChoose,
  notice,
  onBack,
  onNext,
}: {
  slots: SlotDays | undefined;
  error: Problem | undefined;
  onRetry: () => void;
  day: string | null;
  onDay: (date: string) => void;
  chosen: ChosenSlot | null;
  onChoose: (s: ChosenSlot) => void;
  notice: string | null;
  onBack: () => void;
  onNext: () => void;
}) {
  const t = useT(messages);
  const tb = useT(bookingMessages);
  if (error) return <ErrorState problem={error} onRetry={onRetry} />;
  if (!slots) return <Loading />;
  const days = slots.days;
  const current = days.find((d) => d.date === day) ?? days.find((d) => dayState(d).anyOpen) ?? days[0];

  return (
    <section aria-labelledby="bk-time-heading" className="yz-bk-panel">
      <h2 id="bk-time-heading" tabIndex={-1}>
        {tb('time.heading')}
      </h2>
      {notice ? <Alert type="warning" showIcon title={notice} className="yz-bk-alert" role="alert" /> : null}
      {days.length === 0 ? (
        <Empty description={tb('time.noDays')} />
      ) : (
        <>
          <h3 className="yz-bk-sub">{tb('time.days')}</h3>
          <ul className="yz-bk-days">
            {days.map((d) => {
              const st = dayState(d);
              const label = dayLabel(d.date, t, tb);
              return (
                <li key={d.date}>
                  <button
                    type="button"
                    className="yz-bk-day"
                    aria-pressed={d.date === current?.date}
                    onClick={() => onDay(d.date)}
                  >
                    <span className="yz-bk-day-date">
                      {label.main} {label.weekday}
                    </span>
                    <span className="yz-bk-day-note">
                      {label.relative ? `${label.relative} · ` : ''}
                      {st.anyOpen
                        ? tb('time.dayFree', { n: st.free })
                        : st.anyLeft
                          ? tb('time.dayClosed')
                          : tb('time.dayFull')}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
          {current ? (
            <>
              <h3 className="yz-bk-sub">
                {tb('time.slots', {
                  date: `${dayLabel(current.date, t, tb).main} ${dayLabel(current.date, t, tb).weekday}`,
                })}
              </h3>
              {current.slots.length === 0 ? (
                <p className="yz-muted">{tb('time.noSlots')}</p>
              ) : (
                <ul className="yz-bk-slots">
                  {current.slots.map((s) => {
                    const picked = chosen?.date === current.date && chosen.start === s.start;
                    return (
                      <li key={s.start}>
                        <button
                          type="button"
                          className={`yz-bk-slot${s.open ? '' : ' yz-bk-slot-off'}`}
                          aria-pressed={picked}
                          disabled={!s.open}
                          onClick={() => onChoose({ date: current.date, start: s.start, end: s.end })}
                        >
                          <span className="yz-bk-slot-time">
                            {s.start}–{s.end}
                          </span>
                          <span className="yz-bk-slot-note">{slotNote(s, tb)}</span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
            </>
          ) : null}
        </>
      )}
      <div className="yz-bk-actions">
        <Button onClick={onBack}>{tb('prev')}</Button>
        <Button type="primary" disabled={!chosen} onClick={onNext}>
          {tb('next')}
        </Button>
      </div>
    </section>
  );
}
