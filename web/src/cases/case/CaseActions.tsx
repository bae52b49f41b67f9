import { Alert, App, Button, Popconfirm, Space } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { isUnauthenticated, problemText } from '../../admin/lib/problem';
import { useSession } from '../../admin/lib/session';
import { post } from '../../shared/api';
import { LinkButton } from '../lib/LinkButton';
import { afterDecisionPath } from '../lib/paths';
import { useCasesT } from '../lib/use-cases';
import { RejectDialog, type RejectValues } from '../receive/RejectDialog';
import type { CaseView, DocumentKind } from '../types';
import { DeliverDialog, type DeliverValues, MaterialsDialog, ReasonDialog } from './ActionDialogs';

/** Actions of the window (case.receive) this page carries out itself. */
const WINDOW_ACTIONS = ['accept', 'request_supplements', 'receive_supplements', 'reject', 'deliver', 'withdraw'];
/** Actions of the approver, done from the review inbox. */
const REVIEW_ACTIONS = ['pause', 'resume', 'decide', 'escalate', 'request_extension', 'decide_extension'];

type Dialog = 'supplements' | 'received' | 'reject' | 'deliver' | 'withdraw' | null;

/** The buttons for the actions the server allows on this case now (`allowedActions`), with their dialogs. */
export function CaseActions({ c, onChanged }: { c: CaseView; onChanged: (c: CaseView) => void }) {
  const t = useCasesT();
  const { message } = App.useApp();
  const { expire, can } = useSession();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const busyRef = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const allowed = new Set(c.allowedActions);
  const base = `/api/v1/cases/${encodeURIComponent(c.id)}`;

  async function run(key: string, path: string, body: Record<string, unknown>, doc: DocumentKind | null) {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(key);
    setError(null);
    try {
      const r = await post<CaseView>(`${base}/${path}`, { rowVersion: c.rowVersion, ...body });
      setDialog(null);
      void message.success(t(`done.${key}`));
      if (doc) navigate(afterDecisionPath(r, doc));
      else onChanged(r);
    } catch (e) {
      if (isUnauthenticated(e)) expire();
      setError(problemText(e, t('common.networkError')));
      setDialog(null);
    } finally {
      busyRef.current = false;
      setBusy(null);
    }
  }

  const mine = WINDOW_ACTIONS.filter((a) => allowed.has(a));
  const review = REVIEW_ACTIONS.filter((a) => allowed.has(a));
  if (mine.length === 0 && review.length === 0 && !error) return null;

  const deliver = (v: DeliverValues) =>
    void run(
      'deliver',
      'deliver',
      v.method === 'pickup'
        ? {
            method: 'pickup',
            collectorName: v.collectorName?.trim(),
            collectorIdNumber: v.collectorIdNumber?.trim().toUpperCase(),
          }
        : { method: 'mail', trackingNumber: v.trackingNumber?.trim() },
      null,
    );

  return (
    <section className="yz-case-actions" aria-label={t('actions.label')}>
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          closable={{ onClose: () => setError(null) }}
          style={{ marginBottom: 12 }}
        />
      )}
      <Space wrap>
        {allowed.has('accept') && (
          <Popconfirm
            title={t('actions.acceptConfirm')}
            onConfirm={() => void run('accept', 'accept', {}, 'acceptance')}
          >
            <Button type="primary" loading={busy === 'accept'}>
              {t('decide.accept')}
            </Button>
          </Popconfirm>
        )}
        {allowed.has('request_supplements') && (
          <Button loading={busy === 'supplements'} onClick={() => setDialog('supplements')}>
            {t('decide.oneTime')}
          </Button>
        )}
        {allowed.has('receive_supplements') && (
          <Button type="primary" loading={busy === 'received'} onClick={() => setDialog('received')}>
            {t('actions.supplementsReceived')}
          </Button>
        )}
        {allowed.has('deliver') && (
          <Button type="primary" loading={busy === 'deliver'} onClick={() => setDialog('deliver')}>
            {t('actions.deliver')}
          </Button>
        )}
        {allowed.has('reject') && (
          <Button danger loading={busy === 'reject'} onClick={() => setDialog('reject')}>
            {t('decide.reject')}
          </Button>
        )}
        {allowed.has('withdraw') && (
          <Button loading={busy === 'withdraw'} onClick={() => setDialog('withdraw')}>
            {t('actions.withdraw')}
          </Button>
        )}
        {review.length > 0 && can('case.review') && (
          <LinkButton to="/desk/casework/inbox">{t('actions.toInbox')}</LinkButton>
        )}
      </Space>
      {review.length > 0 && (
        <div className="yz-muted" style={{ marginTop: 8 }}>
          {t('actions.reviewHint', { list: review.map((a) => t(`action.${a}`)).join('、') })}
        </div>
      )}

      {dialog === 'supplements' && (
        <MaterialsDialog
          open
          busy={busy === 'supplements'}
          title={t('decide.oneTime')}
          okText={t('actions.issueOneTime')}
          materials={c.materials}
          onCancel={() => setDialog(null)}
          onSubmit={(materials) => void run('supplements', 'request-supplements', { materials }, 'one_time')}
        />
      )}
      {dialog === 'received' && (
        <MaterialsDialog
          open
          busy={busy === 'received'}
          title={t('actions.supplementsReceived')}
          okText={t('common.confirm')}
          materials={c.materials}
          onCancel={() => setDialog(null)}
          onSubmit={(materials) => void run('received', 'supplements-received', { materials }, null)}
        />
      )}
      <RejectDialog
        open={dialog === 'reject'}
        busy={busy === 'reject'}
        onCancel={() => setDialog(null)}
        onSubmit={(v: RejectValues) => void run('reject', 'reject', { ...v }, 'not_accepted')}
      />
      <DeliverDialog
        open={dialog === 'deliver'}
        busy={busy === 'deliver'}
        onCancel={() => setDialog(null)}
        onSubmit={deliver}
      />
      <ReasonDialog
        open={dialog === 'withdraw'}
        busy={busy === 'withdraw'}
        title={t('actions.withdraw')}
        label={t('actions.withdrawReason')}
        okText={t('actions.withdraw')}
        danger
        onCancel={() => setDialog(null)}
        onSubmit={(reason) => void run('withdraw', 'withdraw', { reason }, null)}
      />
    </section>
  );
}
