import { Link } from 'react-router-dom';
import { useT } from '../../shared/i18n';
import { bookingMessages } from './messages';
import type { BookingType } from './types';
import { useFreshGet } from './use-fresh-get';
import './booking.css';

const REFRESH_MS = 30_000;
const timeFmt = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * The hall home's "预约取号 · 排队情况" card: waiting counts per type (refreshed every 30 s) and the
 * way to online booking. A hall without business types shows no card.
 */
export function QueueCard({ hallId }: { hallId: string }) {
  const tb = useT(bookingMessages);
  const types = useFreshGet<BookingType[]>(
    `/api/v1/public/halls/${encodeURIComponent(hallId)}/business-types`,
    REFRESH_MS,
  );
  if (!types.data || types.data.length === 0) return null;
  const anyBookable = types.data.some((x) => x.bookable);
  return (
    <section aria-labelledby="queue-card-title" className="yz-bk-card">
      <div className="yz-bk-card-head">
        <h2 id="queue-card-title">{tb('card.title')}</h2>
        {types.at ? (
          <span className="yz-muted yz-bk-card-time">{tb('card.updated', { time: timeFmt.format(types.at) })}</span>
        ) : null}
      </div>
      <p className="yz-muted yz-bk-card-hint">{tb('card.hint')}</p>
      <ul className="yz-bk-queue">
        {types.data.map((x) => (
          <li key={x.id}>
            <span className="yz-bk-prefix" aria-hidden>
              {x.prefix}
            </span>
            <span className="yz-bk-queue-name">{x.name}</span>
            <span className="yz-bk-queue-count">
              {tb('card.waiting', { n: x.waitingCount })}
              {x.waitingCount > 0 ? ` · ${tb('card.estimate', { n: x.estimatedWaitMinutes })}` : ''}
            </span>
            {!x.canTakeNow && x.reason ? <span className="yz-bk-queue-reason">{x.reason}</span> : null}
            {x.bookable ? (
              <Link
                className="yz-bk-queue-book"
                to={`/halls/${hallId}/booking?type=${encodeURIComponent(x.id)}`}
                aria-label={tb('card.bookType', { name: x.name })}
              >
                {tb('card.bookable')}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="yz-bk-card-actions">
        {anyBookable ? (
          <Link className="yz-bk-primary-link" to={`/halls/${hallId}/booking`}>
            {tb('card.book')}
          </Link>
        ) : null}
        <Link className="yz-link-button" to={`/halls/${hallId}/booking/mine`}>
          {tb('card.mine')}
        </Link>
      </div>
    </section>
  );
}
