import { Card, Col, DatePicker, Empty, Row, Space, Spin, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { LoadError } from '../../admin/lib/Page';
import { useSession } from '../../admin/lib/session';
import { useLoad } from '../../admin/lib/use-load';
import { addDays, hallToday } from '../lib/time';
import { useDeskT } from '../lib/use-desk';
import type { QueueStats } from '../types';
import { EChart } from './EChart';
import { hourOption, typeTimesOption } from './options';

/** 排队统计 /desk/stats/:hallId — tickets by hour, wait and service times, no-shows, for a date range. */
export default function StatsPage() {
  const t = useDeskT();
  const { hallId = '' } = useParams();
  const { halls } = useSession();
  const today = hallToday();
  const [range, setRange] = useState<[string, string]>(() => [addDays(today, -6), today]);
  const url = `/api/v1/halls/${encodeURIComponent(hallId)}/queue/stats?from=${range[0]}&to=${range[1]}`;
  const stats = useLoad<QueueStats>(url);
  const d = stats.data;
  const hallName = halls.find((h) => h.id === hallId)?.name ?? '';

  const hourChart = useMemo(() => (d ? hourOption(d, t) : null), [d, t]);
  const typeChart = useMemo(() => (d ? typeTimesOption(d, t) : null), [d, t]);
  const totals = useMemo(() => {
    const taken = d?.byType.reduce((s, r) => s + r.taken, 0) ?? 0;
    const served = d?.byType.reduce((s, r) => s + r.served, 0) ?? 0;
    return { taken, served };
  }, [d]);

  const presets: { label: string; value: [Dayjs, Dayjs] }[] = [
    { label: t('stats.today'), value: [dayjs(today), dayjs(today)] },
    { label: t('stats.last7'), value: [dayjs(addDays(today, -6)), dayjs(today)] },
    { label: t('stats.last30'), value: [dayjs(addDays(today, -29)), dayjs(today)] },
    { label: t('stats.thisMonth'), value: [dayjs(`${today.slice(0, 8)}01`), dayjs(today)] },
  ];

  return (
    <div className="yz-desk-page">
      <div className="yz-desk-page-head">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('stats.title')} {hallName && `· ${hallName}`}
        </Typography.Title>
        <Space>
          <span>{t('stats.range')}</span>
          <DatePicker.RangePicker
            aria-label={t('stats.range')}
            allowClear={false}
            value={[dayjs(range[0]), dayjs(range[1])]}
            presets={presets}
            disabledDate={(day) => day.format('YYYY-MM-DD') > today}
            onChange={(v) => {
              if (v?.[0] && v[1]) setRange([v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')]);
            }}
          />
        </Space>
      </div>
      {stats.error !== undefined && <LoadError error={stats.error} onRetry={stats.reload} />}
      {!d && stats.loading && <Spin size="large" style={{ display: 'block', margin: '15vh auto' }} />}
      {d && (
        <Spin spinning={stats.loading}>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('stats.taken')} value={totals.taken} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('stats.served')} value={totals.served} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('stats.noShowRate')} value={percent(d.noShowRate, 1)} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={t('stats.longestWait')}
                  value={d.longestWaitMinutes ?? '—'}
                  suffix={d.longestWaitMinutes === null ? undefined : t('common.minUnit')}
                />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('stats.byHour')}>
                {hourChart && <EChart option={hourChart} label={t('stats.byHour')} />}
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('stats.typeTimes')}>
                {d.byType.length === 0 ? (
                  <Empty />
                ) : (
                  typeChart && <EChart option={typeChart} label={t('stats.typeTimes')} />
                )}
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t('stats.byType')} style={{ marginBottom: 16 }}>
            <Table
              rowKey="businessTypeId"
              size="small"
              pagination={false}
              dataSource={d.byType}
              columns={[
                { title: t('stats.type'), dataIndex: 'name' },
                { title: t('stats.taken'), dataIndex: 'taken', align: 'right' },
                { title: t('stats.served'), dataIndex: 'served', align: 'right' },
                { title: t('stats.noShow'), dataIndex: 'noShow', align: 'right' },
                {
                  title: t('stats.noShowRate'),
                  key: 'rate',
                  align: 'right',
                  render: (_v, r) => percent(r.noShow, r.served + r.noShow),
                },
                { title: t('stats.avgWait'), dataIndex: 'avgWaitMinutes', align: 'right', render: minutes(t) },
                { title: t('stats.avgService'), dataIndex: 'avgServiceMinutes', align: 'right', render: minutes(t) },
              ]}
            />
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('stats.byWindow')}>
                <Table
                  rowKey="windowId"
                  size="small"
                  pagination={false}
                  dataSource={d.byWindow}
                  columns={[
                    {
                      title: t('stats.window'),
                      dataIndex: 'number',
                      render: (n: string) => t('common.windowNo', { n }),
                    },
                    { title: t('stats.served'), dataIndex: 'served', align: 'right' },
                    {
                      title: t('stats.avgService'),
                      dataIndex: 'avgServiceMinutes',
                      align: 'right',
                      render: minutes(t),
                    },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('stats.byStaff')}>
                <Table
                  rowKey="userId"
                  size="small"
                  pagination={false}
                  dataSource={d.byStaff}
                  columns={[
                    { title: t('stats.staff'), dataIndex: 'name' },
                    { title: t('stats.served'), dataIndex: 'served', align: 'right' },
                    {
                      title: t('stats.avgService'),
                      dataIndex: 'avgServiceMinutes',
                      align: 'right',
                      render: minutes(t),
                    },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </Spin>
      )}
    </div>
  );
}

const minutes = (t: (k: string, v?: Record<string, string | number>) => string) => (m: number | null) =>
  m === null ? '—' : t('common.minutes', { n: Math.round(m * 10) / 10 });

/** A share as a percentage with one decimal ('—' when there is nothing to divide by); like the server, no-shows ÷ ended tickets. */
function percent(part: number, whole: number): string {
  return whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : '—';
}
