import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { LoadError } from '../../admin/lib/Page';
import { useSession } from '../../admin/lib/session';
import { useLoad } from '../../admin/lib/use-load';
import { HallPicker } from '../lib/HallPicker';
import { CaseStatusTag } from '../lib/tags';
import { useCwT, useHallParam } from '../lib/use-casework';
import { CASE_STATUSES, type CaseStatus, type Ledger, type LedgerRow } from '../types';
import { LedgerFilterBar } from './LedgerFilterBar';
import { decimal, type LedgerFilters, ledgerQuery, percent, resultKey } from './ledger-query';

const PAGE_SIZES = [20, 50, 100];

/** 办件台账 /desk/casework/ledger: every case in the standard register, with on-time figures and Excel export. */
export default function LedgerPage() {
  const t = useCwT();
  const { halls } = useSession();
  const [hallId, setHallId] = useHallParam();
  const [filters, setFilters] = useState<LedgerFilters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  // keyset cursors by page number: stepping to the next page uses the server's fast cursor
  const cursors = useRef(new Map<number, string>());
  const base = `/api/v1/halls/${encodeURIComponent(hallId)}`;
  const cursor = cursors.current.get(paging.page);
  const ledger = useLoad<Ledger>(
    `${base}/ledger${ledgerQuery(filters, paging)}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
  );
  // a plain link: the browser streams the workbook to disk, however many rows it has
  const exportUrl = `${base}/ledger.xlsx${ledgerQuery(filters)}`;
  const d = ledger.data;
  const s = d?.summary;
  const hallName = halls.find((h) => h.id === hallId)?.name;

  useEffect(() => {
    if (d?.nextCursor) cursors.current.set(d.page + 1, d.nextCursor);
  }, [d]);
  const reset = () => cursors.current.clear();
  const change = (f: LedgerFilters) => {
    reset();
    setFilters(f);
    setPaging((p) => ({ ...p, page: 1 }));
  };
  const changeHall = (id: string) => {
    reset();
    setFilters({});
    setPaging((p) => ({ ...p, page: 1 }));
    setHallId(id);
  };
  const resultText = (r: string | null) => {
    const key = resultKey(r);
    return key ? t(`result.${key}`) : r || '—';
  };
  const loading = !s && ledger.loading;

  return (
    <>
      <div className="yz-desk-page-head">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('ledger.title')} {hallName && `· ${hallName}`}
        </Typography.Title>
        <Space wrap>
          <HallPicker value={hallId} onChange={changeHall} />
          <Button type="primary" icon={<DownloadOutlined />} href={exportUrl} download="ledger.xlsx">
            {t('ledger.export')}
          </Button>
        </Space>
      </div>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }} className="yz-cw-summary-cards">
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={t('ledger.total')} value={s?.total ?? '—'} loading={loading} />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={t('ledger.finished')} value={s?.finished ?? '—'} loading={loading} />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={5}>
          <Card size="small">
            <Statistic title={t('ledger.onTimeRate')} value={percent(s?.onTimeRate)} loading={loading} />
          </Card>
        </Col>
        <Col xs={12} md={12} xl={6}>
          <Card size="small">
            <Statistic
              title={t('ledger.avgDays')}
              value={`${decimal(s?.avgWorkingDaysUsed)} / ${decimal(s?.avgStatutoryDays)}`}
              suffix={t('ledger.workdays')}
              loading={loading}
            />
          </Card>
        </Col>
        <Col xs={24} md={12} xl={5}>
          <Card size="small">
            <Statistic title={t('ledger.speedUp')} value={percent(s?.speedUpRate)} loading={loading} />
          </Card>
        </Col>
      </Row>
      <div className="yz-desk-panel">
        <div className="yz-desk-toolbar">
          <LedgerFilterBar key={hallId} hallId={hallId} value={filters} onChange={change} />
        </div>
        {ledger.error !== undefined && <LoadError error={ledger.error} onRetry={ledger.reload} />}
        <Table<LedgerRow>
          rowKey="id"
          loading={ledger.loading}
          dataSource={d?.rows ?? []}
          size="middle"
          scroll={{ x: 1400 }}
          locale={{ emptyText: t('ledger.empty') }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: d?.total ?? 0,
            pageSizeOptions: PAGE_SIZES,
            showSizeChanger: true,
            showTotal: (n) => t('ledger.totalRows', { n }),
            onChange: (page, pageSize) => {
              if (pageSize !== paging.pageSize) reset();
              setPaging({ page: pageSize !== paging.pageSize ? 1 : page, pageSize });
            },
          }}
          columns={[
            { title: t('col.caseNumber'), dataIndex: 'number', width: 170, fixed: 'left' },
            { title: t('col.item'), dataIndex: 'itemName', ellipsis: true, width: 240 },
            { title: t('col.department'), dataIndex: 'departmentName', ellipsis: true, width: 150, render: dash },
            { title: t('col.applicant'), dataIndex: 'applicantMasked', width: 140, ellipsis: true },
            { title: t('col.receivedOn'), dataIndex: 'receivedOn', width: 110 },
            { title: t('col.acceptedOn'), dataIndex: 'acceptedOn', width: 110, render: dash },
            { title: t('col.dueOn'), dataIndex: 'dueOn', width: 110, render: dash },
            { title: t('col.decidedOn'), dataIndex: 'decidedOn', width: 110, render: dash },
            {
              title: t('col.status'),
              dataIndex: 'status',
              width: 110,
              render: (v?: string) =>
                v && (CASE_STATUSES as readonly string[]).includes(v) ? (
                  <CaseStatusTag status={v as CaseStatus} />
                ) : (
                  dash(v)
                ),
            },
            { title: t('col.result'), dataIndex: 'result', width: 110, render: resultText },
            {
              title: t('col.onTime'),
              dataIndex: 'onTime',
              width: 90,
              render: (v: boolean | null) =>
                v === null || v === undefined ? (
                  '—'
                ) : (
                  <Tag color={v ? 'green' : 'red'}>{t(v ? 'ledger.onTimeYes' : 'ledger.onTimeNo')}</Tag>
                ),
            },
            { title: t('col.handler'), dataIndex: 'handler', width: 100, render: dash },
          ]}
        />
      </div>
    </>
  );
}

const dash = (v: string | null | undefined) => v || '—';
