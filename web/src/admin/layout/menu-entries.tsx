import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  DashboardOutlined,
  DesktopOutlined,
  EyeOutlined,
  FileTextOutlined,
  IdcardOutlined,
  OrderedListOutlined,
  ShopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../../../src/domain/roles';

export interface MenuEntry {
  path: string;
  labelKey: string;
  icon: ReactNode;
  /** the permission needed to see the entry; the server enforces it again */
  permission: Permission | null;
}

/** The console's sections in menu order. */
export const MENU_ENTRIES: MenuEntry[] = [
  { path: '/admin', labelKey: 'menu.home', icon: <DashboardOutlined />, permission: null },
  { path: '/admin/departments', labelKey: 'menu.departments', icon: <ApartmentOutlined />, permission: 'org.read' },
  { path: '/admin/windows', labelKey: 'menu.windows', icon: <ShopOutlined />, permission: 'org.read' },
  { path: '/admin/staff', labelKey: 'menu.staff', icon: <IdcardOutlined />, permission: 'org.read' },
  { path: '/admin/items', labelKey: 'menu.items', icon: <FileTextOutlined />, permission: 'catalog.read' },
  // the queue's staff areas live under /desk (workbench, live floor, statistics, configuration)
  { path: '/desk', labelKey: 'menu.workbench', icon: <DesktopOutlined />, permission: 'queue.operate' },
  { path: '/desk/floor', labelKey: 'menu.queueFloor', icon: <EyeOutlined />, permission: 'queue.monitor' },
  { path: '/desk/stats', labelKey: 'menu.queueStats', icon: <BarChartOutlined />, permission: 'queue.monitor' },
  { path: '/desk/config', labelKey: 'menu.queueConfig', icon: <OrderedListOutlined />, permission: 'queue.configure' },
  { path: '/admin/halls', labelKey: 'menu.halls', icon: <BankOutlined />, permission: 'hall.manage' },
  { path: '/admin/calendar', labelKey: 'menu.calendar', icon: <CalendarOutlined />, permission: 'org.manage' },
  { path: '/admin/users', labelKey: 'menu.users', icon: <TeamOutlined />, permission: 'user.manage' },
  { path: '/admin/audit', labelKey: 'menu.audit', icon: <AuditOutlined />, permission: 'audit.read' },
];

/** The entries a user with these permissions may see. */
export function visibleEntries(permissions: readonly string[]): MenuEntry[] {
  const perms = new Set(permissions);
  return MENU_ENTRIES.filter((e) => e.permission === null || perms.has(e.permission));
}

/** The menu entry a path belongs to (longest matching prefix). */
export function entryForPath(pathname: string): MenuEntry | undefined {
  return [...MENU_ENTRIES]
    .sort((a, b) => b.path.length - a.path.length)
    .find((e) => pathname === e.path || pathname.startsWith(`${e.path}/`));
}
