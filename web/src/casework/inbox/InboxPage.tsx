import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { LoadError } from '../../admin/lib/Page';
import { useSession } from '../../admin/lib/session';
import { useLoad } from '../../admin/lib/use-load';
import { hallToday } from '../../staff-desk/lib/time';
import { ColourTag, DaysLeft } from '../lib/tags';
import { sortInbox, workingDaysLeft } from '../lib/urgency';
import { useCalendarSpan, useCwT } from '../lib/use-casework';
import type { Colour, InboxTask } from '../types';
import { ReviewDrawer } from './ReviewDrawer';

/** 审批待办 /desk/casework/inbox: my department's active steps and joint sub-tasks, most urgent first. */
export default function InboxPage() {
  const t = useCwT();
  const { me } = useSession();
  const url = `/api/v1/halls/${encodeURIComponent(me.hallId)}/case-inbox`;
  const inbox = useLoad<InboxTask[]>(url);
  const [open, setOpen] = useState<InboxTask | null>(null);

  const tasks = useMemo(() => sortInbox(inbox.data ?? []), [inbox.data]);
  const missingDays = tasks.filter((x) => x.remainingWorkingDays === undefined).map((x) => x.dueOn);
  const calendar = useCalendarSpan(me.hallId, missingDays);
  const today = hallToday();
  const daysLeft = (x: InboxTask) =>
    x.remainingWorkingDays !== undefined ? x.remainingWorkingDays : workingDaysLeft(calendar, today, x.dueOn);
  const counts: Record<Colour, number> = { red: 0, yellow: 0, green: 0 };
  for (const x of tasks) counts[x.colour] += 1;

  return (
    <>
      <div className="yz-desk-page-head">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('inbox.title')}
        </Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={inbox.reload} loading={inbox.loading}>
          {t('common.refresh')}
        </Button>
      </div>
      {!me.departmentId && <Typography.Paragraph type="warning">{t('inbox.noDepartment')}</Typography.Paragraph>}
      {inbox.error !== undefined && <LoadError error={inbox.error} onRetry={inbox.reload} />}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {(['red', 'yellow', 'green'] as const).map((c) => (
          <Col key={c} xs={8} md={6} lg={4}>
            <Card size="small" className={`yz-cw-count yz-cw-count-${c}`}>
              <Statistic title={t(`inbox.count.${c}`)} value={counts[c]} />
            </Card>
          </Col>
        ))}
      </Row>
      <div className="yz-desk-panel">
        <Table<InboxTask>
          rowKey="id"
          loading={inbox.loading}
          dataSource={tasks}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('inbox.empty') }}
          scroll={{ x: 960 }}
          rowClassName={(x) => `yz-cw-row-${x.colour}`}
          onRow={(x) => ({ onDoubleClick: () => setOpen(x) })}
          columns={[
            { title: t('col.colour'), key: 'colour', width: 90, render: (_v, x) => <ColourTag colour={x.colour} /> },
            {
              title: t('col.item'),
              dataIndex: 'itemName',
              render: (_v, x) => (
                <Space size={4} wrap>
                  <span>{x.itemName}</span>
                  {x.caseKind && x.caseKind !== 'promised' && <Tag>{t(`kind.${x.caseKind}`)}</Tag>}
                </Space>
              ),
            },
            {
              title: t('col.caseNumber'),
              dataIndex: 'caseNumber',
              width: 190,
              render: (_v, x) => <Link to={`/desk/cases/${encodeURIComponent(x.caseId)}`}>{x.caseNumber}</Link>,
            },
            {
              title: t('col.step'),
              dataIndex: 'name',
              width: 150,
              render: (_v, x) => (
                <Space size={4}>
                  {x.name}
                  {x.kind === 'joint' && <Tag color="purple">{t('inbox.joint')}</Tag>}
                </Space>
              ),
            },
            { title: t('col.dueOn'), dataIndex: 'dueOn', width: 120, render: (v: string | null) => v ?? '—' },
            {
              title: t('col.daysLeft'),
              key: 'left',
              width: 180,
              render: (_v, x) => <DaysLeft n={daysLeft(x)} paused={x.paused ?? x.caseStatus === 'suspended'} />,
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 100,
              fixed: 'right',
              render: (_v, x) => (
                <Button type="primary" size="small" onClick={() => setOpen(x)}>
                  {t('inbox.handle')}
                </Button>
              ),
            },
          ]}
        />
      </div>
      {open && (
        <ReviewDrawer
          task={open}
          onClose={() => setOpen(null)}
          onChanged={(done) => {
            inbox.reload();
            if (done) setOpen(null);
          }}
        />
      )}
    </>
  );
}
