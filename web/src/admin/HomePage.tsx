import { Card, Col, Descriptions, Row, Space, Statistic, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { visibleEntries } from './layout/menu-entries';
import { Page } from './lib/Page';
import { useSession } from './lib/session';
import { useAdminT } from './lib/use-admin';
import { useLoad } from './lib/use-load';
import type { Department, HallWindow, ItemSummary, Staff } from './types';

/** Overview 概览: who is signed in, where, and the size of the current hall. */
export default function HomePage() {
  const t = useAdminT();
  const { me, hall, hallId, halls, can } = useSession();
  const org = can('org.read') && hallId;
  const depts = useLoad<Department[]>(org ? `/api/v1/halls/${hallId}/departments` : null);
  const windows = useLoad<HallWindow[]>(org ? `/api/v1/halls/${hallId}/windows` : null);
  const staff = useLoad<Staff[]>(org ? `/api/v1/halls/${hallId}/staff` : null);
  const items = useLoad<ItemSummary[]>(can('catalog.read') && hallId ? `/api/v1/halls/${hallId}/items` : null);
  const count = (d: unknown[] | undefined) => (d ? d.length : '—');
  const unentered = items.data?.filter((i) => i.entryStatus === 'must_enter_not_entered').length ?? 0;

  return (
    <Page title={t('home.welcome', { name: me.displayName })} bare>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('home.account')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('login.username')}>{me.username}</Descriptions.Item>
              <Descriptions.Item label={t('home.roles')}>
                <Space size={[4, 4]} wrap>
                  {me.roles.map((r) => (
                    <Tag key={r} color="blue">
                      {t(`role.${r}`)}
                    </Tag>
                  ))}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('home.ownHall')}>{me.hallName}</Descriptions.Item>
              <Descriptions.Item label={t('home.visibleHalls')}>{halls.length}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={[t('home.counts'), hall?.name].filter(Boolean).join(' · ')}>
            <Row gutter={16}>
              {org && (
                <>
                  <Col span={6}>
                    <Statistic title={t('home.stat.departments')} value={count(depts.data)} />
                  </Col>
                  <Col span={6}>
                    <Statistic title={t('home.stat.windows')} value={count(windows.data)} />
                  </Col>
                  <Col span={6}>
                    <Statistic title={t('home.stat.staff')} value={count(staff.data)} />
                  </Col>
                </>
              )}
              {can('catalog.read') && (
                <Col span={6}>
                  <Statistic title={t('home.stat.items')} value={count(items.data)} />
                  {unentered > 0 && <Tag color="red">{`${t('entry.must_enter_not_entered')} ${unentered}`}</Tag>}
                </Col>
              )}
            </Row>
          </Card>
          <Card title={t('home.shortcuts')} style={{ marginTop: 16 }}>
            <Space wrap>
              {visibleEntries(me.permissions)
                .filter((e) => e.path !== '/admin')
                .map((e) => (
                  <Link key={e.path} to={e.path} className="yz-shortcut">
                    {e.icon} {t(e.labelKey)}
                  </Link>
                ))}
            </Space>
          </Card>
        </Col>
      </Row>
    </Page>
  );
}
