// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { permissionsOf, ROLES, type Role } from '../../../../src/domain/roles';
import { mockBrowserApis, Providers } from '../test-utils';
import { MENU_ENTRIES, visibleEntries } from './menu-entries';
import { SideMenu } from './SideMenu';

const perms = (...roles: Role[]) => [...permissionsOf(roles)];
const labels = () => screen.getAllByRole('menuitem').map((el) => el.textContent?.trim());

describe('SideMenu', () => {
  beforeEach(mockBrowserApis);
  afterEach(cleanup);

  it('shows window staff only what they may read: no halls, users or audit log', () => {
    render(
      <Providers path="/admin/items">
        <SideMenu permissions={perms('window_staff')} />
      </Providers>,
    );
    expect(labels()).toEqual(['概览', '进驻部门', '窗口管理', '工作人员', '事项管理', '窗口工作台']);
    expect(screen.queryByText('用户管理')).toBeNull();
    expect(screen.queryByText('审计日志')).toBeNull();
    expect(screen.queryByText('大厅管理')).toBeNull();
  });

  it('shows a supervisor the audit log but not user or hall management', () => {
    render(
      <Providers>
        <SideMenu permissions={perms('supervisor')} />
      </Providers>,
    );
    expect(labels()).toContain('审计日志');
    expect(labels()).not.toContain('用户管理');
    expect(labels()).not.toContain('大厅管理');
  });

  it('shows an agent (no org.read) neither departments, windows nor staff', () => {
    render(
      <Providers>
        <SideMenu permissions={perms('agent')} />
      </Providers>,
    );
    expect(labels()).toEqual(['概览', '事项管理']);
  });

  it('shows an admin every management entry, as links to the sections, but no window workbench', () => {
    render(
      <Providers>
        <SideMenu permissions={perms('admin')} />
      </Providers>,
    );
    expect(labels()).toHaveLength(MENU_ENTRIES.length - 1);
    expect(labels()).not.toContain('窗口工作台');
    expect(screen.getByRole('link', { name: '排队叫号设置' }).getAttribute('href')).toBe('/desk/config');
    expect(screen.getByRole('link', { name: '用户管理' }).getAttribute('href')).toBe('/admin/users');
  });

  it('shows the working-day calendar to those who manage the organisation only', () => {
    render(
      <Providers>
        <SideMenu permissions={perms('hall_manager')} />
      </Providers>,
    );
    expect(screen.getByRole('link', { name: '工作日历' }).getAttribute('href')).toBe('/admin/calendar');
    cleanup();
    render(
      <Providers>
        <SideMenu permissions={perms('supervisor')} />
      </Providers>,
    );
    expect(screen.queryByText('工作日历')).toBeNull();
  });

  it('never shows an entry whose permission the role lacks, for every role', () => {
    for (const role of ROLES) {
      const p = new Set(perms(role));
      for (const e of visibleEntries([...p])) expect(e.permission === null || p.has(e.permission)).toBe(true);
      const hidden = MENU_ENTRIES.filter((e) => !visibleEntries([...p]).includes(e));
      for (const e of hidden) expect(e.permission !== null && !p.has(e.permission)).toBe(true);
    }
  });
});
