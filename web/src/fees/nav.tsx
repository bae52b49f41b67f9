import { AccountBookOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { feePaths, useFeesT } from './lib';

/** The desk menu's 收费 entry with the fee pages the user may open; null without fee.read. */
export function useFeesMenuItem(can: (p: string) => boolean) {
  const t = useFeesT();
  if (!can('fee.read')) return null;
  const children = [
    can('fee.collect') && { key: 'fees-cashier', label: <Link to={feePaths.cashier}>{t('nav.cashier')}</Link> },
    { key: 'fees-notices', label: <Link to={feePaths.notices}>{t('nav.notices')}</Link> },
    (can('fee.waive_approve') || can('fee.refund_approve')) && {
      key: 'fees-approvals',
      label: <Link to={feePaths.approvals}>{t('nav.approvals')}</Link>,
    },
    { key: 'fees-settlement', label: <Link to={feePaths.settlement}>{t('nav.settlement')}</Link> },
  ].filter((x) => x !== false);
  return { key: 'fees', icon: <AccountBookOutlined />, label: t('nav.fees'), children };
}
