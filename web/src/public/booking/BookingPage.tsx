import { Steps } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { post } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { Crumbs } from '../Crumbs';
import { useSetCurrentHall } from '../hall-context';
import { messages } from '../messages';
import { ErrorState, Loading, useDocumentTitle } from '../StatusViews';
import type { PublicHall } from '../types';
import { problemOf, usePublicGet } from '../use-public-get';
import { BookingDone } from './BookingDone';
import { ConfirmStep } from './ConfirmStep';
import { bookingMessages } from './messages';
import { PersonStep } from './PersonStep';
import { type ChosenSlot, TimeStep } from './TimeStep';
import { TypeStep } from './TypeStep';
import type { BookingForm, BookingType, PublicAppointment, SlotDays } from './types';
import { useFreshGet } from './use-fresh-get';
import './booking.css';

const EMPTY_FORM: BookingForm = { name: '', idNumber: '', phone: '' };

/** Server field paths → form fields, to show a 400 next to the right input. */
function fieldOf(path: string | undefined): keyof BookingForm | null {
  if (path === 'name' || path === 'idNumber' || path === 'phone') return path;
  return null;
}

/** `/halls/:hallId/booking`: book a slot 网上预约 — type → day and slot → real-name details → confirm → code. */
export function BookingPage() {
  const { hallId = '' } = useParams();
  const [params] = useSearchParams();
  const t = useT(messages);
  const tb = useT(bookingMessages);
  useSetCurrentHall(hallId);
  useDocumentTitle(tb('book.title'));
  const base = `/api/v1/public/halls/${encodeURIComponent(hallId)}`;
  const hall = usePublicGet<PublicHall>(base);
  const types = useFreshGet<BookingType[]>(`${base}/business-types`);

  const [step, setStep] = useState(0);
  const [type, setType] = useState<BookingType | null>(null);
  const [day, setDay] = useState<string | null>(null);
  const [slot, setSlot] = useState<ChosenSlot | null>(null);
  const [person, setPerson] = useState<BookingForm>(EMPTY_FORM);
  const [busy, setBusy] = useState(false);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [slotNotice, setSlotNotice] = useState<string | null>(null);
  const [personError, setPersonError] = useState<{ field: keyof BookingForm | null; message: string } | null>(null);
  const [done, setDone] = useState<PublicAppointment | null>(null);
  const slots = useFreshGet<SlotDays>(
    type ? `${base}/appointment-slots?businessTypeId=${encodeURIComponent(type.id)}` : null,
  );
  const stepsRef = useRef<HTMLDivElement>(null);

  // `?type=` (from the hall home card) preselects a bookable type
  const wanted = params.get('type');
  useEffect(() => {
    if (!wanted || type || !types.data) return;
    const found = types.data.find((x) => x.id === wanted && x.bookable);
    if (found) {
      setType(found);
      setStep(1);
    }
  }, [wanted, type, types.data]);

  // a step change moves focus to the new step's heading (keyboard and screen-reader users); not on arrival
  const arrived = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => {
    if (!arrived.current) {
      arrived.current = true;
      return;
    }
    stepsRef.current?.parentElement?.querySelector<HTMLElement>('.yz-bk-panel h2')?.focus();
  }, [step]);

  const chooseType = (x: BookingType) => {
    if (x.id !== type?.id) {
      setDay(null);
      setSlot(null);
    }
    setType(x);
    setSlotNotice(null);
    setStep(1);
  };

  const submit = async () => {
    if (!type || !slot) return;
    setBusy(true);
    setConfirmError(null);
    try {
      const booking = await post<PublicAppointment>(`${base}/appointments`, {
        businessTypeId: type.id,
        date: slot.date,
        slotStart: slot.start,
        ...person,
      });
      setDone(booking);
    } catch (err) {
      const p = problemOf(err);
      if (p.code === 'SLOT_FULL' || p.code === 'BOOKING_CLOSED' || p.status === 404) {
        setSlot(null);
        setSlotNotice(p.detail || tb('error.slotGone'));
        slots.reload();
        setStep(1);
      } else if (p.code === 'VALIDATION_FAILED') {
        const first = p.errors?.[0];
        setPersonError({ field: fieldOf(first?.path), message: first?.message ?? p.detail });
        setStep(2);
      } else {
        setConfirmError(p.detail || p.title);
      }
    } finally {
      setBusy(false);
    }
  };

  const again = () => {
    setDone(null);
    setType(null);
    setSlot(null);
    setDay(null);
    setPerson(EMPTY_FORM);
    setStep(0);
    types.reload();
  };

  if (hall.error) return <ErrorState problem={hall.error} onRetry={hall.retry} />;
  const hallName = hall.data?.name ?? '';

  let body: ReactNode;
  if (done) body = <BookingDone booking={done} onAgain={again} />;
  else if (types.error) body = <ErrorState problem={types.error} onRetry={types.reload} />;
  else if (!types.data) body = <Loading />;
  else if (step === 0 || !type)
    body = <TypeStep types={types.data} chosenId={type?.id ?? null} onChoose={chooseType} />;
  else if (step === 1 || !slot)
    body = (
      <TimeStep
        slots={slots.data}
        error={slots.error}
        onRetry={slots.reload}
        day={day}
        onDay={(d) => setDay(d)}
        chosen={slot}
        onChoose={(s) => {
          setSlot(s);
          setDay(s.date);
          setSlotNotice(null);
        }}
        notice={slotNotice}
        onBack={() => setStep(0)}
        onNext={() => setStep(2)}
      />
    );
  else if (step === 2)
    body = (
      <PersonStep
        initial={person}
        serverError={personError}
        onBack={(v) => {
          setPerson(v);
          setStep(1);
        }}
        onNext={(v) => {
          setPerson(v);
          setPersonError(null);
          setConfirmError(null);
          setStep(3);
        }}
      />
    );
  else
    body = (
      <ConfirmStep
        hallName={hallName}
        type={type}
        slot={slot}
        person={person}
        busy={busy}
        error={confirmError}
        onBack={() => setStep(2)}
        onSubmit={submit}
      />
    );

  return (
    <div className="yz-bk">
      <Crumbs items={[{ label: hallName || t('loading'), to: `/halls/${hallId}` }, { label: tb('book.title') }]} />
      <div className="yz-bk-titlebar">
        <h1 className="yz-page-title">{tb('book.title')}</h1>
        <Link to={`/halls/${hallId}/booking/mine`}>{tb('card.mine')}</Link>
      </div>
      <div ref={stepsRef}>
        <Steps
          className="yz-bk-steps"
          aria-label={tb('book.steps')}
          current={done ? 3 : step}
          status={done ? 'finish' : 'process'}
          size="small"
          items={[
            { title: tb('step.type'), description: type?.name },
            { title: tb('step.time'), description: slot ? `${slot.date.slice(5)} ${slot.start}` : undefined },
            { title: tb('step.person') },
            { title: tb('step.confirm') },
          ]}
        />
      </div>
      {body}
    </div>
  );
}
