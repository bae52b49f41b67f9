import { Button, Empty } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useT } from '../../shared/i18n';
import { Crumbs } from '../Crumbs';
import { useSetCurrentHall } from '../hall-context';
import { messages } from '../messages';
import { ErrorState, Loading, useDocumentTitle } from '../StatusViews';
import type { PublicHall } from '../types';
import { usePublicGet } from '../use-public-get';
import { caseMessages } from './messages';
import type { CompletedPage } from './types';
import './cases.css';

/** `/halls/:hallId/cases/completed?page=`: 办件公示 — cases decided at the hall, applicant names masked. */
export function CompletedCasesPage() {
  const { hallId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const t = useT(messages);
  const tc = useT(caseMessages);
  useSetCurrentHall(hallId);
  useDocumentTitle(tc('completed.title'));
  const base = `/api/v1/public/halls/${encodeURIComponent(hallId)}`;
  const hall = usePublicGet<PublicHall>(base);
  const list = usePublicGet<CompletedPage>(`${base}/cases/completed?page=${page}`);
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;
  const go = (p: number) => setParams(p === 1 ? {} : { page: String(p) });

  return (
    <div className="yz-cs">
      <Crumbs
        items={[{ label: hall.data?.name ?? t('loading'), to: `/halls/${hallId}` }, { label: tc('completed.title') }]}
      />
      <div className="yz-cs-titlebar">
        <h1 className="yz-page-title">{tc('completed.title')}</h1>
        <Link to={`/halls/${hallId}/cases/lookup`}>{tc('lookup.title')}</Link>
      </div>
      <p className="yz-hint">{tc('completed.intro')}</p>
      {list.error ? <ErrorState problem={list.error} onRetry={list.retry} /> : null}
      {list.loading ? <Loading /> : null}
      {list.data && list.data.rows.length === 0 ? <Empty description={tc('completed.empty')} /> : null}
      {list.data && list.data.rows.length > 0 ? (
        <>
          <p className="yz-count" aria-live="polite">
            {tc('completed.count', { n: list.data.total })}
          </p>
          <div className="yz-table-wrap">
            <table className="yz-table" data-testid="completed-table">
              <caption className="yz-visually-hidden">{tc('completed.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tc('lookup.number')}</th>
                  <th scope="col">{tc('lookup.item')}</th>
                  <th scope="col">{tc('lookup.department')}</th>
                  <th scope="col">{tc('completed.applicant')}</th>
                  <th scope="col">{tc('lookup.decidedOn')}</th>
                  <th scope="col">{tc('completed.result')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.rows.map((r) => (
                  <tr key={r.number}>
                    <td className="yz-cs-mono">{r.number}</td>
                    <td>{r.itemName}</td>
                    <td>{r.departmentName}</td>
                    <td>{r.applicantName}</td>
                    <td className="yz-col-narrow">{r.decidedOn}</td>
                    <td>{r.result}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pages > 1 ? (
            <nav className="yz-cs-pager" aria-label={tc('completed.pages')}>
              <Button disabled={page <= 1} onClick={() => go(page - 1)}>
                {tc('completed.prev')}
              </Button>
              <span aria-current="page">{tc('completed.pageOf', { page, pages })}</span>
              <Button disabled={page >= pages} onClick={() => go(page + 1)}>
                {tc('completed.next')}
              </Button>
            </nav>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
