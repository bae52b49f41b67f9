import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link, Navigate, Route, Routes } from 'react-router-dom';
import { useSession } from '../admin/lib/session';
import { ApprovalsPage } from './ApprovalsPage';
import { CashierPage } from './CashierPage';
import { useFeesT } from './lib';
import { NoticesPage } from './NoticesPage';
import { NoticePrintPage, ReceiptPage } from './PrintSheets';
import { SettlementPage } from './SettlementPage';
import './fees.css';

/**
 * /desk/fees/*: the cashier's window 收费窗口, payment notices, printable notice and receipt, waiver and refund
 * approvals, and the daily settlement 日结. Mounted inside the staff desk (session, layout).
 */
export default function FeesApp() {
  const { can } = useSession();
  return (
    <Routes>
      <Route index element={<Navigate to={can('fee.collect') ? 'cashier' : 'notices'} replace />} />
      <Route path="cashier" element={guard('fee.read', <CashierPage />)} />
      <Route path="notices" element={guard('fee.read', <NoticesPage />)} />
      <Route path="notices/:id/print" element={guard('fee.read', <NoticePrintPage />)} />
      <Route path="payments/:id/receipt" element={guard('fee.read', <ReceiptPage />)} />
      <Route path="approvals" element={guard('fee.read', <ApprovalsPage />)} />
      <Route path="settlement" element={guard('fee.read', <SettlementPage />)} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

function guard(permission: string, page: ReactNode) {
  return <RequirePermission permission={permission}>{page}</RequirePermission>;
}

function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const t = useFeesT();
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
  const t = useFeesT();
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
