import {
  AlertOutlined,
  AppstoreOutlined,
  BarChartOutlined,
  DashboardOutlined,
  DesktopOutlined,
  DownOutlined,
  FileAddOutlined,
  InboxOutlined,
  LogoutOutlined,
  ProfileOutlined,
  SettingOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Alert, Button, Dropdown, Layout, Menu, Segmented, Select, Space } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { hallsInTreeOrder, useSession } from '../admin/lib/session';
import { CasesNavLink } from '../cases/nav';
import { useFeesMenuItem } from '../fees/nav';
import { useLocale } from '../shared/i18n';
import { useDeskT } from './lib/use-desk';

/** Pages that work on one hall: /desk/<page>/<hallId>. */
const HALL_PAGES = ['floor', 'stats', 'config'] as const;

/** The hall-scoped page and hall in a desk path, if any. */
export function hallPageOf(pathname: string): { page: (typeof HALL_PAGES)[number]; hallId: string } | null {
  const m = /^\/desk\/(floor|stats|config)\/([^/]+)/.exec(pathname);
  return m ? { page: m[1] as (typeof HALL_PAGES)[number], hallId: decodeURIComponent(m[2]) } : null;
}

/** The desk frame: a top bar with the pages the user may open, the hall switch, language and account. */
export function DeskLayout({ children }: { children: ReactNode }) {
  const t = useDeskT();
  const { me, can, halls, logout } = useSession();
  const { locale, setLocale } = useLocale();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const hallPage = hallPageOf(pathname);
  const hallId = hallPage?.hallId ?? me.hallId;
  const feesItem = useFeesMenuItem(can);

  const items = [
    can('queue.operate') && {
      key: 'window',
      icon: <DesktopOutlined />,
      label: <Link to="/desk">{t('nav.workbench')}</Link>,
    },
    can('case.receive') && { key: 'cases', icon: <FileAddOutlined />, label: <CasesNavLink /> },
    can('case.review') && {
      key: 'inbox',
      icon: <InboxOutlined />,
      label: <Link to="/desk/casework/inbox">{t('nav.inbox')}</Link>,
    },
    can('ledger.read') && {
      key: 'ledger',
      icon: <ProfileOutlined />,
      label: <Link to="/desk/casework/ledger">{t('nav.ledger')}</Link>,
    },
    (can('ledger.read') || can('supervision.issue')) && {
      key: 'supervision',
      icon: <AlertOutlined />,
      label: <Link to="/desk/casework/supervision">{t('nav.supervision')}</Link>,
    },
    ...(feesItem ? [feesItem] : []),
    can('queue.monitor') && {
      key: 'floor',
      icon: <DashboardOutlined />,
      label: <Link to={`/desk/floor/${hallId}`}>{t('nav.floor')}</Link>,
    },
    can('queue.monitor') && {
      key: 'stats',
      icon: <BarChartOutlined />,
      label: <Link to={`/desk/stats/${hallId}`}>{t('nav.stats')}</Link>,
    },
    can('queue.configure') && {
      key: 'config',
      icon: <SettingOutlined />,
      label: <Link to={`/desk/config/${hallId}`}>{t('nav.config')}</Link>,
    },
  ].filter((x) => x !== false);
  const selected =
    hallPage?.page ??
    (pathname.startsWith('/desk/fees/')
      ? `fees-${pathname.split('/')[3] ?? ''}`
      : pathname.startsWith('/desk/casework/')
        ? (pathname.split('/')[3] ?? '')
        : pathname.startsWith('/desk/cases')
          ? 'cases'
          : pathname.startsWith('/desk/window') || pathname === '/desk'
            ? 'window'
            : '');

  const hallOptions = useMemo(
    () =>
      hallsInTreeOrder(halls).map(({ hall, depth }) => ({
        value: hall.id,
        label: `${'　'.repeat(depth)}${hall.name}`,
        search: `${hall.name} ${hall.shortName ?? ''} ${hall.code}`,
      })),
    [halls],
  );

  return (
    <Layout className="yz-desk-layout">
      <Layout.Header className="yz-desk-header">
        <Link to="/desk" className="yz-desk-brand">
          <span className="yz-desk-mark">一站</span>
          <span className="yz-desk-brand-text">{t('app.title')}</span>
        </Link>
        <Menu
          className="yz-desk-menu"
          mode="horizontal"
          theme="dark"
          selectedKeys={[selected]}
          items={items}
          disabledOverflow
        />
        <Space size="middle" className="yz-desk-tools">
          {hallPage && halls.length > 1 && (
            <Select
              aria-label={t('layout.hall')}
              value={halls.some((h) => h.id === hallPage.hallId) ? hallPage.hallId : undefined}
              placeholder={t('layout.hall')}
              onChange={(id: string) => navigate(`/desk/${hallPage.page}/${id}`)}
              options={hallOptions}
              showSearch={{ optionFilterProp: 'search' }}
              style={{ minWidth: 220 }}
              popupMatchSelectWidth={false}
            />
          )}
          <Segmented
            aria-label={t('layout.language')}
            value={locale}
            onChange={(v) => setLocale(v === 'en' ? 'en' : 'zh')}
            options={[
              { label: '中文', value: 'zh' },
              { label: 'EN', value: 'en' },
            ]}
          />
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'admin', icon: <AppstoreOutlined />, label: <Link to="/admin">{t('layout.admin')}</Link> },
                { type: 'divider' },
                { key: 'logout', icon: <LogoutOutlined />, label: t('layout.logout') },
              ],
              onClick: ({ key }) => {
                if (key === 'logout') void logout();
              },
            }}
          >
            <Button type="text" className="yz-desk-user" aria-label={t('layout.userMenu')} icon={<UserOutlined />}>
              {me.displayName} <DownOutlined />
            </Button>
          </Dropdown>
        </Space>
      </Layout.Header>
      {me.isDemo && <Alert type="warning" banner showIcon title={t('layout.demo')} />}
      <Layout.Content className="yz-desk-content">{children}</Layout.Content>
    </Layout>
  );
}
