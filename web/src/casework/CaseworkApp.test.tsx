// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '../admin/lib/session';
import { fakeFetch, mockBrowserApis, Providers } from '../admin/test-utils';
import type { Me } from '../admin/types';
import { HALLS } from '../staff-desk/test-utils';
import CaseworkApp from './CaseworkApp';
import { APPROVER_ME, HALL, INBOX, LEDGER, SUPERVISION, SUPERVISOR_ME } from './test-fixtures';

function renderAt(path: string, me: Me) {
  const { fetchImpl } = fakeFetch((_m, url) => {
    if (url === '/api/v1/halls') return { status: 200, body: HALLS };
    if (url === `/api/v1/halls/${HALL}/case-inbox`) return { status: 200, body: INBOX };
    if (url.startsWith(`/api/v1/halls/${HALL}/ledger?`)) return { status: 200, body: LEDGER };
    if (url === `/api/v1/halls/${HALL}/supervision`) return { status: 200, body: SUPERVISION };
    if (url.endsWith('/departments') || url.endsWith('/items')) return { status: 200, body: [] };
  });
  vi.stubGlobal('fetch', fetchImpl);
  return render(
    <Providers path={path}>
      <SessionProvider me={me} onExpired={vi.fn()} onLogout={vi.fn()}>
        <Routes>
          <Route path="/desk/casework/*" element={<CaseworkApp />} />
        </Routes>
      </SessionProvider>
    </Providers>,
  );
}

describe('CaseworkApp', () => {
  beforeEach(() => mockBrowserApis());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('takes an approver straight to the inbox, with the 上报件 tab but no ledger or supervision tabs', async () => {
    renderAt('/desk/casework', APPROVER_ME);
    expect(await screen.findByRole('heading', { name: '审批待办' })).toBeTruthy();
    expect(screen.getAllByRole('menuitem').map((m) => m.textContent)).toEqual(['审批待办', '上报件']);
  });

  it('offers a supervisor the ledger and supervision, and refuses the inbox', async () => {
    renderAt('/desk/casework/inbox', SUPERVISOR_ME);
    expect(await screen.findByText('您没有访问此页面的权限')).toBeTruthy();
    const tabs = screen.getAllByRole('menuitem').map((m) => m.textContent);
    expect(tabs).toEqual(['上报件', '办件台账', '电子监察']);
    expect(screen.getByRole('link', { name: '电子监察' }).getAttribute('href')).toBe('/desk/casework/supervision');
  });
});
