import { useCallback, useEffect, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { useLocale, useT } from '../../shared/i18n';
import { Clock } from '../Clock';
import { ConnectionBadge } from '../ConnectionBadge';
import { applyHallEvent, missedCalls } from '../display-state';
import { useHallStream } from '../hall-stream';
import { messages } from '../messages';
import { callAnnouncement } from '../speech-queue';
import type { DisplaySnapshot, DisplayWindow, HallEvent, RecentCall } from '../types';
import { usePolled } from '../use-polled';
import { useVoice } from './use-voice';
import { VoiceBadge, VoiceGate } from './VoiceGate';

const later = (a: string | null, b: string | undefined): string | null => {
  if (!b) return a;
  if (!a) return b;
  return Date.parse(b) > Date.parse(a) ? b : a;
};

/** "请 A001 号 到 3 号窗口办理", with the numbers as separate large parts. */
function CallLine({ call }: { call: RecentCall }) {
  const { locale } = useLocale();
  if (locale === 'en') {
    return (
      <>
        Number <b className="yz-fl-hl">{call.ticketNumber}</b> to window <b className="yz-fl-hl">{call.windowNumber}</b>
      </>
    );
  }
  return (
    <>
      请 <b className="yz-fl-hl">{call.ticketNumber}</b> 号 到 <b className="yz-fl-hl">{call.windowNumber}</b>{' '}
      号窗口办理
    </>
  );
}

function windowColumns(n: number): number {
  if (n <= 6) return 3;
  if (n <= 12) return 4;
  if (n <= 20) return 5;
  if (n <= 30) return 6;
  return 8;
}

function WindowCell({ w }: { w: DisplayWindow }) {
  const t = useT(messages);
  return (
    <li className={`yz-fl-win yz-fl-win-${w.status}`}>
      <span className="yz-fl-win-no">{t('display.windowN', { n: w.number })}</span>
      <span className="yz-fl-win-ticket">
        {w.status === 'open'
          ? (w.currentTicket ?? (
              <span className="yz-fl-win-idle" title={t('display.idle')}>
                —
              </span>
            ))
          : null}
        {w.status !== 'open' ? <span className="yz-fl-win-status">{t(`status.${w.status}`)}</span> : null}
      </span>
    </li>
  );
}

/**
 * `/floor/display/:hallId`: the hall's big screen 叫号大屏 (1920×1080, dark). Live from the event stream,
 * spoken in Mandarin. Shows ticket and window numbers only — never a name or an ID number.
 */
export function DisplayPage() {
  const { hallId = '' } = useParams();
  const [params] = useSearchParams();
  const t = useT(messages);
  const [snap, setSnap] = useState<DisplaySnapshot | null>(null);
  const [flash, setFlash] = useState({ key: 0, recall: false });
  const voice = useVoice(params.get('voice') === 'off');
  const lastSeen = useRef<string | null>(null);
  const { announce } = voice;

  // only to tell "no such hall" apart from "not connected yet"; the stream's snapshot is the data
  const initial = usePolled<DisplaySnapshot>(`/api/v1/public/halls/${encodeURIComponent(hallId)}/queue/display`, null);
  useEffect(() => {
    if (initial.data) setSnap((s) => s ?? initial.data ?? null);
  }, [initial.data]);

  const onEvent = useCallback(
    (ev: HallEvent) => {
      if (ev.type === 'snapshot') {
        // a reconnect: say what was called while we were away, if it is still fresh
        for (const c of missedCalls(lastSeen.current, ev.data, new Date())) {
          announce(callAnnouncement(c.ticketNumber, c.windowNumber));
        }
        lastSeen.current = later(lastSeen.current ?? new Date().toISOString(), ev.data.recentCalls[0]?.at);
      } else if (ev.type === 'call') {
        announce(callAnnouncement(ev.data.ticketNumber, ev.data.windowNumber));
        lastSeen.current = later(lastSeen.current, ev.data.at);
        setFlash((f) => ({ key: f.key + 1, recall: ev.data.recall }));
      }
      setSnap((s) => applyHallEvent(s, ev));
    },
    [announce],
  );
  const status = useHallStream(hallId, onEvent);

  const hallName = snap?.hallName ?? '';
  useEffect(() => {
    document.title = `${t('display.nowCalling')}${hallName ? ` - ${hallName}` : ''}`;
  }, [t, hallName]);

  if (initial.error?.status === 404) {
    return (
      <div className="yz-fl-blank yz-fl-dark" role="alert">
        {t('notFound.hall')}
      </div>
    );
  }

  const current = snap?.recentCalls[0];
  const windows = snap?.windows ?? [];
  return (
    <div className="yz-fl-display">
      <header className="yz-fl-display-head">
        <h1 className="yz-fl-display-hall">{hallName}</h1>
        <div className="yz-fl-display-tools">
          <VoiceBadge state={voice.state} onEnable={voice.enable} />
          <ConnectionBadge status={status} />
          <Clock />
        </div>
      </header>

      <section className="yz-fl-now" aria-label={t('display.nowCalling')} aria-live="assertive">
        {current ? (
          <p key={flash.key} className={`yz-fl-now-line${flash.key > 0 ? ' yz-fl-flash' : ''}`}>
            {flash.recall && flash.key > 0 ? <span className="yz-fl-recall">{t('display.recall')}</span> : null}
            <CallLine call={current} />
          </p>
        ) : (
          <p className="yz-fl-now-line yz-fl-now-empty">{snap ? t('display.noCall') : t('conn.connecting')}</p>
        )}
      </section>

      <div className="yz-fl-display-body">
        <section className="yz-fl-recent" aria-labelledby="recent-title">
          <h2 id="recent-title">{t('display.recent')}</h2>
          <ol>
            {(snap?.recentCalls ?? []).map((c, i) => (
              <li key={`${c.ticketNumber}-${c.at}`} className={i === 0 ? 'yz-fl-recent-first' : undefined}>
                <span className="yz-fl-recent-ticket">{c.ticketNumber}</span>
                <span className="yz-fl-recent-arrow" aria-hidden>
                  →
                </span>
                <span className="yz-fl-recent-window">{t('display.windowN', { n: c.windowNumber })}</span>
              </li>
            ))}
          </ol>
        </section>
        <section className="yz-fl-windows" aria-labelledby="windows-title">
          <h2 id="windows-title">{t('display.windows')}</h2>
          <ul
            className={windowColumns(windows.length) >= 7 ? 'yz-fl-windows-dense' : undefined}
            style={{ gridTemplateColumns: `repeat(${windowColumns(windows.length)}, minmax(0, 1fr))` }}
          >
            {windows.map((w) => (
              <WindowCell key={w.id} w={w} />
            ))}
          </ul>
        </section>
      </div>

      <section className="yz-fl-waiting" aria-labelledby="waiting-title">
        <h2 id="waiting-title">{t('display.waiting')}</h2>
        <ul>
          {(snap?.waiting ?? []).map((w) => (
            <li key={w.businessTypeId}>
              <span className="yz-fl-waiting-prefix">{w.prefix}</span>
              <span className="yz-fl-waiting-name">{w.name}</span>
              <span className="yz-fl-waiting-count">{t('display.people', { n: w.waitingCount })}</span>
            </li>
          ))}
          {snap && snap.waiting.length === 0 ? <li>{t('display.noTypes')}</li> : null}
        </ul>
      </section>

      {voice.state === 'ask' ? <VoiceGate onEnable={voice.enable} onSkip={voice.skip} /> : null}
    </div>
  );
}
