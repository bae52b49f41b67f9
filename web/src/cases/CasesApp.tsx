import { Result } from 'antd';
import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { useSession } from '../admin/lib/session';
import { CasePage } from './case/CasePage';
import { LinkButton } from './lib/LinkButton';
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
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('common.noPermission')}
      extra={
        <LinkButton to="/desk" type="primary">
          {t('common.backHome')}
        </LinkButton>
      }
    />
  );
}

function NotFound() {
  const t = useCasesT();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('common.notFound')}
      extra={<LinkButton to="/desk">{t('common.backHome')}</LinkButton>}
    />
  );
}
