import { Alert, Button, Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { StatusResult } from '../../shared/StatusResult';
import { problemText } from './problem';
import { useSession } from './session';
import { useAdminT } from './use-admin';

/** A console page: title line with actions, then the content on a card. */
export function Page(props: { title: ReactNode; extra?: ReactNode; children: ReactNode; bare?: boolean }) {
  return (
    <div className="yz-page">
      <div className="yz-page-head">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {props.title}
        </Typography.Title>
        <div className="yz-page-extra">{props.extra}</div>
      </div>
      {props.bare ? props.children : <Card>{props.children}</Card>}
    </div>
  );
}

/** A failed load, with its problem detail and a retry button. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useAdminT();
  return (
    <Alert
      type="error"
      showIcon
      title={t('common.loadFailed')}
      description={problemText(error, t('common.networkError'))}
      action={onRetry && <Button onClick={onRetry}>{t('common.reload')}</Button>}
      style={{ marginBottom: 16 }}
    />
  );
}

/** Render children only when the user holds the permission (the server checks again). */
export function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const t = useAdminT();
  const { can } = useSession();
  if (can(permission)) return children;
  return <StatusResult status="403" text={t('common.noPermission')} home="/admin" backText={t('common.backHome')} />;
}
