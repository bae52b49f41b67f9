import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { useSession } from '../admin/lib/session';
import { StatusResult } from '../shared/StatusResult';
import { CasePage } from './case/CasePage';
import { useCasesT } from './lib/use-cases';
import { CaseListPage } from './list/CaseListPage';
import { PrintPage } from './print/PrintPage';
import { ReceivePage } from './receive/ReceivePage';
import './cases.css';

/**
 * /desk/cases/*: the hall's case list (index), 收件/受理 at the window (new), the case page with its deadline trail (:id), and the
 * printable notices (:id/documents/:docId/print). Mounted inside the staff desk (session, layout).
 */
export default function CasesApp() {
  return (
    <Routes>
      <Route index element={<RequirePermission permission="case.read" page={<CaseListPage />} />} />
      <Route path="new" element={<RequirePermission permission="case.receive" page={<ReceivePage />} />} />
      <Route path=":id" element={<RequirePermission permission="case.read" page={<CasePage />} />} />
      <Route
        path=":id/documents/:docId/print"
        element={<RequirePermission permission="case.read" page={<PrintPage />} />}
      />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

/** Render the page only when the user holds the permission (the server checks again). */
function RequirePermission({ permission, page }: { permission: string; page: ReactNode }) {
  const t = useCasesT();
  const { can } = useSession();
  if (can(permission)) return page;
  return <StatusResult status="403" text={t('common.noPermission')} home="/desk" backText={t('common.backHome')} />;
}

function NotFound() {
  const t = useCasesT();
  return <StatusResult status="404" text={t('common.notFound')} home="/desk" backText={t('common.backHome')} />;
}
