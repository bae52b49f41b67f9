import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Spin, Tabs } from 'antd';
import { useParams } from 'react-router-dom';
import { LoadError } from '../../admin/lib/Page';
import { useLoad } from '../../admin/lib/use-load';
import { CaseFees } from '../../fees/CaseFeesCard';
import { useCasesT } from '../lib/use-cases';
import type { CaseDeadline, CaseView } from '../types';
import { CaseActions } from './CaseActions';
import { CaseHeader } from './CaseHeader';
import { CaseTimeline, DocumentsList, MaterialsTable, PausesAndExtensions, TasksTable } from './CaseSections';
import { DeadlineTrail } from './DeadlineTrail';

/**
 * 办件详情 /desk/cases/:id: header (number, item, status, colour, applicant), the actions allowed now,
 * the deadline explained day by day, materials, review steps and sub-tasks, pauses and extensions,
 * documents (reprint) and the timeline.
 */
export function CasePage() {
  const { id = '' } = useParams();
  const t = useCasesT();
  const kase = useLoad<CaseView>(`/api/v1/cases/${encodeURIComponent(id)}`);
  const c = kase.data?.id === id ? kase.data : undefined;

  if (kase.error && !c) return <LoadError error={kase.error} onRetry={kase.reload} />;
  if (!c) return <Spin size="large" style={{ display: 'block', margin: '15vh auto' }} />;

  return (
    <div className="yz-desk-page yz-case-page">
      <Card className="yz-case-card">
        <div className="yz-case-reload">
          <Button
            type="text"
            icon={<ReloadOutlined />}
            aria-label={t('common.reload')}
            loading={kase.loading}
            onClick={kase.reload}
          />
        </div>
        <CaseHeader key={c.id} c={c} />
        <CaseActions c={c} onChanged={kase.setData} />
      </Card>

      <CaseFees caseId={c.id} itemId={c.itemId} caseStatus={c.status} applicantName={c.applicant.name} />

      <Card className="yz-case-card">
        {/* the clock runs from acceptance: nothing to explain before that; reloaded on every change */}
        {c.acceptedOn || c.status === 'received' ? (
          <DeadlineCard key={c.rowVersion} caseId={c.id} acceptedOn={c.acceptedOn} />
        ) : (
          <NotStarted acceptBy={null} />
        )}
      </Card>

      <Card className="yz-case-card">
        <Tabs
          items={[
            { key: 'materials', label: t('tab.materials'), children: <MaterialsTable c={c} /> },
            { key: 'tasks', label: t('tab.tasks'), children: <TasksTable c={c} /> },
            { key: 'pauses', label: t('tab.pauses'), children: <PausesAndExtensions c={c} /> },
            {
              key: 'documents',
              label: t('tab.documents', { n: c.documents.length }),
              children: <DocumentsList c={c} />,
            },
            { key: 'timeline', label: t('tab.timeline'), children: <CaseTimeline events={c.events} /> },
          ]}
        />
      </Card>
    </div>
  );
}

/** The trail of an accepted case; for a received one, the last day to decide on acceptance (art. 32). */
function DeadlineCard({ caseId, acceptedOn }: { caseId: string; acceptedOn: string | null }) {
  const deadline = useLoad<CaseDeadline>(`/api/v1/cases/${encodeURIComponent(caseId)}/deadline`);
  if (deadline.error) return <LoadError error={deadline.error} onRetry={deadline.reload} />;
  if (!deadline.data) return <Spin />;
  if (!acceptedOn) return <NotStarted acceptBy={deadline.data.acceptBy ?? null} />;
  return <DeadlineTrail deadline={deadline.data} acceptedOn={acceptedOn} />;
}

function NotStarted({ acceptBy }: { acceptBy: string | null }) {
  const t = useCasesT();
  return (
    <Alert
      type={acceptBy ? 'warning' : 'info'}
      showIcon
      title={t('trail.notStarted')}
      description={
        <>
          {acceptBy && <div data-testid="accept-by">{t('trail.acceptBy', { date: acceptBy })}</div>}
          <div>{t('trail.notStartedHint')}</div>
        </>
      }
    />
  );
}
