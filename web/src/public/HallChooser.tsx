import { Empty } from 'antd';
import { Link, Navigate } from 'react-router-dom';
import { useT } from '../shared/i18n';
import { LEVEL_KEYS } from './format';
import { readLastHall } from './hall-context';
import { defaultHall } from './hall-tree';
import { messages } from './messages';
import { ErrorState, Loading, useDocumentTitle } from './StatusViews';
import type { HallLevel, PublicHall } from './types';
import { usePublicGet } from './use-public-get';

const LEVELS: HallLevel[] = ['city', 'county', 'township', 'community'];

/** `/`: back to the visitor's last hall, else the first county (or city) hall; the chooser when there is none. */
export function RootRedirect() {
  const halls = usePublicGet<PublicHall[]>('/api/v1/public/halls');
  if (halls.error) return <ErrorState problem={halls.error} onRetry={halls.retry} />;
  if (!halls.data) return <Loading />;
  const last = readLastHall();
  const target = halls.data.find((h) => h.id === last) ?? defaultHall(halls.data);
  if (target) return <Navigate to={`/halls/${target.id}`} replace />;
  return <HallChooser />;
}

/** `/halls`: every hall as a plain link, grouped by level (an alternative to the header tree select). */
export function HallChooser() {
  const t = useT(messages);
  useDocumentTitle(t('chooser.title'));
  const halls = usePublicGet<PublicHall[]>('/api/v1/public/halls');
  if (halls.error) return <ErrorState problem={halls.error} onRetry={halls.retry} />;
  if (!halls.data) return <Loading />;
  const list = halls.data;
  return (
    <>
      <h1 className="yz-page-title">{t('chooser.title')}</h1>
      {list.length === 0 ? <Empty description={t('chooser.empty')} /> : null}
      {LEVELS.map((level) => {
        const ofLevel = list.filter((h) => h.level === level);
        if (ofLevel.length === 0) return null;
        const headingId = `chooser-${level}`;
        return (
          <section key={level} aria-labelledby={headingId} className="yz-section">
            <h2 id={headingId}>{t(LEVEL_KEYS[level])}</h2>
            <ul className="yz-tiles">
              {ofLevel.map((h) => (
                <li key={h.id}>
                  <Link to={`/halls/${h.id}`} className="yz-tile">
                    <span className="yz-tile-name">{h.name}</span>
                    {h.address ? <span className="yz-tile-meta">{h.address}</span> : null}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
