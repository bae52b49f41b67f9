import { Button, ConfigProvider, Result, Spin } from 'antd';
import { lazy, type ReactNode, Suspense, useCallback } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate, useParams } from 'react-router-dom';
import { SessionProvider, useSession } from '../admin/lib/session';
import { StatusResult } from '../shared/StatusResult';
import { useStaffAuth } from '../shared/use-staff-auth';
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
  const {
    auth,
    expire,
    logout: endSession,
    retry,
  } = useStaffAuth({
    networkError: t('common.networkError'),
    expired: t('session.expired'),
  });
  const logout = useCallback(
    () => endSession(() => navigate('/admin/login', { replace: true })),
    [endSession, navigate],
  );

  if (auth.state === 'loading') return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  if (auth.state === 'anonymous') return <Navigate to={loginUrl(location.pathname + location.search)} replace />;
  if (auth.state === 'error')
    return (
      <Result
        status="warning"
        title={t('common.loadFailed')}
        subTitle={auth.text}
        extra={<Button onClick={retry}>{t('common.reload')}</Button>}
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
  return <StatusResult status="403" text={t('common.noPermission')} home="/desk" backText={t('common.backHome')} />;
}

function NotFound() {
  const t = useDeskT();
  return <StatusResult status="404" text={t('common.notFound')} home="/desk" backText={t('common.backHome')} />;
}
