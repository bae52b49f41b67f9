import { Button, ConfigProvider, Result, Spin } from 'antd';
import { lazy, type ReactNode, Suspense, useCallback } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { StatusResult } from '../shared/StatusResult';
import { useStaffAuth } from '../shared/use-staff-auth';
import HomePage from './HomePage';
import { LoginPage } from './LoginPage';
import { AdminLayout } from './layout/AdminLayout';
import { RequirePermission } from './lib/Page';
import { SessionProvider } from './lib/session';
import { useAdminT } from './lib/use-admin';
import './admin.css';

const DepartmentsPage = lazy(() => import('./departments/DepartmentsPage'));
const WindowsPage = lazy(() => import('./windows/WindowsPage'));
const StaffPage = lazy(() => import('./staff/StaffPage'));
const ItemsPage = lazy(() => import('./items/ItemsPage'));
const ItemEditorPage = lazy(() => import('./items/ItemEditorPage'));
const UsersPage = lazy(() => import('./users/UsersPage'));
const AuditPage = lazy(() => import('./audit/AuditPage'));
const HallsPage = lazy(() => import('./halls/HallsPage'));
const CalendarPage = lazy(() => import('./calendar/CalendarPage'));

/** The staff console at /admin/*. Buttons keep their text as written ("保存", not "保 存"), so tests find them by name. */
export default function AdminApp() {
  return (
    <ConfigProvider button={{ autoInsertSpace: false }}>
      <div className="yz-admin">
        <AdminRoot />
      </div>
    </ConfigProvider>
  );
}

/** `GET /api/v1/auth/me` decides between the login page and the console. */
function AdminRoot() {
  const t = useAdminT();
  const navigate = useNavigate();
  const location = useLocation();
  const {
    auth,
    setAuth,
    expire,
    logout: endSession,
    retry,
  } = useStaffAuth({
    networkError: t('common.networkError'),
    expired: t('session.expired'),
  });
  const logout = useCallback(
    () =>
      endSession(() => {
        setAuth({ state: 'anonymous' });
        navigate('/admin/login');
      }),
    [endSession, setAuth, navigate],
  );

  if (auth.state === 'loading') return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  if (auth.state === 'error')
    return (
      <Result
        status="warning"
        title={t('common.loadFailed')}
        subTitle={auth.text}
        extra={<Button onClick={retry}>{t('common.reload')}</Button>}
      />
    );

  // Where to go after login: the page that sent us here (state) or `?next=` from other staff areas (desk).
  const next = new URLSearchParams(location.search).get('next');
  const from = (location.state as { from?: string } | null)?.from ?? next ?? undefined;
  const safeTarget = (p: string | undefined) =>
    p && /^\/(admin|desk)(\/|$)/.test(p) && !p.startsWith('//') && p !== '/admin/login' ? p : '/admin';
  if (auth.state === 'anonymous')
    return (
      <Routes>
        <Route
          path="login"
          element={
            <LoginPage
              onLoggedIn={(me) => {
                setAuth({ state: 'in', me });
                navigate(safeTarget(from), { replace: true });
              }}
            />
          }
        />
        <Route
          path="*"
          element={<Navigate to="/admin/login" replace state={{ from: location.pathname + location.search }} />}
        />
      </Routes>
    );

  return (
    <SessionProvider key={auth.me.id} me={auth.me} onExpired={expire} onLogout={logout}>
      <AdminLayout>
        <Suspense fallback={<Spin style={{ margin: 48 }} />}>
          <Routes>
            <Route index element={<HomePage />} />
            <Route path="login" element={<Navigate to={safeTarget(from)} replace />} />
            <Route path="departments" element={guard('org.read', <DepartmentsPage />)} />
            <Route path="windows" element={guard('org.read', <WindowsPage />)} />
            <Route path="staff" element={guard('org.read', <StaffPage />)} />
            <Route path="items" element={guard('catalog.read', <ItemsPage />)} />
            <Route path="items/:id" element={guard('catalog.read', <ItemEditorPage />)} />
            <Route path="halls" element={guard('hall.manage', <HallsPage />)} />
            <Route path="calendar" element={guard('org.manage', <CalendarPage />)} />
            <Route path="users" element={guard('user.manage', <UsersPage />)} />
            <Route path="audit" element={guard('audit.read', <AuditPage />)} />
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Suspense>
      </AdminLayout>
    </SessionProvider>
  );
}

function guard(permission: string, page: ReactNode) {
  return <RequirePermission permission={permission}>{page}</RequirePermission>;
}

function NotFound() {
  const t = useAdminT();
  return <StatusResult status="404" text={t('common.notFound')} home="/admin" backText={t('common.backHome')} />;
}
