import { AlertOutlined, InboxOutlined, SendOutlined, TableOutlined } from '@ant-design/icons';
import { Menu, Spin } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useSession } from '../admin/lib/session';
import { StatusResult } from '../shared/StatusResult';
import { useCwT } from './lib/use-casework';
import './casework.css';

const InboxPage = lazy(() => import('./inbox/InboxPage'));
const LedgerPage = lazy(() => import('./ledger/LedgerPage'));
const ReportedPage = lazy(() => import('./reported/ReportedPage'));
const SupervisionPage = lazy(() => import('./supervision/SupervisionPage'));

interface Section {
  key: 'inbox' | 'reported' | 'ledger' | 'supervision';
  /** any one of these permissions opens the page (the server checks again) */
  anyOf: string[];
  icon: ReactNode;
}
const SECTIONS: Section[] = [
  { key: 'inbox', anyOf: ['case.review'], icon: <InboxOutlined /> },
  { key: 'reported', anyOf: ['case.review', 'ledger.read', 'supervision.issue'], icon: <SendOutlined /> },
  { key: 'ledger', anyOf: ['ledger.read'], icon: <TableOutlined /> },
  { key: 'supervision', anyOf: ['ledger.read', 'supervision.issue'], icon: <AlertOutlined /> },
];

/**
 * /desk/casework/*: the approver's inbox 审批待办, reported-up cases 上报件 awaiting forwarding or decision, the
 * ledger 办件台账 and electronic supervision 电子监察.
 */
export default function CaseworkApp() {
  const t = useCwT();
  const { can } = useSession();
  const { pathname } = useLocation();
  const mine = SECTIONS.filter((s) => s.anyOf.some(can));
  const current = SECTIONS.find((s) => pathname.startsWith(`/desk/casework/${s.key}`))?.key ?? '';
  const page = (key: Section['key'], el: ReactNode) => {
    const s = SECTIONS.find((x) => x.key === key)!;
    return s.anyOf.some(can) ? el : <NoPermission />;
  };

  return (
    <div className="yz-desk-page yz-cw">
      {mine.length > 1 && (
        <Menu
          className="yz-cw-nav"
          mode="horizontal"
          selectedKeys={[current]}
          aria-label={t('nav.label')}
          disabledOverflow
          items={mine.map((s) => ({
            key: s.key,
            icon: s.icon,
            label: <Link to={`/desk/casework/${s.key}`}>{t(`nav.${s.key}`)}</Link>,
          }))}
        />
      )}
      <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
        <Routes>
          <Route index element={mine[0] ? <Navigate to={mine[0].key} replace /> : <NoPermission />} />
          <Route path="inbox" element={page('inbox', <InboxPage />)} />
          <Route path="reported" element={page('reported', <ReportedPage />)} />
          <Route path="ledger" element={page('ledger', <LedgerPage />)} />
          <Route path="supervision" element={page('supervision', <SupervisionPage />)} />
          <Route path="*" element={<Navigate to="/desk/casework" replace />} />
        </Routes>
      </Suspense>
    </div>
  );
}

function NoPermission() {
  const t = useCwT();
  return <StatusResult status="403" text={t('common.noPermission')} home="/desk" backText={t('common.backHome')} />;
}
