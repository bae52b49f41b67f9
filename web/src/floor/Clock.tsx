import { useT } from '../shared/i18n';
import { messages } from './messages';
import { formatClock, hallDateParts, useNow } from './time';

/** Date and time in Beijing time, ticking every second. */
export function Clock({ showDate = true }: { showDate?: boolean }) {
  const t = useT(messages);
  const now = useNow();
  const p = hallDateParts(now);
  return (
    <div className="yz-fl-clock">
      <span className="yz-fl-clock-time">{formatClock(now)}</span>
      {showDate ? (
        <span className="yz-fl-clock-date">
          {t('clock.date', { y: p.year, m: p.month, d: p.day, wd: t(`wd.${p.weekday}`) })}
        </span>
      ) : null}
    </div>
  );
}
