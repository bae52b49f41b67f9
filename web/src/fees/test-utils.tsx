/** Helpers for the fee pages' jsdom tests (only *.test.tsx import this file). */
import { configure, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { vi } from 'vitest';
import { SessionProvider } from '../admin/lib/session';
import { type Route as FakeRoute, fakeFetch, Providers } from '../admin/test-utils';
import type { Me } from '../admin/types';
import { HALL } from './test-fixtures';

// antd pages render slowly in jsdom on a busy machine; the default 1 s for findBy/waitFor flakes.
configure({ asyncUtilTimeout: 5000 });

function Where() {
  const l = useLocation();
  return <div data-testid="where">{l.pathname}</div>;
}

const HALLS = [{ id: HALL, name: '东岭县政务服务中心', level: 'county', parentId: null, code: 'DL' }];

/** Render `page` at `path` (matched by `route`) for `me`, answering fetches from `routes`; returns the recorded calls. */
export function renderFees(opts: { path: string; route: string; me: Me; page: ReactNode; routes: FakeRoute }) {
  const f = fakeFetch((method, url, body) =>
    url === '/api/v1/halls' ? { status: 200, body: HALLS } : opts.routes(method, url, body),
  );
  vi.stubGlobal('fetch', f.fetchImpl);
  render(
    <Providers path={opts.path}>
      <SessionProvider me={opts.me} onExpired={() => undefined} onLogout={async () => undefined}>
        <Routes>
          <Route path={opts.route} element={opts.page} />
          <Route path="*" element={<Where />} />
        </Routes>
      </SessionProvider>
    </Providers>,
  );
  return f.calls;
}
