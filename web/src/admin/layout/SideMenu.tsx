import { Menu } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import { useAdminT } from '../lib/use-admin';
import { entryForPath, visibleEntries } from './menu-entries';

/** The side menu, showing only what the user's permissions allow. */
export function SideMenu({ permissions }: { permissions: readonly string[] }) {
  const t = useAdminT();
  const { pathname } = useLocation();
  const selected = entryForPath(pathname)?.path ?? '/admin';
  return (
    <Menu
      mode="inline"
      theme="dark"
      selectedKeys={[selected]}
      items={visibleEntries(permissions).map((e) => ({
        key: e.path,
        icon: e.icon,
        label: <Link to={e.path}>{t(e.labelKey)}</Link>,
      }))}
    />
  );
}
