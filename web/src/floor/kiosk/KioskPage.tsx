import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { post } from '../../shared/api';
import { useLocale, useT } from '../../shared/i18n';
import { Clock } from '../Clock';
import { messages } from '../messages';
import type { FloorHall, PublicBusinessType, PublicTicket } from '../types';
import { problemOf, usePolled } from '../use-polled';
import { CheckInStep } from './CheckInStep';
import { useIdle } from './countdown';
import { type Identity, IdentityStep } from './IdentityStep';
import { ErrorView, TicketView } from './TicketView';

type Step =
  | { kind: 'home' }
  | { kind: 'identity'; type: PublicBusinessType }
  | { kind: 'checkin' }
  | { kind: 'busy' }
  | { kind: 'ticket'; ticket: PublicTicket }
  | { kind: 'error'; title: string; detail: string };

/** A step left untouched this long goes back to the start, so the next visitor never sees it. */
const IDLE_MS = 60_000;
const BUSY_MS = 30_000;

function TypeButton({ type, onChoose }: { type: PublicBusinessType; onChoose: () => void }) {
  const t = useT(messages);
  return (
    <li>
      <button type="button" className="yz-fl-type" disabled={!type.canTakeNow} onClick={onChoose}>
        <span className="yz-fl-type-prefix" aria-hidden>
          {type.prefix}
        </span>
        <span className="yz-fl-type-body">
          <span className="yz-fl-type-name">{type.name}</span>
          {type.description ? <span className="yz-fl-type-desc">{type.description}</span> : null}
          {type.canTakeNow ? (
            <span className="yz-fl-type-meta">
              {t('kiosk.waiting', { n: type.waitingCount })}
              {type.waitingCount > 0 ? ` · ${t('kiosk.estimate', { n: type.estimatedWaitMinutes })}` : ''}
            </span>
          ) : (
            <span className="yz-fl-type-reason">{type.reason || t('kiosk.unavailable')}</span>
          )}
        </span>
      </button>
    </li>
  );
}

/** `/floor/kiosk/:hallId`: the self-service ticket kiosk 自助取号机, full screen and touch-sized. */
export function KioskPage() {
  const { hallId = '' } = useParams();
  const t = useT(messages);
  const { locale, setLocale } = useLocale();
  const base = `/api/v1/public/halls/${encodeURIComponent(hallId)}`;
  const hall = usePolled<FloorHall>(base, 10 * 60_000);
  const types = usePolled<PublicBusinessType[]>(`${base}/business-types`, 15_000);
  const [step, setStep] = useState<Step>({ kind: 'home' });
  const hallName = hall.data?.name ?? '';
  const reloadTypes = types.reload;

  const goHome = useCallback(() => {
    setStep({ kind: 'home' });
    reloadTypes();
  }, [reloadTypes]);
  useIdle(step.kind === 'identity' || step.kind === 'checkin', IDLE_MS, goHome);
  // a request that never answers (network down) must not leave the kiosk stuck on "issuing"
  useIdle(step.kind === 'busy', BUSY_MS, goHome);

  useEffect(() => {
    document.title = `${t('kiosk.title')}${hallName ? ` - ${hallName}` : ''}`;
  }, [t, hallName]);

  const issue = async (url: string, body: unknown, errorTitle: string) => {
    setStep({ kind: 'busy' });
    try {
      const ticket = await post<PublicTicket>(url, body);
      setStep({ kind: 'ticket', ticket });
    } catch (err) {
      const p = problemOf(err);
      setStep({ kind: 'error', title: errorTitle, detail: p.status === 0 ? t('error.network') : p.detail || p.title });
    }
    reloadTypes();
  };
  const take = (type: PublicBusinessType, identity: Identity) =>
    issue(`${base}/tickets`, { businessTypeId: type.id, ...identity }, t('error.title'));
  const checkIn = (code: string) => issue(`${base}/check-in`, { code }, t('error.checkInTitle'));

  if (hall.error?.status === 404) {
    return (
      <div className="yz-fl-blank" role="alert">
        {t('notFound.hall')}
      </div>
    );
  }

  let body: ReactNode;
  switch (step.kind) {
    case 'identity':
      body = <IdentityStep type={step.type} onTake={(id) => take(step.type, id)} onBack={goHome} />;
      break;
    case 'checkin':
      body = <CheckInStep onCheckIn={checkIn} onBack={goHome} />;
      break;
    case 'busy':
      body = (
        <p className="yz-fl-busy" role="status">
          {t('issuing')}
        </p>
      );
      break;
    case 'ticket':
      body = <TicketView ticket={step.ticket} hallName={hallName} onDone={goHome} />;
      break;
    case 'error':
      body = <ErrorView title={step.title} detail={step.detail} onDone={goHome} />;
      break;
    default:
      body = (
        <section className="yz-fl-step yz-fl-home" aria-labelledby="kiosk-choose">
          <h1 id="kiosk-choose" className="yz-fl-step-title">
            {t('kiosk.choose')}
          </h1>
          {!types.data ? (
            <p className="yz-fl-busy" role="status">
              {types.error ? t('load.failed') : t('loading')}
            </p>
          ) : types.data.length === 0 ? (
            <p className="yz-fl-busy">{t('kiosk.noTypes')}</p>
          ) : (
            <ul className="yz-fl-types">
              {types.data.map((bt) => (
                <TypeButton key={bt.id} type={bt} onChoose={() => setStep({ kind: 'identity', type: bt })} />
              ))}
            </ul>
          )}
          <div className="yz-fl-checkin-bar">
            <span>{t('kiosk.checkInHint')}</span>
            <button type="button" className="yz-fl-btn yz-fl-btn-huge" onClick={() => setStep({ kind: 'checkin' })}>
              {t('kiosk.checkIn')}
            </button>
          </div>
        </section>
      );
  }

  return (
    <div className="yz-fl-kiosk" lang={locale === 'en' ? 'en' : 'zh-CN'}>
      <header className="yz-fl-kiosk-head">
        <div className="yz-fl-kiosk-hall">
          <span className="yz-fl-kiosk-name">{hallName}</span>
          <span className="yz-fl-kiosk-sub">{t('kiosk.title')}</span>
        </div>
        <Clock />
        <button type="button" className="yz-fl-lang" onClick={() => setLocale(locale === 'en' ? 'zh' : 'en')}>
          {t('lang.switch')}
        </button>
      </header>
      <main className="yz-fl-kiosk-main">{body}</main>
    </div>
  );
}
