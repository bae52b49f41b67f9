import { App, Button, ConfigProvider, Result, Spin } from 'antd';
import { lazy, type ReactNode, Suspense, useCallback, useEffect, useState } from 'react';
import { Link, Navigate, Route, Routes, useLocation, useNavigate, useParams } from 'react-router-dom';
import { problemText } from '../admin/lib/problem';
import { SessionProvider, useSession } from '../admin/lib/session';
import type { Me } from '../admin/types';
import { ApiError, get, post, setCsrfToken } from '../shared/api';
import { DeskHome } from './DeskHome';
import { DeskLayout } from './DeskLayout';
import { useDeskT } from './lib/use-desk';
import { WorkbenchPage } from './workbench/WorkbenchPage';
import './desk.css';

const FloorPage = lazy(() => import('./floor-view/FloorPage'));
/** Lazy: the statistics page carries ECharts, which no other desk page needs. */
const StatsPage = lazy(() => import('./stats/StatsPage'));
const ConfigPage = lazy(() => import('./config/ConfigPage'));
const CasesApp = lazy(() => import('../cases/CasesApp'));
const CaseworkApp = lazy(() => import('../casework/CaseworkApp'));
const FeesApp = lazy(() => import('../fees/FeesApp'));

type Auth = { state: 'loading' } | { state: 'anonymous' } | { state: 'in'; me: Me } | { state: 'error'; text: string };

/** Where a signed-out user goes: the console's login page, told to come back here afterwards. */
export function loginUrl(back: string): string {
  return `/admin/login?next=${encodeURIComponent(back)}`;
}

/** The staff desk at /desk/*: window workbench, live floor view, queue statistics and configuration. */
export default function DeskApp() {
  return (
    <ConfigProvider button={{ autoInsertSpace: false }}>
      <div className="yz-desk">
        <DeskRoot />
      </div>
    </ConfigProvider>
  );
}

function DeskRoot() {
  const t = useDeskT();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = App.useApp();
  const [auth, setAuth] = useState<Auth>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void attempt;
    get<Me>('/api/v1/auth/me').then(
      (me) => live && setAuth({ state: 'in', me }),
      (e: unknown) => {
        if (!live) return;
        if (e instanceof ApiError && e.status === 401) setAuth({ state: 'anonymous' });
        else setAuth({ state: 'error', text: problemText(e, t('common.networkError')) });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt, t]);

  const expire = useCallback(() => {
    setCsrfToken(null);
    setAuth((cur) => {
      if (cur.state === 'in') void message.warning(t('session.expired'));
      return { state: 'anonymous' };
    });
  }, [message, t]);

  const logout = useCallback(async () => {
    try {
      await post('/api/v1/auth/logout');
    } finally {
      setCsrfToken(null);
      navigate('/admin/login', { replace: true });
    }
  }, [navigate]);

  if (auth.state === 'loading') return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  if (auth.state === 'anonymous') return <Navigate to={loginUrl(location.pathname + location.search)} replace />;
  if (auth.state === 'error')
    return (
      <Result
        status="warning"
        title={t('common.loadFailed')}
        subTitle={auth.text}
        extra={<Button onClick={() => setAttempt((n) => n + 1)}>{t('common.reload')}</Button>}
      />
    );

  const me = auth.me;
  return (
    <SessionProvider key={me.id} me={me} onExpired={expire} onLogout={logout}>
      <DeskLayout>
        <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
          <Routes>
            <Route index element={<DeskHome />} />
            <Route path="window/:windowId" element={guard('queue.operate', <WorkbenchRoute />)} />
            <Route path="floor" element={<Navigate to={`/desk/floor/${me.hallId}`} replace />} />
            <Route path="floor/:hallId" element={guard('queue.monitor', <FloorPage />)} />
            <Route path="stats" element={<Navigate to={`/desk/stats/${me.hallId}`} replace />} />
            <Route path="stats/:hallId" element={guard('queue.monitor', <StatsPage />)} />
            <Route path="config" element={<Navigate to={`/desk/config/${me.hallId}`} replace />} />
            <Route path="config/:hallId" element={guard('queue.configure', <ConfigPage />)} />
            <Route path="cases/*" element={<CasesApp />} />
            <Route path="casework/*" element={<CaseworkApp />} />
            <Route path="fees/*" element={<FeesApp />} />
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Suspense>
      </DeskLayout>
    </SessionProvider>
  );
}

/** Remount the workbench per window so no state leaks from one window to the next. */
function WorkbenchRoute() {
  const { windowId = '' } = useParams();
  return <WorkbenchPage key={windowId} windowId={windowId} />;
}

function guard(permission: string, page: ReactNode) {
  return <RequirePermission permission={permission}>{page}</RequirePermission>;
}

/** Render children only when the user holds the permission (the server checks again). */
function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const t = useDeskT();
  const { can } = useSession();
  if (can(permission)) return children;
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('common.noPermission')}
      extra={
        <Link to="/desk">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}

function NotFound() {
  const t = useDeskT();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('common.notFound')}
      extra={
        <Link to="/desk">
          <Button>{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
