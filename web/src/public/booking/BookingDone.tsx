import { CheckCircleFilled } from '@ant-design/icons';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../shared/i18n';
import { messages } from '../messages';
import { dayLabel } from './dates';
import { bookingMessages } from './messages';
import type { PublicAppointment } from './types';

/** The booking code, large, with the date and time and what to do next. */
export function BookingDone({ booking, onAgain }: { booking: PublicAppointment; onAgain: () => void }) {
  const t = useT(messages);
  const tb = useT(bookingMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const day = dayLabel(booking.date, t, tb);
  return (
    <section aria-labelledby="bk-done-heading" className="yz-bk-panel yz-bk-done">
      <h2 id="bk-done-heading" ref={heading} tabIndex={-1}>
        <CheckCircleFilled className="yz-bk-done-icon" aria-hidden /> {tb('done.title')}
      </h2>
      <p className="yz-bk-code-label">{tb('done.code')}</p>
      <p className="yz-bk-code">{booking.code}</p>
      <p className="yz-bk-when">
        {booking.date}（{day.weekday}）{booking.slotStart}–{booking.slotEnd}
      </p>
      <p className="yz-bk-what">
        {booking.hallName} · {booking.businessTypeName}
      </p>
      <p className="yz-bk-checkin">{tb('done.checkIn')}</p>
      <p className="yz-muted">{tb('done.keep')}</p>
      <div className="yz-bk-actions">
        <Link
          className="yz-link-button"
          to={`/halls/${booking.hallId}/booking/mine?code=${encodeURIComponent(booking.code)}`}
        >
          {tb('done.mine')}
        </Link>
        <button type="button" className="yz-link-button" onClick={onAgain}>
          {tb('done.again')}
        </button>
      </div>
    </section>
  );
}
