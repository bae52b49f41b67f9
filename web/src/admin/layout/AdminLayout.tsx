import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, App, Button, Dropdown, Layout, Segmented, Space, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router-dom';
import { useLocale } from '../../shared/i18n';
import { useSession } from '../lib/session';
import { useAdminT } from '../lib/use-admin';
import { ChangePasswordModal } from './ChangePasswordModal';
import { HallSelector } from './HallSelector';
import { SideMenu } from './SideMenu';

/** The console frame: side menu, header (hall, language, user menu) and the demo-account banner. */
export function AdminLayout({ children }: { children: ReactNode }) {
  const t = useAdminT();
  const { me, logout } = useSession();
  const { locale, setLocale } = useLocale();
  const { message } = App.useApp();
  const [pwOpen, setPwOpen] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={56} width={208}>
        <Link to="/admin" className="yz-brand">
          <span className="yz-brand-mark">一站</span>
          <span className="yz-brand-text">{t('app.title').replace('一站 · ', '')}</span>
        </Link>
        <SideMenu permissions={me.permissions} />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="yz-header">
          <Space size="middle" wrap>
            <Typography.Text strong>{t('layout.hall')}</Typography.Text>
            <HallSelector />
          </Space>
          <Space size="middle">
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
                  { key: 'password', icon: <KeyOutlined />, label: t('password.change') },
                  { type: 'divider' },
                  { key: 'logout', icon: <LogoutOutlined />, label: t('session.logout') },
                ],
                onClick: ({ key }) => {
                  if (key === 'password') setPwOpen(true);
                  if (key === 'logout') void logout();
                },
              }}
            >
              <Button type="text" aria-label={t('layout.userMenu')} icon={<UserOutlined />}>
                {me.displayName} <DownOutlined />
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        {me.isDemo && (
          <Alert
            type="warning"
            banner
            showIcon
            title={<strong>{t('session.demo')}</strong>}
            description={t('session.demoHint')}
          />
        )}
        <Layout.Content className="yz-content">{children}</Layout.Content>
      </Layout>
      <ChangePasswordModal
        open={pwOpen}
        username={me.username}
        onClose={(changed) => {
          setPwOpen(false);
          if (changed) void message.success(t('password.changed'));
        }}
      />
    </Layout>
  );
}
