import { ReloadOutlined } from '@ant-design/icons';
import { Button, Space, Switch, Table, type TableColumnsType, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { LoadError } from '../../admin/lib/Page';
import { useSession } from '../../admin/lib/session';
import { useLoad } from '../../admin/lib/use-load';
import { ReviewDrawer } from '../inbox/ReviewDrawer';
import { HallPicker } from '../lib/HallPicker';
import { CaseStatusTag, DaysLeft } from '../lib/tags';
import { useCwT, useHallParam } from '../lib/use-casework';
import type { CaseStatus, InboxTask } from '../types';

interface PendingBase {
  id: string;
  number: string;
  itemName: string;
  applicantMasked: string;
  status: CaseStatus;
  departmentId: string;
  departmentName: string;
  acceptedOn: string | null;
  dueOn: string | null;
  remainingWorkingDays: number | null;
  rowVersion: number;
}
export interface AwaitingForward extends PendingBase {
  taskId: string;
  taskName: string;
  firstReviewDoneOn: string;
  firstReviewOpinion: string;
  waitingWorkingDays: number;
  toHallId: string | null;
  toHallName: string | null;
}
export interface AwaitingDecision extends PendingBase {
  taskId: string | null;
  taskName: string | null;
  taskDepartmentId: string | null;
  taskDepartmentName: string | null;
  fromCaseId: string;
  fromCaseNumber: string;
  fromHallId: string;
  fromHallName: string;
}
/** `GET /api/v1/halls/{hallId}/reported-cases/pending` (docs/api-cases.md "Review"). */
export interface ReportedPending {
  asOf: string;
  awaitingForward: AwaitingForward[];
  awaitingDecision: AwaitingDecision[];
}

/** The review panel opened on one step of a listed case (the 初审 step to forward, or the active step). */
const taskOf = (x: PendingBase, taskId: string, name: string): InboxTask => ({
  id: taskId,
  caseId: x.id,
  caseNumber: x.number,
  itemName: x.itemName,
  caseStatus: x.status,
  caseKind: 'reported',
  kind: 'step',
  name,
  dueOn: x.dueOn,
  colour: 'green',
  caseRowVersion: x.rowVersion,
});

/**
 * 上报件 /desk/casework/reported: reported-up cases whose first review 初审 is done here and that wait to be
 * forwarded to the parent hall (转报), and cases received from lower halls that wait for this hall's
 * decision. Both actions open the review panel of the inbox, so forwarding and deciding work as there.
 */
export default function ReportedPage() {
  const t = useCwT();
  const { me, can, halls } = useSession();
  const [hallId, setHallId] = useHallParam();
  const [mine, setMine] = useState(!!me.departmentId);
  const url = `/api/v1/halls/${encodeURIComponent(hallId)}/reported-cases/pending${mine ? '?mine=true' : ''}`;
  const list = useLoad<ReportedPending>(url);
  const [open, setOpen] = useState<InboxTask | null>(null);
  const review = can('case.review') && !!me.departmentId;
  const hallName = halls.find((h) => h.id === hallId)?.name;
  const number = (x: PendingBase) => <Link to={`/desk/cases/${encodeURIComponent(x.id)}`}>{x.number}</Link>;
  /** case number (to the case page), item and masked applicant: the first columns of both lists */
  const leading = <T extends PendingBase>(): TableColumnsType<T> => [
    { title: t('col.caseNumber'), key: 'number', width: 190, render: (_v, x) => number(x) },
    { title: t('col.item'), dataIndex: 'itemName' },
    { title: t('col.applicant'), dataIndex: 'applicantMasked', width: 100 },
  ];
  const common = {
    rowKey: 'id' as const,
    loading: list.loading,
    pagination: { pageSize: 50, hideOnSinglePage: true },
    scroll: { x: 980 },
  };

  const forward = (
    <Table<AwaitingForward>
      {...common}
      dataSource={list.data?.awaitingForward ?? []}
      locale={{ emptyText: t('reported.forwardEmpty') }}
      columns={[
        ...leading<AwaitingForward>(),
        { title: t('col.department'), dataIndex: 'departmentName', width: 160 },
        { title: t('reported.firstReviewDoneOn'), dataIndex: 'firstReviewDoneOn', width: 120 },
        {
          title: t('reported.waiting'),
          key: 'waiting',
          width: 120,
          render: (_v, x) => t('reported.waitingDays', { n: x.waitingWorkingDays }),
        },
        { title: t('col.dueOn'), dataIndex: 'dueOn', width: 120, render: (v: string | null) => v ?? '—' },
        { title: t('reported.toHall'), dataIndex: 'toHallName', width: 170, render: (v: string | null) => v ?? '—' },
        {
          title: t('common.actions'),
          key: 'actions',
          width: 100,
          fixed: 'right',
          render: (_v, x) => (
            <Button
              type="primary"
              size="small"
              disabled={!review || x.departmentId !== me.departmentId || x.status !== 'in_review'}
              onClick={() => setOpen(taskOf(x, x.taskId, x.taskName))}
            >
              {t('reported.forward')}
            </Button>
          ),
        },
      ]}
    />
  );

  const decide = (
    <Table<AwaitingDecision>
      {...common}
      dataSource={list.data?.awaitingDecision ?? []}
      locale={{ emptyText: t('reported.decideEmpty') }}
      columns={[
        ...leading<AwaitingDecision>(),
        {
          title: t('reported.from'),
          key: 'from',
          width: 220,
          render: (_v, x) => (
            <Space orientation="vertical" size={0}>
              <span>{x.fromHallName}</span>
              <Typography.Text type="secondary" className="yz-mono">
                {x.fromCaseNumber}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: t('col.step'),
          key: 'step',
          width: 170,
          render: (_v, x) => (x.taskName ? `${x.taskName} · ${x.taskDepartmentName ?? ''}` : '—'),
        },
        { title: t('col.status'), key: 'status', width: 100, render: (_v, x) => <CaseStatusTag status={x.status} /> },
        {
          title: t('col.daysLeft'),
          key: 'left',
          width: 150,
          render: (_v, x) => <DaysLeft n={x.remainingWorkingDays} paused={x.status === 'suspended'} />,
        },
        {
          title: t('common.actions'),
          key: 'actions',
          width: 100,
          fixed: 'right',
          render: (_v, x) => (
            <Button
              type="primary"
              size="small"
              disabled={!review || !x.taskId || x.taskDepartmentId !== me.departmentId}
              onClick={() => x.taskId && setOpen(taskOf(x, x.taskId, x.taskName ?? ''))}
            >
              {t('inbox.handle')}
            </Button>
          ),
        },
      ]}
    />
  );

  return (
    <>
      <div className="yz-desk-page-head">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('reported.title')} {hallName && `· ${hallName}`}
        </Typography.Title>
        <Space wrap>
          <HallPicker value={hallId} onChange={setHallId} />
          {me.departmentId && (
            <Space size={4}>
              <Switch checked={mine} onChange={setMine} aria-label={t('reported.mine')} />
              <span>{t('reported.mine')}</span>
            </Space>
          )}
          <Button icon={<ReloadOutlined />} onClick={list.reload} loading={list.loading}>
            {t('common.refresh')}
          </Button>
        </Space>
      </div>
      <Typography.Paragraph type="secondary">{t('reported.hint')}</Typography.Paragraph>
      {list.error !== undefined && <LoadError error={list.error} onRetry={list.reload} />}
      <div className="yz-desk-panel">
        <Tabs
          items={[
            {
              key: 'forward',
              label: t('reported.tab.forward', { n: list.data?.awaitingForward.length ?? 0 }),
              children: forward,
            },
            {
              key: 'decide',
              label: t('reported.tab.decide', { n: list.data?.awaitingDecision.length ?? 0 }),
              children: decide,
            },
          ]}
        />
      </div>
      {open && (
        <ReviewDrawer
          task={open}
          onClose={() => setOpen(null)}
          onChanged={(done) => {
            list.reload();
            if (done) setOpen(null);
          }}
        />
      )}
    </>
  );
}
