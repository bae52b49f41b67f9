import { useEffect } from 'react';
import { useT } from '../../shared/i18n';
import { messages } from '../messages';
import { formatTicketTime } from '../time';
import type { PublicTicket } from '../types';
import { useCountdown } from './countdown';

/** Seconds the ticket stays on screen before the kiosk returns to the start. */
export const TICKET_SECONDS = 15;

/** The printed receipt 排队凭条: an 80 mm roll; only this part of the page is printed. */
export function Receipt({ ticket, hallName }: { ticket: PublicTicket; hallName: string }) {
  const t = useT(messages);
  return (
    <div className="yz-receipt" aria-hidden>
      <div className="yz-receipt-hall">{ticket.hallName || hallName}</div>
      <div className="yz-receipt-label">{t('ticket.title')}</div>
      <div className="yz-receipt-number">{ticket.number}</div>
      <div className="yz-receipt-type">{ticket.businessTypeName}</div>
      {ticket.slotStart ? (
        <div className="yz-receipt-line">
          {t('ticket.slot', { start: ticket.slotStart, end: ticket.slotEnd ?? '' })}
        </div>
      ) : null}
      <div className="yz-receipt-line">{t('ticket.ahead', { n: ticket.aheadCount })}</div>
      <div className="yz-receipt-line">{t('ticket.wait', { n: ticket.estimatedWaitMinutes })}</div>
      <div className="yz-receipt-time">
        {t('ticket.time')} {formatTicketTime(ticket.takenAt)}
      </div>
      <div className="yz-receipt-hint">{t('ticket.hint')}</div>
    </div>
  );
}

/** The issued ticket on screen; prints once on arrival and returns to the start after 15 s. */
export function TicketView({
  ticket,
  hallName,
  onDone,
}: {
  ticket: PublicTicket;
  hallName: string;
  onDone: () => void;
}) {
  const t = useT(messages);
  const left = useCountdown(TICKET_SECONDS, onDone, ticket.id);

  useEffect(() => {
    // after the receipt is in the DOM; a timer (cleared on unmount) so it prints once per ticket
    const id = setTimeout(() => window.print(), 200);
    return () => clearTimeout(id);
  }, []);

  return (
    <section className="yz-fl-step yz-fl-ticket" aria-labelledby="ticket-title">
      <div className="yz-fl-ticket-card" role="status">
        <h1 id="ticket-title" className="yz-fl-ticket-label">
          {t('ticket.title')}
        </h1>
        <p className="yz-fl-ticket-number">{ticket.number}</p>
        <p className="yz-fl-ticket-type">{ticket.businessTypeName}</p>
        {ticket.slotStart ? (
          <p className="yz-fl-ticket-wait">
            {t('ticket.slot', { start: ticket.slotStart, end: ticket.slotEnd ?? '' })}
          </p>
        ) : null}
        <p className="yz-fl-ticket-ahead">{t('ticket.ahead', { n: ticket.aheadCount })}</p>
        <p className="yz-fl-ticket-wait">{t('ticket.wait', { n: ticket.estimatedWaitMinutes })}</p>
        <p className="yz-fl-ticket-time">
          {t('ticket.time')} {formatTicketTime(ticket.takenAt)}
        </p>
        <p className="yz-fl-ticket-hint">{t('ticket.hint')}</p>
      </div>
      <p className="yz-fl-take">{t('ticket.take')}</p>
      <div className="yz-fl-actions">
        <button type="button" className="yz-fl-btn" onClick={() => window.print()}>
          {t('ticket.reprint')}
        </button>
        <button type="button" className="yz-fl-btn yz-fl-btn-primary" onClick={onDone}>
          {t('ticket.done')}
        </button>
      </div>
      <p className="yz-fl-countdown">{t('ticket.autoBack', { n: left })}</p>
      <Receipt ticket={ticket} hallName={hallName} />
    </section>
  );
}

/** A refused ticket or check-in: the server's Chinese reason in large text; back to the start after 15 s. */
export function ErrorView({ title, detail, onDone }: { title: string; detail: string; onDone: () => void }) {
  const t = useT(messages);
  const left = useCountdown(TICKET_SECONDS, onDone, detail);
  return (
    <section className="yz-fl-step yz-fl-error" role="alert" aria-labelledby="kiosk-error-title">
      <div className="yz-fl-error-mark" aria-hidden>
        !
      </div>
      <h1 id="kiosk-error-title" className="yz-fl-step-title">
        {title}
      </h1>
      <p className="yz-fl-error-detail">{detail}</p>
      <div className="yz-fl-actions">
        <button type="button" className="yz-fl-btn yz-fl-btn-primary" onClick={onDone}>
          {t('home')}
        </button>
      </div>
      <p className="yz-fl-countdown">{t('ticket.autoBack', { n: left })}</p>
    </section>
  );
}
