// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { permissionsOf } from '../../../src/domain/roles';
import AdminApp from './AdminApp';
import { fakeFetch, mockBrowserApis, Providers, problem } from './test-utils';
import type { Me } from './types';

const STAFF: Me = {
  id: 'u9',
  username: 'county.staff',
  displayName: '樊华',
  hallId: 'h2',
  hallName: '东岭县政务服务中心',
  roles: ['window_staff'],
  permissions: [...permissionsOf(['window_staff'])],
  windowIds: [],
  staffId: null,
  departmentId: null,
  isDemo: true,
};
const HALL = {
  id: 'h2',
  name: '东岭县政务服务中心',
  level: 'county',
  parentId: 'h1',
  divisionCode: '359901',
  address: '',
  phone: '',
  openingHours: [],
  code: 'DL',
  shortName: null,
  createdAt: '',
  updatedAt: '',
};

function renderApp(path: string) {
  return render(
    <Providers path={path}>
      <Routes>
        <Route path="/admin/*" element={<AdminApp />} />
      </Routes>
    </Providers>,
  );
}

describe('AdminApp', () => {
  beforeEach(() => {
    mockBrowserApis();
    sessionStorage.clear();
    localStorage.clear();
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('sends a visitor without a session (401 on /auth/me) to the login page', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch(() => ({ status: 401, body: problem(401, 'UNAUTHENTICATED', '请先登录') })).fetchImpl,
    );
    renderApp('/admin/items');
    expect(await screen.findByRole('button', { name: '登录' })).toBeTruthy();
    expect(screen.getByLabelText('用户名')).toBeTruthy();
  });

  it('shows the console with the demo banner and a permission-filtered menu, and logs out', async () => {
    let signedIn = true;
    const { fetchImpl, calls } = fakeFetch((method, url) => {
      if (url === '/api/v1/auth/me')
        return signedIn
          ? { status: 200, body: STAFF }
          : { status: 401, body: problem(401, 'UNAUTHENTICATED', '请先登录') };
      if (url === '/api/v1/auth/csrf') return { status: 200, body: { csrfToken: 't' } };
      if (url === '/api/v1/halls') return { status: 200, body: [HALL] };
      if (url.startsWith('/api/v1/halls/h2/')) return { status: 200, body: [] };
      if (method === 'POST' && url === '/api/v1/auth/logout') {
        signedIn = false;
        return { status: 204 };
      }
    });
    vi.stubGlobal('fetch', fetchImpl);
    renderApp('/admin');
    expect(await screen.findByText('演示账号，请勿用于生产')).toBeTruthy();
    expect(await screen.findByText('您好，樊华')).toBeTruthy();
    const menu = screen.getAllByRole('menuitem').map((el) => el.textContent);
    expect(menu).toContain('事项管理');
    expect(menu).not.toContain('用户管理');
    expect(menu).not.toContain('审计日志');
    // the hall list of the header selector was asked for, and the user's hall is current
    await waitFor(() => expect(calls.some((c) => c.url === '/api/v1/halls/h2/departments')).toBe(true));

    fireEvent.click(screen.getByRole('button', { name: '用户菜单' }));
    fireEvent.click(await screen.findByText('退出登录'));
    expect(await screen.findByRole('button', { name: '登录' })).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST' && c.url === '/api/v1/auth/logout')).toBe(true);
  });

  it('answers a page the role may not open with 403, not the page', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch((_m, url) => {
        if (url === '/api/v1/auth/me') return { status: 200, body: { ...STAFF, isDemo: false } };
        if (url === '/api/v1/halls') return { status: 200, body: [HALL] };
        if (url.startsWith('/api/v1/halls/h2/')) return { status: 200, body: [] };
      }).fetchImpl,
    );
    renderApp('/admin/users');
    expect(await screen.findByText('没有访问此页面的权限')).toBeTruthy();
    expect(screen.queryByText('演示账号，请勿用于生产')).toBeNull();
  });
});
