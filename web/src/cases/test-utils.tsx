/** Helpers for the case pages' jsdom tests (only *.test.tsx import this file). */
import { configure } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { SessionProvider } from '../admin/lib/session';
import { Providers } from '../admin/test-utils';
import type { Me } from '../admin/types';
import { CLERK } from './test-fixtures';

// antd pages render slowly in jsdom on a busy machine; the default 1 s for findBy/waitFor flakes.
configure({ asyncUtilTimeout: 5000 });

/** Shows where a navigation went. */
export function Where() {
  const l = useLocation();
  return <div data-testid="where">{l.pathname}</div>;
}

/** `page` at `path` matched by `route`, in a signed-in session of `me`; any other path renders <Where/>. */
export function CaseProviders(props: { path: string; route: string; me?: Me; children: ReactNode }) {
  return (
    <Providers path={props.path}>
      <SessionProvider me={props.me ?? CLERK} onExpired={() => undefined} onLogout={async () => undefined}>
        <Routes>
          <Route path={props.route} element={props.children} />
          <Route path="*" element={<Where />} />
        </Routes>
      </SessionProvider>
    </Providers>
  );
}
