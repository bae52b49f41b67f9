import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useAdminT } from '../lib/use-admin';
import { entryForPath, visibleEntries } from './menu-entries';

/** The side menu, showing only what the user's permissions allow. */
export function SideMenu({ permissions }: { permissions: readonly string[] }) {
  const t = useAdminT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = entryForPath(pathname)?.path ?? '/admin';
  return (
    <Menu
      mode="inline"
      theme="dark"
      aria-label={t('app.title')}
      selectedKeys={[selected]}
      onClick={({ key }) => navigate(key)}
      items={visibleEntries(permissions).map((e) => ({ key: e.path, icon: e.icon, label: t(e.labelKey) }))}
    />
  );
}
