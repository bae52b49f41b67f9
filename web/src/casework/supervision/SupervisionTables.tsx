import { Button, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatTime } from '../lib/dates';
import { CaseStatusTag, ColourTag, DaysLeft } from '../lib/tags';
import { useCwT } from '../lib/use-casework';
import type { CardCount, SupervisionCard, SupervisionCase, SupervisionWarning } from '../types';
import type { CardInput } from './IssueCardDialog';

const CARD_STATUS_COLOURS = { open: 'red', answered: 'blue', closed: 'default' } as const;

type DeptName = (id: string | null | undefined, name?: string | null) => string;

/** The running cases, most urgent first, with a 发牌 button for supervisors. */
export function RunningCaseTable(props: {
  cases: SupervisionCase[];
  deptName: DeptName;
  onIssue?: (initial: Partial<CardInput>) => void;
}) {
  const t = useCwT();
  return (
    <Table<SupervisionCase>
      rowKey="id"
      size="middle"
      dataSource={props.cases}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('sup.noCases') }}
      scroll={{ x: 900 }}
      columns={[
        { title: t('col.colour'), key: 'c', width: 90, render: (_v, x) => <ColourTag colour={x.colour} /> },
        {
          title: t('col.caseNumber'),
          dataIndex: 'number',
          width: 180,
          render: (_v, x) => <Link to={`/desk/cases/${encodeURIComponent(x.id)}`}>{x.number}</Link>,
        },
        { title: t('col.item'), dataIndex: 'itemName', ellipsis: true },
        {
          title: t('col.department'),
          key: 'dept',
          width: 160,
          render: (_v, x) => props.deptName(x.departmentId, x.departmentName),
        },
        { title: t('col.status'), key: 's', width: 100, render: (_v, x) => <CaseStatusTag status={x.status} /> },
        { title: t('col.dueOn'), dataIndex: 'dueOn', width: 110, render: (v: string | null) => v ?? '—' },
        {
          title: t('col.daysLeft'),
          key: 'left',
          width: 140,
          render: (_v, x) => <DaysLeft n={x.remainingWorkingDays} paused={x.status === 'suspended'} />,
        },
        ...(props.onIssue
          ? [
              {
                title: t('common.actions'),
                key: 'a',
                width: 100,
                render: (_v: unknown, x: SupervisionCase) => (
                  <Button
                    size="small"
                    onClick={() =>
                      props.onIssue?.({
                        caseId: x.id,
                        departmentId: x.departmentId,
                        color: x.colour === 'red' ? 'red' : 'yellow',
                        trigger: x.colour === 'red' ? 'overdue_case' : undefined,
                      })
                    }
                  >
                    {t('card.issue')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** Unread yellow and red warnings of the hall. */
export function WarningTable(props: { warnings: SupervisionWarning[] }) {
  const t = useCwT();
  return (
    <Table<SupervisionWarning>
      rowKey="id"
      size="middle"
      dataSource={props.warnings}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('sup.noWarnings') }}
      columns={[
        { title: t('sup.level'), key: 'l', width: 90, render: (_v, w) => <ColourTag colour={w.level} /> },
        {
          title: t('col.caseNumber'),
          key: 'n',
          width: 180,
          render: (_v, w) => <Link to={`/desk/cases/${encodeURIComponent(w.caseId)}`}>{w.caseNumber ?? w.caseId}</Link>,
        },
        { title: t('col.item'), dataIndex: 'itemName', render: (v?: string) => v ?? '—' },
        {
          title: t('col.step'),
          dataIndex: 'taskName',
          width: 140,
          render: (v?: string | null) => v || t('sup.wholeCase'),
        },
        { title: t('sup.raisedOn'), dataIndex: 'raisedOn', width: 120 },
      ]}
    />
  );
}

/** Every card with its answer; units answer their open cards, supervisors close them. */
export function CardTable(props: {
  cards: SupervisionCard[];
  loading: boolean;
  deptName: DeptName;
  mayRespond: (c: SupervisionCard) => boolean;
  mayClose: (c: SupervisionCard) => boolean;
  onRespond: (c: SupervisionCard) => void;
  onClose: (c: SupervisionCard) => void;
}) {
  const t = useCwT();
  return (
    <Table<SupervisionCard>
      rowKey="id"
      size="middle"
      loading={props.loading}
      dataSource={props.cards}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('sup.noCards') }}
      scroll={{ x: 1100 }}
      expandable={{
        rowExpandable: (c) => !!c.response,
        expandedRowRender: (c) => (
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('card.response')}：{c.response} {c.respondedAt && `（${formatTime(c.respondedAt)}）`}
          </Typography.Paragraph>
        ),
      }}
      columns={[
        {
          title: t('card.color'),
          key: 'c',
          width: 80,
          render: (_v, c) => <Tag color={c.color === 'red' ? 'red' : 'gold'}>{t(`card.${c.color}`)}</Tag>,
        },
        { title: t('card.trigger'), key: 'tr', width: 170, render: (_v, c) => t(`trigger.${c.trigger}`) },
        {
          title: t('col.department'),
          key: 'd',
          width: 160,
          render: (_v, c) => props.deptName(c.departmentId, c.departmentName),
        },
        {
          title: t('card.case'),
          key: 'case',
          width: 170,
          render: (_v, c) =>
            c.caseId ? <Link to={`/desk/cases/${encodeURIComponent(c.caseId)}`}>{c.caseNumber ?? c.caseId}</Link> : '—',
        },
        { title: t('card.description'), dataIndex: 'description', ellipsis: true },
        { title: t('card.issuedAt'), key: 'at', width: 150, render: (_v, c) => formatTime(c.issuedAt) },
        {
          title: t('col.status'),
          key: 's',
          width: 90,
          render: (_v, c) => <Tag color={CARD_STATUS_COLOURS[c.status]}>{t(`cardStatus.${c.status}`)}</Tag>,
        },
        {
          title: t('common.actions'),
          key: 'a',
          width: 150,
          render: (_v, c) => (
            <Space size={4}>
              {props.mayRespond(c) && (
                <Button size="small" type="primary" onClick={() => props.onRespond(c)}>
                  {t('card.respond')}
                </Button>
              )}
              {props.mayClose(c) && (
                <Button size="small" onClick={() => props.onClose(c)}>
                  {t('card.close')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}

/** Cards counted per department (closed ones too), for assessment. */
export function CardCountTable(props: { counts: CardCount[]; loading: boolean; deptName: DeptName }) {
  const t = useCwT();
  return (
    <Table<CardCount>
      rowKey={(c) => c.departmentId ?? ''}
      size="small"
      pagination={false}
      loading={props.loading}
      dataSource={props.counts}
      locale={{ emptyText: t('sup.noCards') }}
      columns={[
        {
          title: t('col.department'),
          key: 'd',
          render: (_v, c) => props.deptName(c.departmentId, c.departmentName),
        },
        { title: t('card.yellow'), dataIndex: 'yellow', width: 64 },
        { title: t('card.red'), dataIndex: 'red', width: 64 },
        { title: t('cardStatus.open'), dataIndex: 'open', width: 72 },
        { title: t('cardStatus.answered'), dataIndex: 'answered', width: 72 },
        { title: t('cardStatus.closed'), dataIndex: 'closed', width: 72 },
        { title: t('sup.totalCards'), dataIndex: 'total', width: 64 },
      ]}
    />
  );
}
