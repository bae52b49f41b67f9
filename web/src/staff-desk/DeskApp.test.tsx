// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, mockBrowserApis, Providers, problem } from '../admin/test-utils';
import DeskApp from './DeskApp';
import { STAFF_ME, WINDOW, workbench } from './test-fixtures';
import { HALLS, MONITOR_ME } from './test-utils';

function Where() {
  const l = useLocation();
  return <div data-testid="where">{l.pathname + l.search}</div>;
}

function renderAt(path: string) {
  return render(
    <Providers path={path}>
      <Routes>
        <Route path="/desk/*" element={<DeskApp />} />
        <Route path="*" element={<Where />} />
      </Routes>
    </Providers>,
  );
}

describe('DeskApp', () => {
  beforeEach(() => mockBrowserApis());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('sends a signed-out user to the console login, asking to come back', async () => {
    const { fetchImpl } = fakeFetch(() => ({ status: 401, body: problem(401, 'UNAUTHENTICATED', '请先登录') }));
    vi.stubGlobal('fetch', fetchImpl);
    renderAt(`/desk/window/${WINDOW}?x=1`);
    expect((await screen.findByTestId('where')).textContent).toBe(
      `/admin/login?next=${encodeURIComponent(`/desk/window/${WINDOW}?x=1`)}`,
    );
  });

  it('takes a clerk with one window straight to its workbench', async () => {
    const { fetchImpl } = fakeFetch((_m, url) => {
      if (url === '/api/v1/auth/me') return { status: 200, body: STAFF_ME };
      if (url === '/api/v1/halls') return { status: 200, body: HALLS };
      if (url === `/api/v1/windows/${WINDOW}/workbench`) return { status: 200, body: workbench() };
    });
    vi.stubGlobal('fetch', fetchImpl);
    renderAt('/desk');
    expect((await screen.findByTestId('current-number')).textContent).toBe('A001');
    expect(screen.getByText('3号窗口')).toBeTruthy();
  });

  it('offers the floor view, statistics and configuration to a manager, and refuses the workbench', async () => {
    const { fetchImpl } = fakeFetch((_m, url) => {
      if (url === '/api/v1/auth/me') return { status: 200, body: MONITOR_ME };
      if (url === '/api/v1/halls') return { status: 200, body: HALLS };
    });
    vi.stubGlobal('fetch', fetchImpl);
    const { unmount } = renderAt('/desk');
    expect(await screen.findByText('张主任，您好')).toBeTruthy();
    expect(screen.getAllByText('现场监控').length).toBeGreaterThan(0);
    expect(screen.getAllByText('排队统计').length).toBeGreaterThan(0);
    expect(screen.getAllByText('排队配置').length).toBeGreaterThan(0);
    unmount();
    renderAt(`/desk/window/${WINDOW}`);
    expect(await screen.findByText('您没有访问此页面的权限')).toBeTruthy();
  });
});
