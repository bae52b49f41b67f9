// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoginPage } from './LoginPage';
import { fakeFetch, mockBrowserApis, Providers, problem } from './test-utils';

const ME = {
  id: 'u1',
  username: 'county.staff',
  displayName: '县窗口人员',
  hallId: 'h1',
  hallName: '清源县政务服务中心',
  roles: ['window_staff'],
  permissions: ['hall.read', 'org.read', 'catalog.read'],
  windowIds: [],
  staffId: null,
  departmentId: null,
  isDemo: true,
};

function fillAndSubmit(username: string, password: string) {
  fireEvent.change(screen.getByLabelText('用户名'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
}

describe('LoginPage', () => {
  beforeEach(() => {
    mockBrowserApis();
    sessionStorage.clear();
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the server detail when the password is wrong, and does not sign in', async () => {
    const { fetchImpl, calls } = fakeFetch((method, url) => {
      if (url === '/api/v1/auth/csrf') return { status: 401, body: problem(401, 'UNAUTHENTICATED', '请先登录') };
      if (method === 'POST' && url === '/api/v1/auth/login')
        return { status: 401, body: problem(401, 'INVALID_CREDENTIALS', '用户名或密码错误') };
    });
    vi.stubGlobal('fetch', fetchImpl);
    const onLoggedIn = vi.fn();
    render(
      <Providers>
        <LoginPage onLoggedIn={onLoggedIn} />
      </Providers>,
    );
    fillAndSubmit('county.staff', 'not-the-password');
    expect(await screen.findByText('用户名或密码错误')).toBeTruthy();
    expect(screen.getByText('登录失败')).toBeTruthy();
    expect(onLoggedIn).not.toHaveBeenCalled();
    const login = calls.find((c) => c.url === '/api/v1/auth/login');
    expect(login?.body).toEqual({ username: 'county.staff', password: 'not-the-password' });
  });

  it('shows the lock-out detail of a locked account', async () => {
    const detail = '登录失败次数过多，账号已临时锁定，请 15 分钟后再试';
    const { fetchImpl } = fakeFetch((method, url) =>
      method === 'POST' && url === '/api/v1/auth/login'
        ? { status: 423, body: problem(423, 'ACCOUNT_LOCKED', detail) }
        : { status: 401, body: problem(401, 'UNAUTHENTICATED', '请先登录') },
    );
    vi.stubGlobal('fetch', fetchImpl);
    render(
      <Providers>
        <LoginPage onLoggedIn={vi.fn()} />
      </Providers>,
    );
    fillAndSubmit('county.staff', 'whatever');
    expect(await screen.findByText(detail)).toBeTruthy();
  });

  it('stores the CSRF token and hands the user on after a successful login', async () => {
    const { fetchImpl } = fakeFetch((method, url) =>
      method === 'POST' && url === '/api/v1/auth/login'
        ? { status: 200, body: { user: ME, csrfToken: 'csrf-123' } }
        : { status: 401, body: problem(401, 'UNAUTHENTICATED', '请先登录') },
    );
    vi.stubGlobal('fetch', fetchImpl);
    const onLoggedIn = vi.fn();
    render(
      <Providers>
        <LoginPage onLoggedIn={onLoggedIn} />
      </Providers>,
    );
    fillAndSubmit('county.staff', 'Yizhan@2026');
    await waitFor(() => expect(onLoggedIn).toHaveBeenCalledWith(ME));
    expect(sessionStorage.getItem('yz.csrf')).toBe('csrf-123');
  });

  it('does not call the server when the fields are empty', async () => {
    const { fetchImpl, calls } = fakeFetch(() => undefined);
    vi.stubGlobal('fetch', fetchImpl);
    render(
      <Providers>
        <LoginPage onLoggedIn={vi.fn()} />
      </Providers>,
    );
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(calls).toHaveLength(0);
  });
});
