import { App, Button, Descriptions, Divider, Drawer, Space, Spin, Steps, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { LoadError } from '../../admin/lib/Page';
import { problemText } from '../../admin/lib/problem';
import { useSession } from '../../admin/lib/session';
import { ApiError, get, post } from '../../shared/api';
import { CaseStatusTag, ColourTag } from '../lib/tags';
import { useCwT } from '../lib/use-casework';
import type { CaseExtension, CaseView, InboxTask } from '../types';
import { DecisionForm } from './DecisionForm';
import { EscalateForm } from './EscalateForm';
import { ExtensionApprovals } from './ExtensionApprovals';
import { ExtensionDialog } from './ExtensionDialog';
import { PauseDialog } from './PauseDialog';
import { allows, awaitsEscalation, extensionDays, outcomesFor } from './review-rules';

const isCase = (x: unknown): x is CaseView =>
  typeof x === 'object' && x !== null && 'rowVersion' in x && 'status' in x && 'tasks' in x;

/** The review panel of one inbox task: case summary, decision, special procedures and extensions. */
export function ReviewDrawer(props: { task: InboxTask; onClose: () => void; onChanged: (done: boolean) => void }) {
  const t = useCwT();
  const { message } = App.useApp();
  const { me, can } = useSession();
  const { task, onChanged } = props;
  const caseUrl = `/api/v1/cases/${encodeURIComponent(task.caseId)}`;
  const [view, setView] = useState<CaseView | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<'pause' | 'extension' | null>(null);

  const load = useCallback(async () => {
    setError(undefined);
    try {
      setView(await get<CaseView>(caseUrl));
    } catch (e) {
      setError(e);
    }
  }, [caseUrl]);
  useEffect(() => {
    void load();
  }, [load]);

  /** Send one action; keep the returned case (or reload it), and reload on a conflicting edit. */
  const act = async (
    path: string,
    body: unknown,
    done: string,
    closes: boolean | ((c: CaseView) => boolean) = false,
  ) => {
    setBusy(true);
    try {
      const res = await post<unknown>(`${caseUrl}${path}`, body);
      void message.success(done);
      setDialog(null);
      if (isCase(res)) setView(res);
      else await load();
      onChanged(typeof closes === 'function' ? isCase(res) && closes(res) : closes);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') {
        void message.warning(t('review.conflict'));
        await load();
      } else void message.error(problemText(e, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  };

  const c = view;
  const current = c?.tasks.find((x) => x.id === task.id);
  const active = !!c && c.status === 'in_review' && (current ? current.status === 'active' : true);
  const pendingExt = c?.extensions.filter((x) => x.status === 'requested') ?? [];
  const openPause = c?.pauses.find((p) => p.endedOn === null);
  const days = c ? extensionDays(c.kind) : 10;

  return (
    <Drawer
      open
      size={760}
      onClose={props.onClose}
      title={
        <Space wrap>
          <span>{t('review.title')}</span>
          <Typography.Text type="secondary">
            {task.caseNumber} · {task.name}
          </Typography.Text>
        </Space>
      }
    >
      {error !== undefined && <LoadError error={error} onRetry={() => void load()} />}
      {!c && error === undefined && <Spin style={{ display: 'block', margin: 48 }} />}
      {c && (
        <>
          <Descriptions size="small" bordered column={2} className="yz-cw-summary">
            <Descriptions.Item label={t('col.caseNumber')}>
              <Link to={`/desk/cases/${encodeURIComponent(c.id)}`}>{c.number}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('col.status')}>
              <Space size={4}>
                <CaseStatusTag status={c.status} />
                <ColourTag colour={c.colour} />
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('col.item')} span={2}>
              {c.itemName} <Tag>{t(`kind.${c.kind}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('col.department')}>{c.departmentName}</Descriptions.Item>
            <Descriptions.Item label={t('col.applicant')}>
              {c.applicant.name} <Typography.Text type="secondary">{c.applicant.idNumber}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('col.receivedOn')}>{c.receivedOn}</Descriptions.Item>
            <Descriptions.Item label={t('col.acceptedOn')}>{c.acceptedOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('col.dueOn')}>
              {c.dueOn ?? '—'}
              {c.dueProvisional && (
                <Tag color="orange" style={{ marginLeft: 8 }}>
                  {t('review.provisional')}
                </Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('col.statutoryDueOn')}>{c.statutoryDueOn ?? '—'}</Descriptions.Item>
          </Descriptions>

          <Divider titlePlacement="start">{t('review.steps')}</Divider>
          <Steps
            orientation="vertical"
            size="small"
            current={-1}
            items={[...c.tasks]
              .sort((a, b) => (a.kind === b.kind ? a.position - b.position : a.kind === 'step' ? -1 : 1))
              .map((x) => ({
                title: (
                  <Space size={4} wrap>
                    <span>{x.name}</span>
                    {x.kind === 'joint' && <Tag color="purple">{t('inbox.joint')}</Tag>}
                    {x.departmentName && <Typography.Text type="secondary">{x.departmentName}</Typography.Text>}
                    {x.id === task.id && <Tag color="blue">{t('review.thisTask')}</Tag>}
                  </Space>
                ),
                status: x.status === 'done' ? 'finish' : x.status === 'active' ? 'process' : 'wait',
                content: (
                  <span>
                    {[
                      x.days > 0 && t('review.stepDays', { n: x.days }),
                      x.dueOn && `${t('col.dueOn')} ${x.dueOn}`,
                      x.outcome && t(`outcome.${x.outcome}`),
                      x.opinion,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                ),
              }))}
          />

          {c.pauses.some((p) => p.endedOn !== null) && (
            <>
              <Divider titlePlacement="start">{t('review.pauseHistory')}</Divider>
              <ul className="yz-cw-ext-history">
                {c.pauses
                  .filter((p) => p.endedOn !== null)
                  .map((p) => (
                    <li key={p.id}>
                      {p.name} · {p.startedOn} – {p.endedOn}
                      {p.reason && ` · ${p.reason}`}
                    </li>
                  ))}
              </ul>
            </>
          )}

          {c.status === 'suspended' && (
            <>
              <Divider titlePlacement="start">{t('review.paused')}</Divider>
              <Space orientation="vertical" style={{ width: '100%' }}>
                {openPause && (
                  <Typography.Paragraph style={{ margin: 0 }}>
                    {t('review.pausedSince', { name: openPause.name, date: openPause.startedOn })}
                    {openPause.reason && `：${openPause.reason}`}
                  </Typography.Paragraph>
                )}
                <Button
                  type="primary"
                  loading={busy}
                  disabled={!allows(c, 'resume')}
                  onClick={() => void act('/resume', { rowVersion: c.rowVersion }, t('review.resumed'))}
                >
                  {t('review.resume')}
                </Button>
              </Space>
            </>
          )}

          {awaitsEscalation(c) && (
            <>
              <Divider titlePlacement="start">{t('review.escalateTitle')}</Divider>
              <EscalateForm
                hallId={c.hallId}
                busy={busy}
                disabled={!allows(c, 'escalate')}
                onSubmit={(v) => void act('/escalate', { rowVersion: c.rowVersion, ...v }, t('review.escalated'), true)}
              />
            </>
          )}

          {active && (
            <>
              <Divider titlePlacement="start">{t('review.decide')}</Divider>
              <DecisionForm
                outcomes={outcomesFor(current ?? { id: task.id, kind: task.kind, position: 0 }, c)}
                rowVersion={c.rowVersion}
                busy={busy}
                onSubmit={(body) =>
                  void act(
                    `/tasks/${encodeURIComponent(task.id)}/complete`,
                    body,
                    t('review.completed'),
                    // a 上报件 stays open after its first review: forwarding it up is the next step
                    (after) => !awaitsEscalation(after),
                  )
                }
              />
              <Divider titlePlacement="start">{t('review.more')}</Divider>
              <Space wrap>
                <Button disabled={!allows(c, 'pause')} onClick={() => setDialog('pause')}>
                  {t('review.pause')}
                </Button>
                <Button
                  disabled={!allows(c, 'request_extension') || c.extensions.some((x) => x.status !== 'refused')}
                  onClick={() => setDialog('extension')}
                >
                  {t('review.extend', { n: days })}
                </Button>
              </Space>
            </>
          )}

          {c.extensions.length > 0 && (
            <>
              <Divider titlePlacement="start">{t('review.extensions')}</Divider>
              <ExtensionApprovals
                extensions={pendingExt}
                canDecide={can('case.approve_extension') && allows(c, 'decide_extension')}
                defaultApprover=""
                busy={busy}
                onDecide={(ext: CaseExtension, approve, approverName) =>
                  void act(
                    `/extensions/${encodeURIComponent(ext.id)}/decide`,
                    { rowVersion: c.rowVersion, approve, approverName },
                    t(approve ? 'extension.approved' : 'extension.refused'),
                  )
                }
              />
              <ul className="yz-cw-ext-history">
                {c.extensions
                  .filter((x) => x.status !== 'requested')
                  .map((x) => (
                    <li key={x.id}>
                      {t(`extension.status.${x.status}`)} · {t('extension.days', { n: x.days })}
                      {x.approverName && ` · ${t('extension.approverName')}：${x.approverName}`}
                      {x.decidedOn && ` · ${x.decidedOn}`} · {x.reason}
                    </li>
                  ))}
              </ul>
            </>
          )}
          <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
            {t('review.signedAs', { name: me.displayName })}
          </Typography.Paragraph>
        </>
      )}
      <PauseDialog
        open={dialog === 'pause'}
        busy={busy}
        onCancel={() => setDialog(null)}
        onSubmit={(v) => c && void act('/pause', { rowVersion: c.rowVersion, ...v }, t('review.pausedOk'))}
      />
      <ExtensionDialog
        open={dialog === 'extension'}
        days={days}
        joint={c?.kind === 'joint'}
        busy={busy}
        onCancel={() => setDialog(null)}
        onSubmit={(reason) =>
          c && void act('/extensions', { rowVersion: c.rowVersion, reason }, t('extension.requested'))
        }
      />
    </Drawer>
  );
}
