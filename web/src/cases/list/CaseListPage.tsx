import { FileAddOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Switch, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { LoadError } from '../../admin/lib/Page';
import { useSession } from '../../admin/lib/session';
import { useLoad } from '../../admin/lib/use-load';
import { LinkButton } from '../lib/LinkButton';
import { casePath } from '../lib/paths';
import { KindTag, StatusTag } from '../lib/tags';
import { useCasesT } from '../lib/use-cases';
import { CASE_STATUSES, type CaseKind, type CaseStatus } from '../types';

/** A row of `GET /api/v1/halls/{hallId}/cases` (ID numbers masked). */
export interface CaseListRow {
  id: string;
  number: string;
  itemName: string;
  kind: CaseKind;
  status: CaseStatus;
  statusLabel: string;
  applicantName: string;
  applicantIdNumber: string;
  receivedOn: string;
  acceptedOn: string | null;
  dueOn: string | null;
  rowVersion: number;
}
interface CaseList {
  page: number;
  pageSize: number;
  rows: CaseListRow[];
}

/** /desk/cases: the hall's cases, newest first — search by number or applicant, filter by status, mine only. */
export function CaseListPage() {
  const t = useCasesT();
  const { me, can } = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = params.get('status') ?? '';
  const mine = params.get('mine') === '1';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = new URLSearchParams({
    ...(q ? { q } : {}),
    ...(status ? { status } : {}),
    ...(mine ? { mine: 'true' } : {}),
    page: String(page),
  });
  const list = useLoad<CaseList>(`/api/v1/halls/${encodeURIComponent(me.hallId)}/cases?${query}`);
  const set = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next);
  };
  const rows = list.data?.rows ?? [];
  const full = list.data !== undefined && rows.length === list.data.pageSize;

  return (
    <div className="yz-desk-page">
      <div className="yz-desk-page-head">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('list.title')}
        </Typography.Title>
        {can('case.receive') && (
          <LinkButton to="/desk/cases/new" type="primary" size="large" icon={<FileAddOutlined />}>
            {t('list.new')}
          </LinkButton>
        )}
      </div>
      <div className="yz-desk-panel">
        <div className="yz-desk-toolbar">
          <Space wrap>
            <Input.Search
              aria-label={t('list.search')}
              placeholder={t('list.search')}
              defaultValue={q}
              key={q}
              allowClear
              onSearch={(v) => set({ q: v.trim() })}
              style={{ width: 280 }}
            />
            <Select
              aria-label={t('list.status')}
              value={status}
              onChange={(v: string) => set({ status: v })}
              style={{ minWidth: 180 }}
              options={[
                { value: '', label: t('list.allStatuses') },
                ...CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
              ]}
            />
            <Space>
              <Switch aria-label={t('list.mine')} checked={mine} onChange={(v) => set({ mine: v ? '1' : '' })} />
              <span>{t('list.mine')}</span>
            </Space>
          </Space>
        </div>
        {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
        <Table<CaseListRow>
          size="middle"
          rowKey="id"
          loading={list.loading}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: t('list.empty') }}
          columns={[
            {
              title: t('list.number'),
              render: (_v, r) => (
                <Link to={casePath(r.id)} className="yz-mono">
                  {r.number}
                </Link>
              ),
            },
            { title: t('receive.item'), dataIndex: 'itemName' },
            { title: t('receive.kind'), width: 90, render: (_v, r) => <KindTag kind={r.kind} /> },
            { title: t('list.status'), width: 150, render: (_v, r) => <StatusTag status={r.status} /> },
            {
              title: t('list.applicant'),
              render: (_v, r) => (
                <>
                  {r.applicantName} <span className="yz-muted yz-mono">{r.applicantIdNumber}</span>
                </>
              ),
            },
            { title: t('case.receivedOn'), dataIndex: 'receivedOn', width: 110 },
            { title: t('case.dueOn'), width: 120, render: (_v, r) => r.dueOn ?? '' },
          ]}
        />
        {(page > 1 || full) && (
          <Space style={{ marginTop: 12 }}>
            <Button disabled={page <= 1} onClick={() => set({ page: String(page - 1) })}>
              {t('list.prev')}
            </Button>
            <span>{t('list.page', { n: page })}</span>
            <Button disabled={!full} onClick={() => set({ page: String(page + 1) })}>
              {t('list.next')}
            </Button>
          </Space>
        )}
      </div>
    </div>
  );
}
