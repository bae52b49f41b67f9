import { useParams, useSearchParams } from 'react-router-dom';
import { useT } from '../shared/i18n';
import { Crumbs } from './Crumbs';
import { useSetCurrentHall } from './hall-context';
import { ItemList } from './ItemList';
import { messages } from './messages';
import { ErrorState, Loading, useDocumentTitle } from './StatusViews';
import type { PublicDepartment, PublicEvent, PublicHall, PublicItemRow } from './types';
import { usePublicGet } from './use-public-get';

function hallApi(hallId: string) {
  return `/api/v1/public/halls/${encodeURIComponent(hallId)}`;
}

function useHallName(hallId: string) {
  return usePublicGet<PublicHall>(hallApi(hallId)).data?.name ?? '…';
}

/** The list under a heading, with loading and error states. */
function Results({ url, emptyText }: { url: string; emptyText: string }) {
  const items = usePublicGet<PublicItemRow[]>(url);
  if (items.error) return <ErrorState problem={items.error} onRetry={items.retry} />;
  if (!items.data) return <Loading />;
  return <ItemList items={items.data} emptyText={emptyText} />;
}

/** `/halls/:hallId/search?q=` */
export function SearchPage() {
  const { hallId = '' } = useParams();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const t = useT(messages);
  useSetCurrentHall(hallId);
  const hallName = useHallName(hallId);
  const title = q ? t('search.resultsFor', { q }) : t('search.all');
  useDocumentTitle(title);
  return (
    <>
      <Crumbs items={[{ label: hallName, to: `/halls/${hallId}` }, { label: title }]} />
      <h1 className="yz-page-title">{title}</h1>
      <Results
        url={`${hallApi(hallId)}/items?q=${encodeURIComponent(q)}`}
        emptyText={q ? t('search.none', { q }) : t('list.empty')}
      />
    </>
  );
}

/** `/halls/:hallId/departments/:departmentId` */
export function DepartmentPage() {
  const { hallId = '', departmentId = '' } = useParams();
  const t = useT(messages);
  useSetCurrentHall(hallId);
  const hallName = useHallName(hallId);
  const departments = usePublicGet<PublicDepartment[]>(`${hallApi(hallId)}/departments`);
  const dept = departments.data?.find((d) => d.id === departmentId);
  useDocumentTitle(dept?.name);
  if (departments.error) return <ErrorState problem={departments.error} onRetry={departments.retry} />;
  if (!departments.data) return <Loading />;
  if (!dept) {
    return (
      <ErrorState
        problem={{
          type: 'about:blank',
          title: 'Not Found',
          status: 404,
          code: 'NOT_FOUND',
          detail: t('dept.notFound'),
        }}
      />
    );
  }
  return (
    <>
      <Crumbs items={[{ label: hallName, to: `/halls/${hallId}` }, { label: dept.name }]} />
      <h1 className="yz-page-title">{dept.name}</h1>
      {dept.residency === 'appointment' ? <p className="yz-hint">{t('dept.appointmentHint')}</p> : null}
      <Results
        url={`${hallApi(hallId)}/items?departmentId=${encodeURIComponent(departmentId)}`}
        emptyText={t('list.empty')}
      />
    </>
  );
}

/** `/halls/:hallId/events/:eventCode` */
export function EventPage() {
  const { hallId = '', eventCode = '' } = useParams();
  const t = useT(messages);
  useSetCurrentHall(hallId);
  const hallName = useHallName(hallId);
  const events = usePublicGet<PublicEvent[]>(`${hallApi(hallId)}/events`);
  const event = events.data?.find((e) => e.code === eventCode);
  useDocumentTitle(event?.name);
  if (events.error) return <ErrorState problem={events.error} onRetry={events.retry} />;
  if (!events.data) return <Loading />;
  if (!event) {
    return (
      <ErrorState
        problem={{
          type: 'about:blank',
          title: 'Not Found',
          status: 404,
          code: 'NOT_FOUND',
          detail: t('event.notFound'),
        }}
      />
    );
  }
  return (
    <>
      <Crumbs items={[{ label: hallName, to: `/halls/${hallId}` }, { label: event.name }]} />
      <h1 className="yz-page-title">
        {event.name}
        <span className="yz-title-note">{event.kind === 'life' ? t('hall.life') : t('hall.enterprise')}</span>
      </h1>
      <Results url={`${hallApi(hallId)}/items?event=${encodeURIComponent(eventCode)}`} emptyText={t('list.empty')} />
    </>
  );
}
