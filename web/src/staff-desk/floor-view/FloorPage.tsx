import { Alert, Card, Col, Empty, Row, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useParams } from 'react-router-dom';
import { LoadError } from '../../admin/lib/Page';
import { useSession } from '../../admin/lib/session';
import { useLoad } from '../../admin/lib/use-load';
import { useHallEvents, useInterval } from '../lib/live';
import { LiveBadge, WindowStatusTag } from '../lib/tags';
import { useDeskT } from '../lib/use-desk';
import type { Floor } from '../types';

/** Refetch at least this often, whatever the event stream does. */
const POLL_MS = 30_000;
/** A wait longer than this is shown in red. */
const LONG_WAIT_MINUTES = 30;

type FloorWindow = Floor['windows'][number];

/** 现场监控 /desk/floor/:hallId — the duty leader's live view of queues, windows and closing time. */
export default function FloorPage() {
  const t = useDeskT();
  const { hallId = '' } = useParams();
  const { halls } = useSession();
  const floor = useLoad<Floor>(`/api/v1/halls/${encodeURIComponent(hallId)}/queue/floor`);
  const { reload } = floor;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onEvent = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(reload, 300);
  }, [reload]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const live = useHallEvents(hallId, onEvent);
  useInterval(reload, POLL_MS);

  const hallName = halls.find((h) => h.id === hallId)?.name ?? '';
  const d = floor.data;
  if (!d) {
    if (floor.error) return <LoadError error={floor.error} onRetry={reload} />;
    return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  }

  const open = d.windows.filter((w) => w.status === 'open' && w.signedIn.length > 0).length;
  const paused = d.windows.filter((w) => w.status === 'paused').length;
  const unstaffed = d.windows.filter((w) => w.status === 'open' && w.signedIn.length === 0).length;

  return (
    <div className="yz-desk-page">
      <div className="yz-desk-page-head">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('floor.title')} {hallName && `· ${hallName}`}
        </Typography.Title>
        <Space>
          <Typography.Text type="secondary">{d.serviceDate}</Typography.Text>
          <LiveBadge state={live} />
        </Space>
      </div>
      {floor.error !== undefined && <LoadError error={floor.error} onRetry={reload} />}
      <ClosingAlert floor={d} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={4}>
          <Card size="small">
            <Statistic title={t('floor.waiting')} value={d.totals.waiting} />
          </Card>
        </Col>
        <Col xs={12} md={4}>
          <Card size="small">
            <Statistic title={t('floor.served')} value={d.totals.served} />
          </Card>
        </Col>
        <Col xs={12} md={4}>
          <Card size="small">
            <Statistic title={t('floor.noShow')} value={d.totals.noShow} />
          </Card>
        </Col>
        <Col xs={12} md={4}>
          <Card size="small">
            <Statistic
              title={t('floor.atRiskCount')}
              value={d.atRisk}
              styles={{ content: { color: d.atRisk > 0 ? '#cf1322' : undefined } }}
            />
          </Card>
        </Col>
        <Col xs={12} md={4}>
          <Card size="small">
            <Statistic
              title={d.closingAt ? t('floor.toClosing', { at: d.closingAt }) : t('floor.closing')}
              value={d.minutesToClosing ?? '—'}
              suffix={d.minutesToClosing !== null ? t('common.minUnit') : undefined}
            />
          </Card>
        </Col>
        <Col xs={12} md={4}>
          <Card size="small">
            <Statistic title={t('floor.windowsOpen')} value={open} suffix={`/ ${d.windows.length}`} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={t('floor.byType')} size="small">
            <Table
              rowKey="businessTypeId"
              size="small"
              pagination={false}
              dataSource={d.waitingByType}
              locale={{ emptyText: t('floor.noTypes') }}
              columns={[
                { title: t('floor.type'), key: 'type', render: (_v, r) => `${r.prefix} · ${r.name}` },
                { title: t('floor.waitingCol'), dataIndex: 'waiting', width: 70, align: 'right' },
                {
                  title: t('floor.longestWait'),
                  dataIndex: 'longestWaitMinutes',
                  width: 90,
                  align: 'right',
                  render: (m: number, r) =>
                    r.waiting === 0 ? (
                      '—'
                    ) : (
                      <span className={m >= LONG_WAIT_MINUTES ? 'yz-danger' : undefined}>
                        {t('common.minutes', { n: m })}
                      </span>
                    ),
                },
                {
                  title: t('floor.toClear'),
                  dataIndex: 'estimatedMinutesToClear',
                  width: 120,
                  align: 'right',
                  render: (m: number | null, r) =>
                    r.waiting === 0 ? (
                      '—'
                    ) : m === null ? (
                      <span className="yz-danger">{t('floor.noWindowServes')}</span>
                    ) : (
                      <span className={d.minutesToClosing !== null && m > d.minutesToClosing ? 'yz-danger' : undefined}>
                        {t('common.minutes', { n: m })}
                      </span>
                    ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card
            title={t('floor.windows')}
            size="small"
            extra={
              <Space size={4}>
                <Tag color="green">{t('floor.openN', { n: open })}</Tag>
                <Tag color="orange">{t('floor.pausedN', { n: paused })}</Tag>
                <Tag>{t('floor.emptyN', { n: unstaffed })}</Tag>
              </Space>
            }
          >
            {d.windows.length === 0 ? (
              <Empty />
            ) : (
              <div className="yz-floor-windows">
                {d.windows.map((w) => (
                  <WindowTile key={w.id} w={w} />
                ))}
              </div>
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}

/** 当日号当日办结: warn while waiting tickets may not be served before closing. */
function ClosingAlert({ floor }: { floor: Floor }) {
  const t = useDeskT();
  if (floor.closingAt === null)
    return <Alert type="info" showIcon title={t('floor.noClosing')} style={{ marginBottom: 16 }} />;
  if (floor.atRisk <= 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={t('floor.atRiskTitle', { n: floor.atRisk })}
      description={t('floor.atRiskText', { minutes: floor.minutesToClosing ?? 0, at: floor.closingAt })}
      style={{ marginBottom: 16 }}
    />
  );
}

function WindowTile({ w }: { w: FloorWindow }) {
  const t = useDeskT();
  const unstaffed = w.status === 'open' && w.signedIn.length === 0;
  const cls = unstaffed ? 'is-empty' : `is-${w.status}`;
  return (
    <div className={`yz-floor-window ${cls}`} data-testid={`floor-window-${w.number}`}>
      <div className="yz-floor-window-head">
        <strong>{t('common.windowNo', { n: w.number })}</strong>
        {unstaffed ? <Tag>{t('floor.unstaffed')}</Tag> : <WindowStatusTag status={w.status} />}
      </div>
      <div className="yz-floor-window-name" title={w.name}>
        {w.name}
      </div>
      <div className={`yz-floor-window-ticket${w.currentTicket ? '' : ' is-none'}`}>{w.currentTicket ?? '—'}</div>
      <div className="yz-floor-window-staff">
        {w.signedIn.length > 0 ? w.signedIn.map((s) => s.name).join('、') : t('floor.nobody')}
      </div>
    </div>
  );
}
