import { Alert, Button, Form, Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { get } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { Crumbs } from '../Crumbs';
import { useSetCurrentHall } from '../hall-context';
import { messages } from '../messages';
import { useDocumentTitle } from '../StatusViews';
import type { PublicHall } from '../types';
import { problemOf, usePublicGet } from '../use-public-get';
import { caseMessages } from './messages';
import type { PublicCaseStatus } from './types';
import './cases.css';

interface LookupForm {
  number: string;
  idLast4: string;
}

/** The stages a citizen sees, and which one a status has reached. */
const STAGES = ['received', 'accepted', 'in_review', 'decided', 'delivered'] as const;
const STAGE_OF: Record<string, number> = {
  received: 0,
  correction_requested: 0,
  accepted: 1,
  in_review: 2,
  suspended: 2,
  escalated: 2,
  decided: 3,
  delivered: 4,
  closed: 4,
};

/** Case number as typed: no spaces, upper case (hall codes are letters). */
export function normaliseCaseNumber(s: string): string {
  return s.replace(/\s+/g, '').toUpperCase();
}

function CaseStatusCard({ c }: { c: PublicCaseStatus }) {
  const tc = useT(caseMessages);
  const stage = STAGE_OF[c.status];
  const ended = stage === undefined; // rejected or withdrawn: no progress bar
  const rows: [string, string][] = [
    [tc('lookup.number'), c.number],
    [tc('lookup.item'), c.itemName],
    [tc('lookup.department'), c.departmentName],
    [tc('lookup.receivedOn'), c.receivedOn],
    [tc('lookup.acceptedOn'), c.acceptedOn ?? tc('lookup.notYet')],
    [tc('lookup.dueOn'), c.dueOn ?? tc('lookup.notYet')],
    [tc('lookup.decidedOn'), c.decidedOn ?? tc('lookup.notYet')],
    ...(c.result ? ([[tc('completed.result'), c.result]] as [string, string][]) : []),
  ];
  return (
    <section aria-labelledby="case-result" className="yz-cs-panel" data-testid="case-result">
      <h2 id="case-result" tabIndex={-1}>
        {tc('lookup.status')}：<span className={`yz-cs-status yz-cs-status-${c.status}`}>{c.statusLabel}</span>
      </h2>
      {!ended && (
        <ol className="yz-cs-stages" aria-label={tc('lookup.progress')}>
          {STAGES.map((s, i) => (
            <li
              key={s}
              className={i < stage ? 'is-done' : i === stage ? 'is-current' : undefined}
              aria-current={i === stage ? 'step' : undefined}
            >
              {tc(`stage.${s}`)}
            </li>
          ))}
        </ol>
      )}
      {c.status === 'correction_requested' && <p className="yz-cs-note">{tc('lookup.correctionHint')}</p>}
      {c.status === 'suspended' && <p className="yz-cs-note">{tc('lookup.suspendedHint')}</p>}
      <dl className="yz-cs-summary">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * `/halls/:hallId/cases/lookup` (or `/cases/lookup`): the applicant checks a case with its number and
 * the last 4 characters of the ID number / credit code or of the phone.
 */
export function CaseLookupPage() {
  const { hallId } = useParams();
  const [params] = useSearchParams();
  const t = useT(messages);
  const tc = useT(caseMessages);
  useSetCurrentHall(hallId);
  useDocumentTitle(tc('lookup.title'));
  const hall = usePublicGet<PublicHall>(hallId ? `/api/v1/public/halls/${encodeURIComponent(hallId)}` : null);
  const [form] = Form.useForm<LookupForm>();
  const [found, setFound] = useState<PublicCaseStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const result = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (found) result.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [found]);

  const lookup = async (v: LookupForm) => {
    setBusy(true);
    setError(null);
    setFound(null);
    try {
      setFound(
        await get<PublicCaseStatus>(
          `/api/v1/public/cases/lookup?number=${encodeURIComponent(normaliseCaseNumber(v.number))}&idLast4=${encodeURIComponent(v.idLast4.trim().toUpperCase())}`,
        ),
      );
    } catch (err) {
      const p = problemOf(err);
      setError(p.status === 404 ? tc('lookup.notFound') : p.detail);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="yz-cs">
      <Crumbs
        items={[
          ...(hallId ? [{ label: hall.data?.name ?? t('loading'), to: `/halls/${hallId}` }] : []),
          { label: tc('lookup.title') },
        ]}
      />
      <div className="yz-cs-titlebar">
        <h1 className="yz-page-title">{tc('lookup.title')}</h1>
        {hallId && <Link to={`/halls/${hallId}/cases/completed`}>{tc('completed.title')}</Link>}
      </div>
      <section className="yz-cs-panel" aria-labelledby="cs-lookup-form">
        <h2 id="cs-lookup-form" className="yz-visually-hidden">
          {tc('lookup.form')}
        </h2>
        <p>{tc('lookup.intro')}</p>
        <Form<LookupForm>
          form={form}
          layout="vertical"
          className="yz-cs-lookup"
          initialValues={{ number: params.get('number') ?? '', idLast4: '' }}
          onFinish={lookup}
          requiredMark={false}
        >
          <Form.Item
            name="number"
            label={tc('lookup.number')}
            rules={[{ required: true, whitespace: true, message: tc('lookup.numberRequired') }]}
          >
            <Input
              autoComplete="off"
              maxLength={40}
              placeholder={tc('lookup.numberPlaceholder')}
              className="yz-cs-input-number"
            />
          </Form.Item>
          <Form.Item
            name="idLast4"
            label={tc('lookup.idLast4')}
            extra={tc('lookup.idLast4Hint')}
            rules={[
              { required: true, message: tc('lookup.idLast4Required') },
              { pattern: /^[0-9A-Za-z]{4}$/, message: tc('lookup.idLast4Format') },
            ]}
          >
            <Input autoComplete="off" maxLength={4} inputMode="text" className="yz-cs-input-last4" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} size="large">
              {tc('lookup.submit')}
            </Button>
          </Form.Item>
        </Form>
        {error && <Alert type="error" showIcon title={error} data-testid="lookup-error" />}
      </section>
      <div ref={result} aria-live="polite">
        {found && <CaseStatusCard c={found} />}
      </div>
    </div>
  );
}
