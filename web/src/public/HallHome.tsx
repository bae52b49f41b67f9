import { Empty, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useT } from '../shared/i18n';
import { QueueCard } from './booking/QueueCard';
import { CaseLinks } from './cases/CaseLinks';
import { LEVEL_KEYS, WEEKDAY_KEYS } from './format';
import { useSetCurrentHall } from './hall-context';
import { HallSearch } from './Layout';
import { messages } from './messages';
import { ErrorState, Loading, useDocumentTitle } from './StatusViews';
import type { OpeningDay, PublicDepartment, PublicEvent, PublicHall } from './types';
import { usePublicGet } from './use-public-get';

/** Opening hours per weekday, Monday first; a day without sessions is closed 休息. */
export function OpeningHours({ hours }: { hours: OpeningDay[] }) {
  const t = useT(messages);
  return (
    <table className="yz-hours">
      <caption className="yz-visually-hidden">{t('hall.hours')}</caption>
      <tbody>
        {[1, 2, 3, 4, 5, 6, 7].map((wd) => {
          const sessions = hours.find((d) => d.weekday === wd)?.sessions ?? [];
          return (
            <tr key={wd} className={sessions.length ? undefined : 'yz-closed'}>
              <th scope="row">{t(WEEKDAY_KEYS[wd])}</th>
              <td>
                {sessions.length
                  ? sessions.map((s) => (
                      <span key={s.start} className="yz-session">
                        {s.start}–{s.end}
                      </span>
                    ))
                  : t('hall.closed')}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function EventTiles({
  hallId,
  events,
  headingKey,
  kind,
}: {
  hallId: string;
  events: PublicEvent[];
  headingKey: string;
  kind: PublicEvent['kind'];
}) {
  const t = useT(messages);
  const list = events.filter((e) => e.kind === kind && e.itemCount > 0);
  const headingId = `events-${kind}`;
  return (
    <section aria-labelledby={headingId} className="yz-subsection">
      <h3 id={headingId}>{t(headingKey)}</h3>
      {list.length === 0 ? (
        <p className="yz-muted">{t('hall.noEvents')}</p>
      ) : (
        <ul className="yz-tiles yz-tiles-small">
          {list.map((e) => (
            <li key={e.code}>
              <Link to={`/halls/${hallId}/events/${e.code}`} className="yz-tile">
                <span className="yz-tile-name">{e.name}</span>
                <span className="yz-tile-meta">{t('count.items', { n: e.itemCount })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** `/halls/:hallId`: hall info, search, browse by department and by life/enterprise event. */
export function HallHome() {
  const { hallId = '' } = useParams();
  const t = useT(messages);
  useSetCurrentHall(hallId);
  const base = `/api/v1/public/halls/${encodeURIComponent(hallId)}`;
  const hall = usePublicGet<PublicHall>(base);
  const departments = usePublicGet<PublicDepartment[]>(`${base}/departments`);
  const events = usePublicGet<PublicEvent[]>(`${base}/events`);
  useDocumentTitle(hall.data?.name);

  if (hall.error) return <ErrorState problem={hall.error} onRetry={hall.retry} />;
  if (!hall.data) return <Loading />;
  const h = hall.data;

  return (
    <>
      <div className="yz-hero">
        <h1 className="yz-page-title">
          {h.name} <Tag className="yz-level-tag">{t(LEVEL_KEYS[h.level])}</Tag>
        </h1>
        <HallSearch hallId={hallId} size="large" id="hall-search" />
        <p className="yz-hint">{t('search.hint')}</p>
      </div>

      <QueueCard hallId={hallId} />
      <CaseLinks hallId={hallId} />

      <div className="yz-home-grid">
        <div className="yz-home-main">
          <section aria-labelledby="browse-dept" className="yz-section">
            <h2 id="browse-dept">{t('hall.byDepartment')}</h2>
            {departments.error ? <ErrorState problem={departments.error} onRetry={departments.retry} /> : null}
            {departments.loading ? <Loading /> : null}
            {departments.data && departments.data.length === 0 ? <Empty description={t('hall.noDepartments')} /> : null}
            {departments.data && departments.data.length > 0 ? (
              <ul className="yz-tiles">
                {departments.data.map((d) => (
                  <li key={d.id}>
                    <Link to={`/halls/${hallId}/departments/${d.id}`} className="yz-tile">
                      <span className="yz-tile-name">{d.name}</span>
                      <span className="yz-tile-meta">
                        {t('count.items', { n: d.itemCount })}
                        {d.residency === 'appointment' ? (
                          <span className="yz-residency">{t('residency.appointment')}</span>
                        ) : null}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>

          <section aria-labelledby="browse-event" className="yz-section">
            <h2 id="browse-event">{t('hall.byEvent')}</h2>
            {events.error ? <ErrorState problem={events.error} onRetry={events.retry} /> : null}
            {events.loading ? <Loading /> : null}
            {events.data ? (
              <>
                <EventTiles hallId={hallId} events={events.data} headingKey="hall.life" kind="life" />
                <EventTiles hallId={hallId} events={events.data} headingKey="hall.enterprise" kind="enterprise" />
              </>
            ) : null}
          </section>
        </div>

        <aside aria-labelledby="hall-info" className="yz-hall-info">
          <h2 id="hall-info">{t('hall.info')}</h2>
          <dl className="yz-facts">
            <dt>{t('hall.address')}</dt>
            <dd>{h.address || t('none')}</dd>
            <dt>{t('hall.phone')}</dt>
            <dd>{h.phone ? <a href={`tel:${h.phone.replace(/[^\d+-]/g, '')}`}>{h.phone}</a> : t('none')}</dd>
          </dl>
          <h3>{t('hall.hours')}</h3>
          <OpeningHours hours={h.openingHours} />
        </aside>
      </div>
    </>
  );
}
