import { Button, Space, Table } from 'antd';
import { TicketFlags } from '../lib/tags';
import { hallTime, minutesSince } from '../lib/time';
import { useDeskT } from '../lib/use-desk';
import type { StaffTicket } from '../types';

/** The window's waiting list in call order, with 绿色通道 and 转移 per ticket. */
export function WaitingList(props: {
  tickets: StaffTicket[];
  now: number;
  disabled: boolean;
  onPriority: (t: StaffTicket) => void;
  onTransfer: (t: StaffTicket) => void;
}) {
  const t = useDeskT();
  return (
    <Table<StaffTicket>
      rowKey="id"
      size="small"
      dataSource={props.tickets}
      pagination={props.tickets.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: t('wb.noWaiting') }}
      columns={[
        { title: '#', key: 'pos', width: 44, render: (_v, _r, i) => i + 1 },
        {
          title: t('wb.number'),
          dataIndex: 'number',
          width: 130,
          render: (n: string, r) => (
            <Space size={4} wrap>
              <strong className="yz-wb-list-number">{n}</strong>
              <TicketFlags ticket={r} />
            </Space>
          ),
        },
        { title: t('wb.type'), dataIndex: 'businessTypeName', ellipsis: true },
        { title: t('wb.takenAt'), dataIndex: 'takenAt', width: 84, render: (v: string) => hallTime(v) },
        {
          title: t('wb.waited'),
          key: 'waited',
          width: 76,
          render: (_v, r) => t('common.minutes', { n: minutesSince(r.takenAt, props.now) }),
        },
        {
          title: t('common.actions'),
          key: 'actions',
          width: 150,
          render: (_v, r) => (
            <Space size={0}>
              <Button
                type="link"
                size="small"
                disabled={props.disabled || r.priority}
                onClick={() => props.onPriority(r)}
                aria-label={t('wb.priorityFor', { number: r.number })}
              >
                {t('action.priority')}
              </Button>
              <Button
                type="link"
                size="small"
                disabled={props.disabled}
                onClick={() => props.onTransfer(r)}
                aria-label={t('wb.transferFor', { number: r.number })}
              >
                {t('action.transfer')}
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}
