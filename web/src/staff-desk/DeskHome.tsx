import { BarChartOutlined, DashboardOutlined, DesktopOutlined, SettingOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Empty, Row, Skeleton, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { problemText } from '../admin/lib/problem';
import { useSession } from '../admin/lib/session';
import { get } from '../shared/api';
import { WindowStatusTag } from './lib/tags';
import { useDeskT } from './lib/use-desk';
import type { DeskWindow } from './types';

/** /desk: pick one of my windows (me.windowIds), or go to the floor view, statistics, configuration. */
export function DeskHome() {
  const t = useDeskT();
  const { me, can } = useSession();
  const operate = can('queue.operate');
  const monitor = can('queue.monitor');
  const configure = can('queue.configure');
  const windows = useMyWindows(operate ? me.windowIds : []);

  // A window clerk with one window has nothing to choose: straight to the workbench.
  if (operate && !monitor && !configure && me.windowIds.length === 1)
    return <Navigate to={`/desk/window/${me.windowIds[0]}`} replace />;

  return (
    <div className="yz-desk-page">
      <Typography.Title level={4}>{t('home.title', { name: me.displayName })}</Typography.Title>
      {operate && (
        <section aria-label={t('home.myWindows')}>
          <Typography.Title level={5}>{t('home.myWindows')}</Typography.Title>
          {me.windowIds.length === 0 && <Empty description={t('home.noWindows')} />}
          {windows.error && <Alert type="error" showIcon title={windows.error} style={{ marginBottom: 16 }} />}
          <Row gutter={[16, 16]}>
            {me.windowIds.map((id) => {
              const w = windows.byId.get(id);
              return (
                <Col key={id} xs={24} sm={12} lg={6}>
                  <Link to={`/desk/window/${id}`}>
                    <Card hoverable className="yz-desk-window-card">
                      {w ? (
                        <>
                          <div className="yz-desk-window-no">{t('common.windowNo', { n: w.number })}</div>
                          <div>{w.name}</div>
                          <WindowStatusTag status={w.status} />
                        </>
                      ) : (
                        <Skeleton active paragraph={{ rows: 1 }} title={false} />
                      )}
                    </Card>
                  </Link>
                </Col>
              );
            })}
          </Row>
        </section>
      )}
      {(monitor || configure) && (
        <section aria-label={t('home.hallTools')} style={{ marginTop: 24 }}>
          <Typography.Title level={5}>
            {t('home.hallTools')} · {me.hallName}
          </Typography.Title>
          <Row gutter={[16, 16]}>
            {monitor && (
              <ToolCard to={`/desk/floor/${me.hallId}`} icon={<DashboardOutlined />} title={t('nav.floor')}>
                {t('home.floorHint')}
              </ToolCard>
            )}
            {monitor && (
              <ToolCard to={`/desk/stats/${me.hallId}`} icon={<BarChartOutlined />} title={t('nav.stats')}>
                {t('home.statsHint')}
              </ToolCard>
            )}
            {configure && (
              <ToolCard to={`/desk/config/${me.hallId}`} icon={<SettingOutlined />} title={t('nav.config')}>
                {t('home.configHint')}
              </ToolCard>
            )}
          </Row>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('home.screens')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('home.screensHint')}</Typography.Paragraph>
          <ul className="yz-desk-screen-links">
            <li>
              <a href={`/floor/kiosk/${me.hallId}`} target="_blank" rel="noreferrer">
                {t('home.kiosk')}
              </a>
            </li>
            <li>
              <a href={`/floor/display/${me.hallId}`} target="_blank" rel="noreferrer">
                {t('home.display')}
              </a>
            </li>
            <li>
              <a href={`/halls/${me.hallId}/booking`} target="_blank" rel="noreferrer">
                {t('home.booking')}
              </a>
            </li>
          </ul>
        </section>
      )}
      {!operate && !monitor && !configure && (
        <Empty image={<DesktopOutlined style={{ fontSize: 48 }} />} description={t('home.nothing')} />
      )}
    </div>
  );
}

function ToolCard(props: { to: string; icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <Col xs={24} sm={12} lg={8}>
      <Link to={props.to}>
        <Card hoverable>
          <Card.Meta
            avatar={<span className="yz-desk-tool-icon">{props.icon}</span>}
            title={props.title}
            description={props.children}
          />
        </Card>
      </Link>
    </Col>
  );
}

/** The windows behind my window ids (org module), for their numbers and names. */
function useMyWindows(ids: string[]) {
  const [byId, setById] = useState(new Map<string, DeskWindow>());
  const [error, setError] = useState<string | null>(null);
  const key = ids.join(',');
  useEffect(() => {
    if (!key) return;
    let live = true;
    Promise.all(key.split(',').map((id) => get<DeskWindow>(`/api/v1/windows/${id}`))).then(
      (list) => live && setById(new Map(list.map((w) => [w.id, w]))),
      (e: unknown) => live && setError(problemText(e)),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return { byId, error };
}
