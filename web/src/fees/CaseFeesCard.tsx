import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { LoadError } from '../admin/lib/Page';
import { useSession } from '../admin/lib/session';
import { useLoad } from '../admin/lib/use-load';
import { LinkButton } from '../cases/lib/LinkButton';
import { IssueNoticeDialog } from './IssueNoticeDialog';
import { feePaths, money, useFeesT } from './lib';
import { CancelNoticeDialog, WaiverDialog } from './NoticeDialogs';
import { NoticeStatusTag, RequestStatusTag } from './NoticeParts';
import type { FeeNotice } from './types';
import './fees.css';

/** Case statuses in which a notice may be issued (docs/api-fees.md). */
const RUNNING = ['received', 'correction_requested', 'accepted', 'in_review', 'suspended', 'escalated', 'decided'];

type Dialog = { kind: 'issue' } | { kind: 'waive' | 'cancel'; notice: FeeNotice } | null;

type CaseFeesProps = { caseId: string; itemId: string; caseStatus: string; applicantName: string };

/** The case page's 收费 card, for users with fee.read (nothing otherwise). */
export function CaseFees(props: CaseFeesProps) {
  const { can } = useSession();
  return can('fee.read') ? <CaseFeesCard {...props} /> : null;
}

/**
 * 收费 on the case page: the case's payment notices 缴费通知单 with status and amount due, issuing (catalog
 * lines only), printing, cancelling and asking for a waiver 减免. Rendered for users with fee.read.
 */
function CaseFeesCard(props: CaseFeesProps) {
  const t = useFeesT();
  const { message } = App.useApp();
  const { can } = useSession();
  const notices = useLoad<FeeNotice[]>(`/api/v1/cases/${encodeURIComponent(props.caseId)}/fee-notices`);
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = notices.data ?? [];
  const canIssue = can('fee.notice') && RUNNING.includes(props.caseStatus);
  const unpaid = list.filter((n) => n.status === 'unpaid');

  const done = (text: string) => {
    setDialog(null);
    void message.success(text);
    notices.reload();
  };

  return (
    <Card
      className="yz-case-card"
      title={t('case.title')}
      data-testid="case-fees"
      extra={
        canIssue && (
          <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'issue' })}>
            {t('case.issue')}
          </Button>
        )
      }
    >
      {notices.error ? (
        <LoadError error={notices.error} onRetry={notices.reload} />
      ) : !notices.data ? (
        <Spin />
      ) : list.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('case.none')} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {unpaid.length > 0 && <Alert type="warning" showIcon title={t('delivery.blocked')} />}
          {list.map((n) => (
            <div key={n.id} className="yz-fee-case-notice" data-testid={`case-notice-${n.number}`}>
              <Space wrap>
                <span className="yz-mono">{n.number}</span>
                <NoticeStatusTag status={n.status} />
                <span>
                  {t('notice.due')} <strong>{money(n.dueFen)}</strong>
                  {n.waivedFen > 0 && `（${t('notice.waived')} ${money(n.waivedFen)}）`}
                </span>
                <span className="yz-muted">{n.lines.map((l) => l.name).join('、')}</span>
                <LinkButton size="small" icon={<PrinterOutlined />} to={feePaths.notice(n.id)}>
                  {t('case.printNotice')}
                </LinkButton>
                {n.allowedActions.includes('waive') && (
                  <Button size="small" onClick={() => setDialog({ kind: 'waive', notice: n })}>
                    {t('case.waive')}
                  </Button>
                )}
                {n.allowedActions.includes('cancel') && (
                  <Button size="small" danger onClick={() => setDialog({ kind: 'cancel', notice: n })}>
                    {t('case.cancel')}
                  </Button>
                )}
              </Space>
              {n.waivers.length > 0 && (
                <ul className="yz-fee-case-waivers">
                  {n.waivers.map((w) => (
                    <li key={w.id}>
                      {t('notice.waived')} {w.lineName} {w.amountText} <RequestStatusTag status={w.status} />
                      {w.documentNo && <Tag>{w.documentNo}</Tag>}
                      <span className="yz-muted">{w.reason}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </Space>
      )}
      {dialog?.kind === 'issue' && (
        <IssueNoticeDialog
          caseId={props.caseId}
          itemId={props.itemId}
          applicantName={props.applicantName}
          onClose={() => setDialog(null)}
          onIssued={(n) => done(t('issue.done', { number: n.number }))}
        />
      )}
      {dialog?.kind === 'waive' && (
        <WaiverDialog notice={dialog.notice} onClose={() => setDialog(null)} onDone={() => done(t('waiver.done'))} />
      )}
      {dialog?.kind === 'cancel' && (
        <CancelNoticeDialog
          notice={dialog.notice}
          onClose={() => setDialog(null)}
          onDone={() => done(t('case.cancelled'))}
        />
      )}
    </Card>
  );
}
