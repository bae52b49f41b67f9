import { UserOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useT } from '../../shared/i18n';
import { Clock } from '../Clock';
import { ConnectionBadge } from '../ConnectionBadge';
import { useHallStream } from '../hall-stream';
import { messages } from '../messages';
import type { HallEvent, ScreenStaff, WindowScreen, WindowStatus } from '../types';
import { usePolled } from '../use-polled';

/** Staff can change without a queue event (a new assignment): refetch the screen now and then. */
const REFRESH_MS = 5 * 60_000;

function StaffBadge({ staff }: { staff: ScreenStaff }) {
  const t = useT(messages);
  return (
    <figure className="yz-fl-badge">
      {staff.photo ? (
        <img className="yz-fl-badge-photo" src={staff.photo} alt={t('screen.photo', { name: staff.name })} />
      ) : (
        <span className="yz-fl-badge-photo yz-fl-badge-nophoto" aria-hidden>
          <UserOutlined />
        </span>
      )}
      <figcaption>
        <span className="yz-fl-badge-name">{staff.name}</span>
        {staff.post || staff.title ? (
          <span className="yz-fl-badge-post">{[staff.post, staff.title].filter(Boolean).join(' · ')}</span>
        ) : null}
        {staff.duties ? (
          <span className="yz-fl-badge-duties">
            {t('screen.duties')}：{staff.duties}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}

/**
 * `/floor/window/:windowId`: the small screen above a window 窗口屏 (about 800×480): window number and
 * name, the current number, the staff badge and the window status; live from the hall's event stream.
 */
export function WindowScreenPage() {
  const { windowId = '' } = useParams();
  const t = useT(messages);
  const screen = usePolled<WindowScreen>(`/api/v1/public/windows/${encodeURIComponent(windowId)}/screen`, REFRESH_MS);
  const [live, setLive] = useState<{ status: WindowStatus; currentTicket: string | null } | null>(null);
  const [flash, setFlash] = useState(0);
  const reload = screen.reload;
  const data = screen.data;

  // a fresh screen answer is the truth again until the next event
  useEffect(() => {
    if (data) setLive({ status: data.window.status, currentTicket: data.currentTicket });
  }, [data]);

  const onEvent = useCallback(
    (ev: HallEvent) => {
      if (ev.type === 'snapshot') {
        const w = ev.data.windows.find((x) => x.id === windowId);
        if (w) setLive({ status: w.status, currentTicket: w.currentTicket });
        reload(); // reconnected: staff may have changed meanwhile
      } else if (ev.type === 'window' && ev.data.windowId === windowId) {
        setLive({ status: ev.data.status, currentTicket: ev.data.currentTicket });
        reload(); // sign-in, pause, resume: the badge may change too
      } else if (ev.type === 'call' && ev.data.windowId === windowId) {
        setLive((l) => ({ status: l?.status ?? 'open', currentTicket: ev.data.ticketNumber }));
        setFlash((n) => n + 1);
      }
    },
    [windowId, reload],
  );
  const status = useHallStream(data?.hallId, onEvent);

  const windowNumber = data?.window.number;
  useEffect(() => {
    document.title = windowNumber ? t('display.windowN', { n: windowNumber }) : t('screen.current');
  }, [t, windowNumber]);

  if (screen.error?.status === 404) {
    return (
      <div className="yz-fl-blank yz-fl-dark" role="alert">
        {t('notFound.window')}
      </div>
    );
  }
  if (!data) {
    return (
      <div className="yz-fl-blank yz-fl-dark" role="status">
        {screen.error ? t('load.failed') : t('loading')}
      </div>
    );
  }

  const winStatus = live?.status ?? data.window.status;
  const current = live ? live.currentTicket : data.currentTicket;
  return (
    <div className={`yz-fl-screen yz-fl-screen-${winStatus}`}>
      <header className="yz-fl-screen-head">
        <span className="yz-fl-screen-no">{t('display.windowN', { n: data.window.number })}</span>
        <span className="yz-fl-screen-name">{data.window.name}</span>
        <Clock showDate={false} />
      </header>
      <div className="yz-fl-screen-body">
        <section className="yz-fl-screen-current" aria-label={t('screen.current')}>
          <span className="yz-fl-screen-label">{t('screen.current')}</span>
          {current ? (
            <span key={flash} className={`yz-fl-screen-number${flash > 0 ? ' yz-fl-flash' : ''}`}>
              {current}
            </span>
          ) : (
            <span className="yz-fl-screen-number yz-fl-screen-empty">{t('screen.none')}</span>
          )}
        </section>
        <section className="yz-fl-screen-staff" aria-label={t('screen.staff')}>
          {data.staff.length === 0 ? (
            <p className="yz-fl-screen-nostaff">{t('screen.noStaff')}</p>
          ) : (
            data.staff.slice(0, 2).map((s) => <StaffBadge key={`${s.name}-${s.post}`} staff={s} />)
          )}
        </section>
      </div>
      {winStatus !== 'open' ? (
        <div className="yz-fl-screen-banner" role="status">
          <strong>{t(winStatus === 'paused' ? 'screen.paused' : 'screen.closed')}</strong>
          {winStatus === 'paused' ? <span>{t('screen.pausedHint')}</span> : null}
        </div>
      ) : null}
      <footer className="yz-fl-screen-foot">
        <span>{data.hallName}</span>
        <ConnectionBadge status={status} />
      </footer>
    </div>
  );
}
