import { Card, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { LoadError } from '../admin/lib/Page';
import { useSession } from '../admin/lib/session';
import { useLoad } from '../admin/lib/use-load';
import { casePath } from '../cases/lib/paths';
import { beijingTime, feePaths, money, useFeesT } from './lib';
import { NoticeStatusTag } from './NoticeParts';
import type { FeeNotice, NoticeStatus } from './types';

/** The list URL for the filters: status, issue day, a notice or case number. */
export function noticesUrl(hallId: string, f: { status: NoticeStatus | ''; day: string; number: string }): string {
  const p = new URLSearchParams();
  if (f.status) p.set('status', f.status);
  if (f.day) p.set('day', f.day);
  const q = f.number.trim().toUpperCase();
  if (q) p.set(/JF\d/.test(q) ? 'number' : 'caseNumber', q);
  const qs = p.toString();
  return `/api/v1/halls/${encodeURIComponent(hallId)}/fee-notices${qs ? `?${qs}` : ''}`;
}

/** 缴费通知单 /desk/fees/notices: the hall's notices, newest first, filtered by status, day and number. */
export function NoticesPage() {
  const t = useFeesT();
  const { me } = useSession();
  const [status, setStatus] = useState<NoticeStatus | ''>('');
  const [day, setDay] = useState('');
  const [number, setNumber] = useState('');
  const [applied, setApplied] = useState('');
  const list = useLoad<FeeNotice[]>(noticesUrl(me.hallId, { status, day, number: applied }));

  return (
    <div className="yz-desk-page yz-fee-page">
      <Typography.Title level={4}>{t('list.title')}</Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select<NoticeStatus | ''>
            aria-label={t('notice.status')}
            value={status}
            onChange={setStatus}
            style={{ width: 140 }}
            options={[
              { value: '', label: t('common.all') },
              ...(['unpaid', 'paid', 'cancelled'] as const).map((s) => ({ value: s, label: t(`status.${s}`) })),
            ]}
          />
          <Input
            type="date"
            aria-label={t('list.issuedOn')}
            value={day}
            onChange={(e) => setDay(e.target.value)}
            style={{ width: 170 }}
          />
          <Input.Search
            aria-label={t('list.number')}
            placeholder={t('list.number')}
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            onSearch={(v) => setApplied(v)}
            allowClear
            style={{ width: 300 }}
          />
          <span className="yz-muted">{t('list.limit')}</span>
        </Space>
        {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
        <Table<FeeNotice>
          size="small"
          rowKey="id"
          loading={list.loading}
          dataSource={list.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('list.empty') }}
          columns={[
            {
              title: t('notice.number'),
              dataIndex: 'number',
              render: (v: string, n) => (
                <Link to={feePaths.notice(n.id)} className="yz-mono">
                  {v}
                </Link>
              ),
            },
            {
              title: t('notice.case'),
              dataIndex: 'caseNumber',
              render: (v: string, n) => <Link to={casePath(n.caseId)}>{v}</Link>,
            },
            { title: t('notice.item'), dataIndex: 'itemName' },
            { title: t('notice.payer'), dataIndex: 'payerName' },
            { title: t('notice.total'), key: 't', align: 'right', render: (_v, n) => money(n.totalFen) },
            { title: t('notice.due'), key: 'd', align: 'right', render: (_v, n) => money(n.dueFen) },
            { title: t('notice.status'), key: 's', render: (_v, n) => <NoticeStatusTag status={n.status} /> },
            { title: t('notice.issued'), key: 'i', render: (_v, n) => `${beijingTime(n.issuedAt)} ${n.issuedByName}` },
          ]}
        />
      </Card>
    </div>
  );
}
