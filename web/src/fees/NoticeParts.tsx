import { Descriptions, Table, Tag } from 'antd';
import { beijingTime, money, useFeesT } from './lib';
import type { FeeNotice, NoticeLine, NoticeStatus, RequestStatus } from './types';

const STATUS_COLOURS: Record<NoticeStatus, string> = { unpaid: 'orange', paid: 'green', cancelled: 'default' };
const REQUEST_COLOURS: Record<RequestStatus, string> = {
  requested: 'gold',
  approved: 'green',
  refused: 'red',
  void: 'default',
};

export function NoticeStatusTag({ status }: { status: NoticeStatus }) {
  const t = useFeesT();
  return (
    <Tag color={STATUS_COLOURS[status]} data-testid="notice-status">
      {t(`status.${status}`)}
    </Tag>
  );
}

export function RequestStatusTag({ status }: { status: RequestStatus }) {
  const t = useFeesT();
  return <Tag color={REQUEST_COLOURS[status]}>{t(`req.${status}`)}</Tag>;
}

/** "每本¥10.00 × 3" for a per-unit line, the amount for a fixed one. */
export function lineStandard(l: Pick<NoticeLine, 'mode' | 'unitPriceFen' | 'unitName' | 'capFen' | 'amountFen'>) {
  if (l.mode === 'fixed') return money(l.amountFen);
  const cap = l.capFen === null ? '' : `，封顶${money(l.capFen)}`;
  return `每${l.unitName}${money(l.unitPriceFen)}${cap}`;
}

/** The lines of a notice with amount, approved waivers and what is due per line; totals below. */
export function NoticeLinesTable(props: { notice: FeeNotice; extra?: (l: NoticeLine) => React.ReactNode }) {
  const t = useFeesT();
  const n = props.notice;
  return (
    <Table<NoticeLine>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={n.lines}
      data-testid="notice-lines"
      columns={[
        { title: t('line.name'), dataIndex: 'name' },
        { title: t('line.standard'), key: 'std', render: (_v, l) => lineStandard(l) },
        {
          title: t('line.quantity'),
          key: 'q',
          align: 'right',
          render: (_v, l) => (l.mode === 'fixed' ? 1 : `${l.quantity}${l.unitName}`),
        },
        { title: t('line.amount'), key: 'a', align: 'right', render: (_v, l) => money(l.amountFen) },
        {
          title: t('line.waived'),
          key: 'w',
          align: 'right',
          render: (_v, l) => (l.waivedFen > 0 ? `-${money(l.waivedFen)}` : ''),
        },
        { title: t('line.net'), key: 'n', align: 'right', render: (_v, l) => <strong>{money(l.netFen)}</strong> },
        { title: t('line.receiver'), dataIndex: 'receivingDepartmentName', responsive: ['lg'] },
        ...(props.extra ? [{ title: '', key: 'x', render: (_v: unknown, l: NoticeLine) => props.extra?.(l) }] : []),
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={3}>
            {t('notice.total')}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            {money(n.totalFen)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} align="right">
            {n.waivedFen > 0 ? `-${money(n.waivedFen)}` : ''}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={5} align="right">
            <strong data-testid="notice-due">{money(n.dueFen)}</strong>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

/** Number, case, item, payer, status and issue facts of a notice. */
export function NoticeFacts({ notice: n }: { notice: FeeNotice }) {
  const t = useFeesT();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'number', label: t('notice.number'), children: <span className="yz-mono">{n.number}</span> },
        { key: 'case', label: t('notice.case'), children: <span className="yz-mono">{n.caseNumber}</span> },
        { key: 'status', label: t('notice.status'), children: <NoticeStatusTag status={n.status} /> },
        { key: 'item', label: t('notice.item'), children: n.itemName },
        { key: 'payer', label: t('notice.payer'), children: n.payerName },
        {
          key: 'issued',
          label: t('notice.issued'),
          children: `${beijingTime(n.issuedAt)} ${n.issuedByName}`,
        },
      ]}
    />
  );
}
