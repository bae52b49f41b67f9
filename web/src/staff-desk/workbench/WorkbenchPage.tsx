import { Alert, App, Button, Card, Col, Popconfirm, Row, Space, Spin, Statistic, Tag, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { LoadError } from '../../admin/lib/Page';
import { isUnauthenticated, problemText } from '../../admin/lib/problem';
import { useOptionalSession } from '../../admin/lib/session';
import { ApiError } from '../../shared/api';
import { useNow } from '../lib/live';
import { useShortcuts } from '../lib/shortcuts';
import { LiveBadge, WindowStatusTag } from '../lib/tags';
import { useDeskT } from '../lib/use-desk';
import type { StaffTicket } from '../types';
import { ActionBar, type ActionState } from './ActionBar';
import { ACTION_IDS, type ActionId, deskApi, SHORTCUTS } from './actions';
import { CurrentTicket } from './CurrentTicket';
import { useWorkbench } from './use-workbench';
import { WaitingList } from './WaitingList';
import { type Busy, type Dialog, WorkbenchDialogs } from './WorkbenchDialogs';

/** 窗口工作台 /desk/window/:windowId — call, recall, serve, finish, no-show, transfer, priority, pause. */
export function WorkbenchPage({ windowId }: { windowId: string }) {
  const t = useDeskT();
  const { message } = App.useApp();
  const expire = useOptionalSession()?.expire;
  const wb = useWorkbench(windowId);
  const now = useNow();
  const [busy, setBusy] = useState<Busy | null>(null);
  const busyRef = useRef(false);
  const [notice, setNotice] = useState<{ type: 'info' | 'error'; text: string } | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const data = wb.data;
  const current = data?.current ?? null;
  const status = data?.window.status;
  const { reload } = wb;

  /** Run one call at a time; show the problem detail inline when it fails, then refresh either way. */
  const run = useCallback(
    async (key: Busy, call: () => Promise<unknown>, done?: (r: unknown) => string) => {
      if (busyRef.current) return;
      busyRef.current = true;
      setBusy(key);
      try {
        const r = await call();
        setNotice(null);
        setDialog(null);
        if (done) void message.success(done(r));
      } catch (e) {
        if (isUnauthenticated(e)) expire?.();
        const empty = e instanceof ApiError && e.code === 'QUEUE_EMPTY';
        setNotice({ type: empty ? 'info' : 'error', text: problemText(e, t('common.networkError')) });
        setDialog(null);
      } finally {
        busyRef.current = false;
        setBusy(null);
        reload();
      }
    },
    [message, expire, t, reload],
  );

  const isCalled = current?.status === 'called';
  const inHand = current !== null && (current.status === 'called' || current.status === 'serving');
  const paused = status === 'paused';
  const actions: Record<ActionId, ActionState> = {
    call: {
      label: t('action.call'),
      enabled: data !== undefined && !paused,
      hint: paused ? t('wb.pausedHint') : undefined,
      primary: true,
    },
    recall: { label: t('action.recall'), enabled: isCalled, hint: t('wb.needCalled') },
    finish: { label: t('action.finish'), enabled: inHand, hint: t('wb.needCurrent') },
    noShow: { label: t('action.noShow'), enabled: isCalled, hint: t('wb.needCalled'), danger: true },
    start: { label: t('action.start'), enabled: isCalled, hint: t('wb.needCalled') },
    transfer: { label: t('action.transfer'), enabled: inHand, hint: t('wb.needCurrent') },
    pause: { label: paused ? t('action.resume') : t('action.pause'), enabled: data !== undefined },
  };

  const onAction = (id: ActionId) => {
    if (!actions[id].enabled) return;
    const cur = current;
    switch (id) {
      case 'call':
        return run(
          id,
          () => deskApi.callNext(windowId),
          (r) => t('wb.calledNumber', { number: (r as StaffTicket).number }),
        );
      case 'recall':
        return (
          cur &&
          run(
            id,
            () => deskApi.recall(cur.id),
            () => t('wb.recalledNumber', { number: cur.number }),
          )
        );
      case 'start':
        return cur && run(id, () => deskApi.start(cur.id));
      case 'finish':
        return (
          cur &&
          run(
            id,
            () => deskApi.finish(cur.id),
            () => t('wb.finishedNumber', { number: cur.number }),
          )
        );
      case 'noShow':
        return cur && setDialog({ kind: 'noShow', ticket: cur });
      case 'transfer':
        return cur && setDialog({ kind: 'transfer', ticket: cur });
      case 'pause':
        return paused
          ? run(
              id,
              () => deskApi.resume(windowId),
              () => t('wb.resumed'),
            )
          : setDialog({ kind: 'pause' });
    }
  };

  useShortcuts(
    ACTION_IDS.map((id) => ({ keys: SHORTCUTS[id], enabled: actions[id].enabled, run: () => void onAction(id) })),
    dialog === null && busy === null,
  );

  if (!data) {
    if (wb.error) return <LoadError error={wb.error} onRetry={wb.reload} />;
    return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  }

  return (
    <div className="yz-desk-page yz-wb">
      <div className="yz-wb-head">
        <Space size="middle" wrap align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('common.windowNo', { n: data.window.number })}
          </Typography.Title>
          <Typography.Text>{data.window.name}</Typography.Text>
          <WindowStatusTag status={data.window.status} />
          {data.signedIn ? <Tag color="blue">{t('wb.signedIn')}</Tag> : <Tag>{t('wb.notSignedIn')}</Tag>}
          <LiveBadge state={wb.live} />
        </Space>
        <Space wrap>
          {data.signedIn ? (
            <Popconfirm
              title={t('wb.signOutConfirm')}
              onConfirm={() => run('signOut', () => deskApi.signOut(windowId))}
            >
              <Button loading={busy === 'signOut'}>{t('action.signOut')}</Button>
            </Popconfirm>
          ) : (
            <Button
              type="primary"
              loading={busy === 'signIn'}
              onClick={() =>
                run(
                  'signIn',
                  () => deskApi.signIn(windowId),
                  () => t('wb.signedInOk'),
                )
              }
            >
              {t('action.signIn')}
            </Button>
          )}
        </Space>
      </div>
      {!data.signedIn && <Alert type="warning" showIcon title={t('wb.signInHint')} style={{ marginBottom: 16 }} />}
      {paused && <Alert type="warning" showIcon title={t('wb.pausedBanner')} style={{ marginBottom: 16 }} />}
      {notice && (
        <Alert
          type={notice.type}
          showIcon
          closable={{ onClose: () => setNotice(null) }}
          title={notice.text}
          style={{ marginBottom: 16 }}
          role="alert"
        />
      )}
      {wb.error !== undefined && <LoadError error={wb.error} onRetry={wb.reload} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          <Card title={t('wb.current')}>
            <CurrentTicket ticket={current} now={now} />
            <ActionBar
              actions={actions}
              busy={busy && busy in actions ? (busy as ActionId) : null}
              onAction={onAction}
            />
          </Card>
        </Col>
        <Col xs={24} xl={11}>
          <Card title={t('wb.today')} size="small" style={{ marginBottom: 16 }}>
            <Row gutter={8}>
              <Col span={6}>
                <Statistic title={t('wb.todayCalled')} value={data.today.called} />
              </Col>
              <Col span={6}>
                <Statistic title={t('wb.todayServed')} value={data.today.served} />
              </Col>
              <Col span={6}>
                <Statistic title={t('wb.todayNoShow')} value={data.today.noShow} />
              </Col>
              <Col span={6}>
                <Statistic title={t('wb.todayTransferred')} value={data.today.transferredOut} />
              </Col>
            </Row>
          </Card>
          <Card
            size="small"
            title={t('wb.waitingTitle', { n: data.waiting.length })}
            extra={
              <Space size={[4, 4]} wrap>
                {data.types.map((ty) => (
                  <Tag
                    key={ty.id}
                    color={ty.preferred ? 'red' : undefined}
                    title={ty.preferred ? t('wb.preferred') : t('wb.alsoServes')}
                  >
                    {ty.prefix} {ty.name} · {ty.waitingCount}
                  </Tag>
                ))}
              </Space>
            }
          >
            <WaitingList
              tickets={data.waiting}
              now={now}
              disabled={busy !== null}
              onPriority={(ticket) => setDialog({ kind: 'priority', ticket })}
              onTransfer={(ticket) => setDialog({ kind: 'transfer', ticket })}
            />
          </Card>
        </Col>
      </Row>

      <WorkbenchDialogs
        dialog={dialog}
        busy={busy}
        windowId={windowId}
        hallId={wb.hallId}
        run={run}
        onClose={() => setDialog(null)}
      />
    </div>
  );
}
