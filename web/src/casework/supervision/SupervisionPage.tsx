import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Row, Space, Spin, Statistic, Tabs, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { LoadError } from '../../admin/lib/Page';
import { problemText } from '../../admin/lib/problem';
import { useSession } from '../../admin/lib/session';
import { useLoad } from '../../admin/lib/use-load';
import type { Department } from '../../admin/types';
import { post } from '../../shared/api';
import { HallPicker } from '../lib/HallPicker';
import { sortCases } from '../lib/urgency';
import { useCwT, useHallParam } from '../lib/use-casework';
import type { CardList, Colour, FeeAnomaly, Supervision, SupervisionCard } from '../types';
import { FeeAnomalyTable } from './FeeAnomalyTable';
import { type CardCase, type CardInput, IssueCardDialog } from './IssueCardDialog';
import { RespondDialog } from './RespondDialog';
import { CardCountTable, CardTable, RunningCaseTable, WarningTable } from './SupervisionTables';
import { ThresholdsCard } from './ThresholdsCard';

const ColourChart = lazy(() => import('./ColourChart'));

/** 电子监察 /desk/casework/supervision: lights of the running cases, warnings, and red/yellow cards. */
export default function SupervisionPage() {
  const t = useCwT();
  const { message, modal } = App.useApp();
  const { me, can, halls } = useSession();
  const [hallId, setHallId] = useHallParam();
  const base = `/api/v1/halls/${encodeURIComponent(hallId)}`;
  const sup = useLoad<Supervision>(`${base}/supervision`);
  // every card (closed ones too) and the counts per unit, for assessment
  const cardList = useLoad<CardList>(`${base}/supervision/cards`);
  const departments = useLoad<Department[]>(`${base}/departments`);
  // fees collected outside the unified window 收费异常 (fee.read)
  const anomalies = useLoad<FeeAnomaly[]>(can('fee.read') ? `${base}/fee-anomalies` : null);
  const [issuing, setIssuing] = useState<Partial<CardInput> | null>(null);
  const [finishedCase, setFinishedCase] = useState<CardCase | null>(null);
  const [responding, setResponding] = useState<SupervisionCard | null>(null);
  const [busy, setBusy] = useState(false);
  const d = sup.data;
  const issue = can('supervision.issue');
  const respond = can('supervision.respond');
  const hallName = halls.find((h) => h.id === hallId)?.name;

  const deptNames = useMemo(() => new Map((departments.data ?? []).map((x) => [x.id, x.name])), [departments.data]);
  const cases = useMemo(() => sortCases(d?.cases ?? []), [d]);
  const cards = cardList.data?.cards ?? [];
  const colourNames = useMemo(
    () => ({ green: t('colour.green'), yellow: t('colour.yellow'), red: t('colour.red') }) as Record<Colour, string>,
    [t],
  );
  const deptName = (id: string | null | undefined, name?: string | null) => name || (id && deptNames.get(id)) || '—';

  const send = async (url: string, body: unknown, done: string) => {
    setBusy(true);
    try {
      await post(url, body);
      void message.success(done);
      setIssuing(null);
      setResponding(null);
      sup.reload();
      cardList.reload();
      if (anomalies.data) anomalies.reload();
    } catch (e) {
      void message.error(problemText(e, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  };
  const close = (c: SupervisionCard) =>
    modal.confirm({
      title: t('card.closeConfirm'),
      content: c.response ? `${t('card.response')}：${c.response}` : t('card.closeNoResponse'),
      okText: t('card.close'),
      cancelText: t('common.cancel'),
      onOk: () => send(`/api/v1/supervision/cards/${encodeURIComponent(c.id)}/close`, {}, t('card.closed')),
    });
  const mayRespond = (c: SupervisionCard) =>
    respond && c.status === 'open' && (!me.departmentId || me.departmentId === c.departmentId);

  const caseTable = <RunningCaseTable cases={cases} deptName={deptName} onIssue={issue ? setIssuing : undefined} />;
  const issueOnAnomaly = (a: FeeAnomaly) => {
    setFinishedCase({ id: a.caseId, number: a.caseNumber, itemName: a.itemName, departmentId: a.departmentId });
    setIssuing({
      caseId: a.caseId,
      departmentId: a.departmentId,
      color: 'yellow',
      trigger: 'fee_outside_catalog',
      description: t('fees.description', { number: a.caseNumber, item: a.itemName }),
    });
  };
  const dialogCases = finishedCase && !cases.some((c) => c.id === finishedCase.id) ? [finishedCase, ...cases] : cases;
  const cardTable = (
    <CardTable
      cards={cards}
      loading={cardList.loading}
      deptName={deptName}
      mayRespond={mayRespond}
      mayClose={(c) => issue && c.status !== 'closed'}
      onRespond={setResponding}
      onClose={close}
    />
  );

  return (
    <>
      <div className="yz-desk-page-head">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('sup.title')} {hallName && `· ${hallName}`}
        </Typography.Title>
        <Space wrap>
          <HallPicker value={hallId} onChange={setHallId} />
          <Button icon={<ReloadOutlined />} onClick={sup.reload} loading={sup.loading}>
            {t('common.refresh')}
          </Button>
          {issue && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing({})}>
              {t('card.issueTitle')}
            </Button>
          )}
        </Space>
      </div>
      {sup.error !== undefined && <LoadError error={sup.error} onRetry={sup.reload} />}
      {!d && sup.loading && <Spin size="large" style={{ display: 'block', margin: '15vh auto' }} />}
      {d && (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} lg={14}>
              <Row gutter={[16, 16]}>
                {(['green', 'yellow', 'red'] as const).map((c) => (
                  <Col key={c} xs={8}>
                    <Card size="small" className={`yz-cw-count yz-cw-count-${c}`}>
                      <Statistic title={t(`sup.running.${c}`)} value={d.running[c]} />
                    </Card>
                  </Col>
                ))}
                <Col xs={24}>
                  <Card size="small" title={t('sup.perDepartment')}>
                    {cardList.error !== undefined && <LoadError error={cardList.error} onRetry={cardList.reload} />}
                    <CardCountTable
                      counts={cardList.data?.counts ?? []}
                      loading={cardList.loading}
                      deptName={deptName}
                    />
                  </Card>
                </Col>
              </Row>
            </Col>
            <Col xs={24} lg={10}>
              <Card size="small" title={t('sup.chart')}>
                <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
                  <ColourChart counts={d.running} names={colourNames} label={t('sup.chart')} />
                </Suspense>
              </Card>
              <ThresholdsCard hallId={hallId} onSaved={sup.reload} />
            </Col>
          </Row>
          <div className="yz-desk-panel">
            <Tabs
              items={[
                { key: 'cases', label: t('sup.tab.cases', { n: cases.length }), children: caseTable },
                {
                  key: 'warnings',
                  label: t('sup.tab.warnings', { n: d.warnings.length }),
                  children: <WarningTable warnings={d.warnings} />,
                },
                { key: 'cards', label: t('sup.tab.cards', { n: cards.length }), children: cardTable },
                ...(can('fee.read')
                  ? [
                      {
                        key: 'fees',
                        label: t('sup.tab.fees', { n: anomalies.data?.length ?? 0 }),
                        children: (
                          <>
                            {anomalies.error !== undefined && (
                              <LoadError error={anomalies.error} onRetry={anomalies.reload} />
                            )}
                            <FeeAnomalyTable
                              anomalies={anomalies.data ?? []}
                              loading={anomalies.loading}
                              onIssue={issue ? issueOnAnomaly : undefined}
                            />
                          </>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </div>
        </>
      )}
      <IssueCardDialog
        open={issuing !== null}
        busy={busy}
        initial={issuing ?? undefined}
        departments={(departments.data ?? []).map((x) => ({ id: x.id, name: x.name }))}
        cases={dialogCases}
        onCancel={() => setIssuing(null)}
        onSubmit={(v) => void send(`${base}/supervision/cards`, v, t('card.issued'))}
      />
      <RespondDialog
        card={responding}
        busy={busy}
        onCancel={() => setResponding(null)}
        onSubmit={(response) =>
          responding &&
          void send(
            `/api/v1/supervision/cards/${encodeURIComponent(responding.id)}/respond`,
            { response },
            t('card.responded'),
          )
        }
      />
    </>
  );
}
