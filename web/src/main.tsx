import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { I18nProvider, useLocale } from './shared/i18n';
import 'dayjs/locale/zh-cn';

const PublicApp = lazy(() => import('./public/PublicApp'));
const AdminApp = lazy(() => import('./admin/AdminApp'));
/** Hall floor screens without site chrome: kiosk, hall display, window screen. */
const FloorApp = lazy(() => import('./floor/FloorApp'));
/** Window staff workbench, duty leader floor view and queue statistics. */
const DeskApp = lazy(() => import('./staff-desk/DeskApp'));

function Root() {
  const { locale } = useLocale();
  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#c0392b' } }}>
      <AntApp>
        <Suspense fallback={<div style={{ padding: 48 }}>…</div>}>
          <Routes>
            <Route path="/admin/*" element={<AdminApp />} />
            <Route path="/floor/*" element={<FloorApp />} />
            <Route path="/desk/*" element={<DeskApp />} />
            <Route path="/*" element={<PublicApp />} />
          </Routes>
        </Suspense>
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <I18nProvider>
      <BrowserRouter>
        <Root />
      </BrowserRouter>
    </I18nProvider>
  </StrictMode>,
);
