import { Badge, Tag } from 'antd';
import type { StaffTicket, TicketStatus, WindowStatus } from '../types';
import type { LiveState } from './live';
import { useDeskT } from './use-desk';

const WINDOW_COLORS: Record<WindowStatus, string> = { open: 'green', paused: 'orange', closed: 'default' };
const TICKET_COLORS: Record<TicketStatus, string> = {
  waiting: 'blue',
  called: 'gold',
  serving: 'green',
  done: 'default',
  no_show: 'red',
  cancelled: 'default',
  expired: 'default',
};

export function WindowStatusTag({ status }: { status: WindowStatus }) {
  const t = useDeskT();
  return <Tag color={WINDOW_COLORS[status]}>{t(`windowStatus.${status}`)}</Tag>;
}

export function TicketStatusTag({ status }: { status: TicketStatus }) {
  const t = useDeskT();
  return <Tag color={TICKET_COLORS[status]}>{t(`ticketStatus.${status}`)}</Tag>;
}

/** 绿色通道 / 转移 / 预约 markers of a ticket. */
export function TicketFlags({ ticket }: { ticket: StaffTicket }) {
  const t = useDeskT();
  return (
    <>
      {ticket.priority && (
        <Tag color="green" title={ticket.priorityReason ?? undefined}>
          {t('flag.priority')}
        </Tag>
      )}
      {ticket.transferred && <Tag color="purple">{t('flag.transferred')}</Tag>}
      {ticket.appointmentCode && <Tag color="cyan">{t('flag.appointment')}</Tag>}
    </>
  );
}

/** Whether the event stream is connected (live), reconnecting, or unavailable (polling only). */
export function LiveBadge({ state }: { state: LiveState }) {
  const t = useDeskT();
  const status = state === 'live' ? 'processing' : state === 'connecting' ? 'warning' : 'default';
  return <Badge status={status} text={t(`live.${state}`)} />;
}
