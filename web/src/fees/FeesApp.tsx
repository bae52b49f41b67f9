import { Navigate, Route, Routes } from 'react-router-dom';
import { useSession } from '../admin/lib/session';
import { StatusResult } from '../shared/StatusResult';
import { ApprovalsPage } from './ApprovalsPage';
import { CashierPage } from './CashierPage';
import { feePaths, useFeesT } from './lib';
import { NoticesPage } from './NoticesPage';
import { NoticePrintPage, ReceiptPage } from './PrintSheets';
import { SettlementPage } from './SettlementPage';
import './fees.css';

/**
 * /desk/fees/*: the cashier's window 收费窗口, payment notices, printable notice and receipt, waiver and refund
 * approvals, and the daily settlement 日结 — all for fee.read (each action needs its own permission, which the
 * pages and the server check). Mounted inside the staff desk (session, layout); an unknown path goes to the index.
 */
export default function FeesApp() {
  const t = useFeesT();
  const { can } = useSession();
  if (!can('fee.read'))
    return <StatusResult status="403" text={t('common.noPermission')} home="/desk" backText={t('common.backHome')} />;
  return (
    <Routes>
      <Route path="cashier" element={<CashierPage />} />
      <Route path="notices" element={<NoticesPage />} />
      <Route path="notices/:id/print" element={<NoticePrintPage />} />
      <Route path="payments/:id/receipt" element={<ReceiptPage />} />
      <Route path="approvals" element={<ApprovalsPage />} />
      <Route path="settlement" element={<SettlementPage />} />
      <Route path="*" element={<Navigate to={can('fee.collect') ? feePaths.cashier : feePaths.notices} replace />} />
    </Routes>
  );
}
