import { Descriptions, Empty, Space } from 'antd';
import { TicketFlags, TicketStatusTag } from '../lib/tags';
import { hallTime, minutesSince } from '../lib/time';
import { useDeskT } from '../lib/use-desk';
import type { StaffTicket } from '../types';

/** The ticket at the window now, big enough to read from the counter. */
export function CurrentTicket({ ticket, now }: { ticket: StaffTicket | null; now: number }) {
  const t = useDeskT();
  if (!ticket)
    return (
      <div className="yz-wb-current is-empty">
        <Empty description={t('wb.noCurrent')} />
      </div>
    );
  const waited = ticket.calledAt
    ? Math.max(0, Math.round((new Date(ticket.calledAt).getTime() - new Date(ticket.takenAt).getTime()) / 60_000))
    : minutesSince(ticket.takenAt, now);
  return (
    <div className="yz-wb-current" aria-live="polite">
      <div className="yz-wb-number" data-testid="current-number">
        {ticket.number}
      </div>
      <Space size={[4, 4]} wrap className="yz-wb-badges">
        <TicketStatusTag status={ticket.status} />
        <TicketFlags ticket={ticket} />
        {ticket.recallCount > 0 && <span className="yz-wb-recalls">{t('wb.recalled', { n: ticket.recallCount })}</span>}
      </Space>
      <Descriptions size="small" column={2} className="yz-wb-details">
        <Descriptions.Item label={t('wb.type')} span={2}>
          {ticket.businessTypeName}
        </Descriptions.Item>
        <Descriptions.Item label={t('wb.takenAt')}>{hallTime(ticket.takenAt)}</Descriptions.Item>
        <Descriptions.Item label={t('wb.calledAt')}>{hallTime(ticket.calledAt) || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('wb.waited')}>{t('common.minutes', { n: waited })}</Descriptions.Item>
        <Descriptions.Item label={t('wb.recallCount')}>{ticket.recallCount}</Descriptions.Item>
        <Descriptions.Item label={t('wb.idNumber')}>{ticket.idNumberMasked || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('wb.phone')}>{ticket.phoneMasked || '—'}</Descriptions.Item>
        {ticket.appointmentCode && (
          <Descriptions.Item label={t('wb.appointment')}>{ticket.appointmentCode}</Descriptions.Item>
        )}
        {ticket.priority && ticket.priorityReason && (
          <Descriptions.Item label={t('wb.priorityReason')}>{ticket.priorityReason}</Descriptions.Item>
        )}
      </Descriptions>
    </div>
  );
}
