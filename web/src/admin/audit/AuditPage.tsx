import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { get } from '../../shared/api';
import { formatTime } from '../lib/dates';
import { LoadError, Page } from '../lib/Page';
import { hallsInTreeOrder, useSession } from '../lib/session';
import { useAdminT, useShowProblem } from '../lib/use-admin';
import { messages } from '../messages';
import type { AuditEntry } from '../types';
import { DiffViewer } from './DiffViewer';

const PAGE = 50;
const ACTIONS = Object.keys(messages)
  .filter((k) => k.startsWith('action.'))
  .map((k) => k.slice('action.'.length));

/** The audit log 审计日志 of the visible halls, newest first, with a before/after diff per record. */
export default function AuditPage() {
  const t = useAdminT();
  const showProblem = useShowProblem();
  const { halls, me } = useSession();
  const hallName = new Map(halls.map((h) => [h.id, h.name]));
  const [hallId, setHallId] = useState<string | undefined>();
  const [entityType, setEntityType] = useState('');
  const [entityId, setEntityId] = useState('');
  const [action, setAction] = useState<string | undefined>();
  const [rows, setRows] = useState<AuditEntry[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [more, setMore] = useState(false);

  const query = (before?: number) => {
    const p = new URLSearchParams({ limit: String(PAGE) });
    if (hallId) p.set('hallId', hallId);
    if (entityType.trim()) p.set('entityType', entityType.trim());
    if (entityId.trim()) p.set('entityId', entityId.trim());
    if (action) p.set('action', action);
    if (before !== undefined) p.set('beforeSeq', String(before));
    return `/api/v1/audit?${p}`;
  };
  const url = query();

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(undefined);
    get<AuditEntry[]>(url).then(
      (r) => {
        if (!live) return;
        setRows(r);
        setMore(r.length === PAGE);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(e);
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [url]);

  const loadMore = async () => {
    const last = rows[rows.length - 1];
    if (!last) return;
    setLoading(true);
    try {
      const r = await get<AuditEntry[]>(query(last.seq));
      setRows((cur) => [...cur, ...r]);
      setMore(r.length === PAGE);
    } catch (e) {
      showProblem(e);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Page title={t('menu.audit')} extra={me.roles.includes('admin') && <VerifyChain />}>
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          aria-label={t('audit.hall')}
          placeholder={t('audit.allHalls')}
          allowClear
          value={hallId}
          onChange={setHallId}
          style={{ width: 260 }}
          showSearch={{ optionFilterProp: 'title' }}
          options={hallsInTreeOrder(halls).map(({ hall, depth }) => ({
            value: hall.id,
            title: hall.name,
            label: <span style={{ paddingLeft: depth * 12 }}>{hall.name}</span>,
          }))}
        />
        <Select
          aria-label={t('audit.action')}
          placeholder={t('audit.action')}
          allowClear
          value={action}
          onChange={setAction}
          style={{ width: 180 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={ACTIONS.map((a) => ({ value: a, label: t(`action.${a}`) }))}
        />
        <Input.Search
          aria-label={t('audit.entityType')}
          placeholder={t('audit.entityType')}
          allowClear
          onSearch={setEntityType}
          style={{ width: 180 }}
        />
        <Input.Search
          aria-label={t('audit.entityId')}
          placeholder={t('audit.entityId')}
          allowClear
          onSearch={setEntityId}
          style={{ width: 240 }}
        />
      </Space>
      {error !== undefined && <LoadError error={error} />}
      <Table<AuditEntry>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1000 }}
        expandable={{
          expandedRowRender: (r) => <DiffViewer before={r.before} after={r.after} />,
          rowExpandable: (r) => r.before != null || r.after != null,
        }}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', width: 150, render: (v: string) => formatTime(v) },
          {
            title: t('audit.actor'),
            dataIndex: 'actorUsername',
            width: 140,
            render: (v: string | null) => v ?? t('audit.system'),
          },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            width: 170,
            render: (v: string) => (
              <span title={v}>{messages[`action.${v}`] ? t(`action.${v}`) : <code>{v}</code>}</span>
            ),
          },
          {
            title: t('audit.entity'),
            key: 'entity',
            render: (_v, r) => (
              <span>
                {messages[`entity.${r.entityType}`] ? t(`entity.${r.entityType}`) : r.entityType}
                {r.entityId && <span className="yz-muted"> · {r.entityId}</span>}
              </span>
            ),
          },
          {
            title: t('audit.hall'),
            dataIndex: 'hallId',
            width: 180,
            render: (v: string | null) => (v ? (hallName.get(v) ?? v) : '—'),
          },
          { title: t('audit.ip'), dataIndex: 'ip', width: 130 },
        ]}
      />
      {more && (
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          <Button onClick={() => void loadMore()} loading={loading}>
            {t('common.loadMore')}
          </Button>
        </div>
      )}
    </Page>
  );
}

/** Check the audit log's hash chain (system administrators only). */
function VerifyChain() {
  const t = useAdminT();
  const showProblem = useShowProblem();
  const [result, setResult] = useState<{ intact: boolean; brokenAtSeq: number | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const verify = async () => {
    setBusy(true);
    try {
      setResult(await get<{ intact: boolean; brokenAtSeq: number | null }>('/api/v1/audit/verify'));
    } catch (e) {
      showProblem(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space>
      {result &&
        (result.intact ? (
          <Tag color="green">{t('audit.intact')}</Tag>
        ) : (
          <Tag color="red">{t('audit.broken', { seq: result.brokenAtSeq ?? '?' })}</Tag>
        ))}
      <Button icon={<SafetyCertificateOutlined />} loading={busy} onClick={() => void verify()}>
        {t('audit.verify')}
      </Button>
    </Space>
  );
}
