import { Route, Routes } from 'react-router-dom';
import { useT } from '../shared/i18n';
import { DisplayPage } from './display/DisplayPage';
import { KioskPage } from './kiosk/KioskPage';
import { messages } from './messages';
import { WindowScreenPage } from './window-screen/WindowScreenPage';
import './floor.css';

function UnknownScreen() {
  const t = useT(messages);
  return (
    <div className="yz-fl-blank" role="alert">
      {t('notFound.page')}
    </div>
  );
}

/**
 * Hall floor screens 大厅现场 without site chrome: the kiosk 自助取号机, the hall display 叫号大屏 and
 * the small screen above each window 窗口屏. Public (no login), like the guide site.
 */
export default function FloorApp() {
  return (
    <Routes>
      <Route path="kiosk/:hallId" element={<KioskPage />} />
      <Route path="display/:hallId" element={<DisplayPage />} />
      <Route path="window/:windowId" element={<WindowScreenPage />} />
      <Route path="*" element={<UnknownScreen />} />
    </Routes>
  );
}
