import { App, Button, ConfigProvider, Result, Spin } from 'antd';
import { lazy, type ReactNode, Suspense, useCallback, useEffect, useState } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { ApiError, get, post, setCsrfToken } from '../shared/api';
import HomePage from './HomePage';
import { LoginPage } from './LoginPage';
import { AdminLayout } from './layout/AdminLayout';
import { RequirePermission } from './lib/Page';
import { problemText } from './lib/problem';
import { SessionProvider } from './lib/session';
import { useAdminT } from './lib/use-admin';
import type { Me } from './types';
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

type Auth = { state: 'loading' } | { state: 'anonymous' } | { state: 'in'; me: Me } | { state: 'error'; text: string };

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
      setAuth({ state: 'anonymous' });
      navigate('/admin/login');
    }
  }, [navigate]);

  if (auth.state === 'loading') return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  if (auth.state === 'error')
    return (
      <Result
        status="warning"
        title={t('common.loadFailed')}
        subTitle={auth.text}
        extra={<Button onClick={() => setAttempt((n) => n + 1)}>{t('common.reload')}</Button>}
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
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('common.notFound')}
      extra={<Button onClick={() => navigate('/admin')}>{t('common.backHome')}</Button>}
    />
  );
}
