import { PrinterOutlined } from '@ant-design/icons';
import { Empty, Table, Tag, Timeline } from 'antd';
import { Link } from 'react-router-dom';
import { formatTime } from '../lib/dates';
import { printPath } from '../lib/paths';
import { ColourTag } from '../lib/tags';
import { useCasesT } from '../lib/use-cases';
import type { CaseEvent, CaseView } from '../types';

const STATE_COLORS = { submitted: 'green', missing: 'red', defective: 'orange' } as const;

export function MaterialsTable({ c }: { c: CaseView }) {
  const t = useCasesT();
  return (
    <Table
      size="small"
      rowKey="position"
      pagination={false}
      dataSource={c.materials}
      locale={{ emptyText: t('materials.none') }}
      columns={[
        { title: t('materials.no'), dataIndex: 'position', width: 56 },
        {
          title: t('materials.name'),
          render: (_v, m) => (
            <>
              {m.name}{' '}
              {m.required ? <Tag color="red">{t('materials.required')}</Tag> : <Tag>{t('materials.optional')}</Tag>}
            </>
          ),
        },
        {
          title: t('materials.check'),
          width: 120,
          render: (_v, m) => <Tag color={STATE_COLORS[m.state]}>{t(`materialState.${m.state}`)}</Tag>,
        },
        { title: t('materials.note'), dataIndex: 'note' },
      ]}
    />
  );
}

/** Review steps and 联办 sub-tasks, each with its share of the limit and its own due date. */
export function TasksTable({ c }: { c: CaseView }) {
  const t = useCasesT();
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={c.tasks}
      locale={{ emptyText: t('tasks.none') }}
      columns={[
        { title: t('materials.no'), dataIndex: 'position', width: 56 },
        {
          title: t('tasks.name'),
          render: (_v, x) => (
            <>
              {x.name} {x.kind === 'joint' && <Tag color="cyan">{t('tasks.joint')}</Tag>}
            </>
          ),
        },
        { title: t('tasks.department'), render: (_v, x) => x.departmentName ?? '' },
        { title: t('tasks.days'), width: 90, render: (_v, x) => t('unit.workdays', { n: x.days }) },
        {
          title: t('tasks.status'),
          width: 90,
          render: (_v, x) => (
            <Tag color={x.status === 'active' ? 'blue' : undefined}>{t(`taskStatus.${x.status}`)}</Tag>
          ),
        },
        {
          title: t('tasks.dueOn'),
          width: 150,
          render: (_v, x) => (
            <>
              {x.dueOn ?? ''} {x.status === 'active' && <ColourTag colour={x.colour} />}
            </>
          ),
        },
        { title: t('tasks.finishedOn'), dataIndex: 'finishedOn', width: 110 },
        {
          title: t('tasks.opinion'),
          render: (_v, x) => (
            <>
              {x.outcome && <Tag>{t(`outcome.${x.outcome}`)}</Tag>}
              {x.opinion}
            </>
          ),
        },
      ]}
    />
  );
}

/** Clock stops (补正 / 特别程序) and extensions 延期. */
export function PausesAndExtensions({ c }: { c: CaseView }) {
  const t = useCasesT();
  if (c.pauses.length === 0 && c.extensions.length === 0) return <Empty description={t('pauses.none')} />;
  return (
    <>
      {c.pauses.length > 0 && (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={c.pauses}
          style={{ marginBottom: 16 }}
          columns={[
            {
              title: t('pauses.name'),
              render: (_v, p) => (
                <>
                  {p.name} <Tag>{t(`pauseKind.${p.kind}`)}</Tag>
                </>
              ),
            },
            { title: t('pauses.reason'), dataIndex: 'reason' },
            { title: t('pauses.notice'), dataIndex: 'noticeNo', width: 160 },
            { title: t('pauses.from'), dataIndex: 'startedOn', width: 110 },
            {
              title: t('pauses.to'),
              width: 110,
              render: (_v, p) => p.endedOn ?? <Tag color="purple">{t('pauses.open')}</Tag>,
            },
          ]}
        />
      )}
      {c.extensions.length > 0 && (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={c.extensions}
          columns={[
            { title: t('ext.days'), width: 110, render: (_v, x) => t('unit.workdays', { n: x.days }) },
            { title: t('ext.reason'), dataIndex: 'reason' },
            { title: t('ext.requestedOn'), dataIndex: 'requestedOn', width: 110 },
            {
              title: t('ext.status'),
              width: 100,
              render: (_v, x) => (
                <Tag color={x.status === 'approved' ? 'green' : x.status === 'refused' ? 'red' : 'gold'}>
                  {t(`extStatus.${x.status}`)}
                </Tag>
              ),
            },
            { title: t('ext.approver'), dataIndex: 'approverName', width: 120 },
            { title: t('ext.decidedOn'), dataIndex: 'decidedOn', width: 110 },
          ]}
        />
      )}
    </>
  );
}

/** Documents handed out, each reprintable as frozen. */
export function DocumentsList({ c }: { c: CaseView }) {
  const t = useCasesT();
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={c.documents}
      locale={{ emptyText: t('docs.none') }}
      columns={[
        { title: t('docs.kind'), render: (_v, d) => t(`doc.${d.kind}`) },
        { title: t('docs.number'), dataIndex: 'number', render: (v: string) => <span className="yz-mono">{v}</span> },
        { title: t('docs.createdAt'), render: (_v, d) => formatTime(d.createdAt), width: 170 },
        {
          title: t('common.actions'),
          width: 110,
          render: (_v, d) => (
            <Link to={printPath(c.id, d.id)}>
              <PrinterOutlined /> {t('docs.print')}
            </Link>
          ),
        },
      ]}
    />
  );
}

function eventText(e: CaseEvent, t: ReturnType<typeof useCasesT>): string {
  const label = t(`action.${e.action}`);
  const known = label !== `action.${e.action}`;
  const move =
    e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus
      ? `（${t(`status.${e.fromStatus}`)} → ${t(`status.${e.toStatus}`)}）`
      : '';
  return `${known ? label : e.action}${move}`;
}

/** The case's timeline from case_events (oldest first). */
export function CaseTimeline({ events }: { events: CaseEvent[] | undefined }) {
  const t = useCasesT();
  if (!events) return <span className="yz-muted">{t('timeline.unavailable')}</span>;
  if (events.length === 0) return <Empty description={t('timeline.none')} />;
  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Timeline
      data-testid="case-timeline"
      items={sorted.map((e, i) => ({
        key: e.id ?? `${e.at}-${i}`,
        content: (
          <>
            <div>{eventText(e, t)}</div>
            <div className="yz-muted">
              {formatTime(e.at)}
              {e.userName ? ` · ${e.userName}` : ''}
            </div>
          </>
        ),
      }))}
    />
  );
}
