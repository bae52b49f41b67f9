import { Alert, Button, Form, Input, Modal } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { get, post } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { Crumbs } from '../Crumbs';
import { useSetCurrentHall } from '../hall-context';
import { messages } from '../messages';
import { useDocumentTitle } from '../StatusViews';
import type { PublicHall } from '../types';
import { problemOf, usePublicGet } from '../use-public-get';
import { dayLabel } from './dates';
import { bookingMessages } from './messages';
import type { PublicAppointment } from './types';
import { normaliseCode } from './validation';
import './booking.css';

interface LookupForm {
  code: string;
  idLast4: string;
}

function BookingCard({ booking, onCancel }: { booking: PublicAppointment; onCancel: () => void }) {
  const t = useT(messages);
  const tb = useT(bookingMessages);
  const day = dayLabel(booking.date, t, tb);
  const rows: [string, string][] = [
    [tb('mine.code'), booking.code],
    [tb('confirm.hall'), booking.hallName],
    [tb('confirm.type'), booking.businessTypeName],
    [tb('confirm.time'), `${booking.date}（${day.weekday}）${booking.slotStart}–${booking.slotEnd}`],
    [tb('mine.person'), booking.nameMasked],
    [tb('mine.idNumber'), booking.idNumberMasked],
    [tb('mine.phone'), booking.phoneMasked],
  ];
  return (
    <section aria-labelledby="bk-mine-result" className="yz-bk-panel">
      <h2 id="bk-mine-result" tabIndex={-1}>
        {tb('mine.status')}：
        <span className={`yz-bk-status yz-bk-status-${booking.status}`}>{tb(`status.${booking.status}`)}</span>
      </h2>
      <dl className="yz-bk-summary">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {booking.status === 'booked' ? <p className="yz-bk-checkin">{tb('done.checkIn')}</p> : null}
      {booking.status === 'booked' && !booking.canCancel ? <p className="yz-muted">{tb('mine.cannotCancel')}</p> : null}
      {booking.canCancel ? (
        <div className="yz-bk-actions">
          <Button danger onClick={onCancel}>
            {tb('mine.cancel')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

/** `/halls/:hallId/booking/mine`: look a booking up by code + last 4 of the ID number; cancel it. */
export function MyBookingPage() {
  const { hallId = '' } = useParams();
  const [params] = useSearchParams();
  const t = useT(messages);
  const tb = useT(bookingMessages);
  useSetCurrentHall(hallId);
  useDocumentTitle(tb('mine.title'));
  const hall = usePublicGet<PublicHall>(`/api/v1/public/halls/${encodeURIComponent(hallId)}`);
  const [form] = Form.useForm<LookupForm>();
  const [booking, setBooking] = useState<PublicAppointment | null>(null);
  const [last4, setLast4] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const result = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (booking) result.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [booking]);

  const lookup = async (v: LookupForm) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    setBooking(null);
    const code = normaliseCode(v.code);
    const idLast4 = v.idLast4.trim().toUpperCase();
    try {
      setBooking(
        await get<PublicAppointment>(
          `/api/v1/public/appointments/${encodeURIComponent(code)}?idLast4=${encodeURIComponent(idLast4)}`,
        ),
      );
      setLast4(idLast4);
    } catch (err) {
      setError(problemOf(err).detail);
    } finally {
      setBusy(false);
    }
  };

  const cancel = async () => {
    if (!booking) return;
    setBusy(true);
    try {
      const updated = await post<PublicAppointment>(
        `/api/v1/public/appointments/${encodeURIComponent(booking.code)}/cancel`,
        { idLast4: last4 },
      );
      setBooking(updated);
      setNotice(tb('mine.cancelled'));
    } catch (err) {
      setError(problemOf(err).detail);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <div className="yz-bk">
      <Crumbs
        items={[
          { label: hall.data?.name ?? t('loading'), to: `/halls/${hallId}` },
          { label: tb('book.title'), to: `/halls/${hallId}/booking` },
          { label: tb('mine.title') },
        ]}
      />
      <div className="yz-bk-titlebar">
        <h1 className="yz-page-title">{tb('mine.title')}</h1>
        <Link to={`/halls/${hallId}/booking`}>{tb('link.book')}</Link>
      </div>
      <section className="yz-bk-panel" aria-labelledby="bk-mine-form">
        <h2 id="bk-mine-form" className="yz-visually-hidden">
          {tb('mine.search')}
        </h2>
        <p>{tb('mine.intro')}</p>
        <Form<LookupForm>
          form={form}
          layout="inline"
          className="yz-bk-lookup"
          initialValues={{ code: params.get('code') ?? '', idLast4: '' }}
          onFinish={lookup}
        >
          <Form.Item
            name="code"
            label={tb('mine.code')}
            rules={[
              {
                validator: async (_r, value: string | undefined) => {
                  if (normaliseCode(value ?? '').length !== 8) throw new Error(tb('mine.codeRequired'));
                },
              },
            ]}
          >
            <Input maxLength={12} autoComplete="off" spellCheck={false} className="yz-bk-code-input" />
          </Form.Item>
          <Form.Item
            name="idLast4"
            label={tb('mine.last4')}
            rules={[
              { required: true, message: tb('mine.last4Required') },
              { pattern: /^\d{3}[\dXx]$/, message: tb('mine.last4Required') },
            ]}
          >
            <Input maxLength={4} autoComplete="off" className="yz-bk-last4-input" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={busy && !booking}>
              {tb('mine.search')}
            </Button>
          </Form.Item>
        </Form>
      </section>
      {error ? <Alert type="error" showIcon title={error} className="yz-bk-alert" role="alert" /> : null}
      {notice ? <Alert type="success" showIcon title={notice} className="yz-bk-alert" role="status" /> : null}
      <div ref={result}>{booking ? <BookingCard booking={booking} onCancel={() => setConfirming(true)} /> : null}</div>
      <Modal
        open={confirming}
        title={tb('mine.cancelTitle')}
        okText={tb('mine.cancelYes')}
        cancelText={tb('mine.cancelNo')}
        okButtonProps={{ danger: true, loading: busy }}
        onOk={cancel}
        onCancel={() => setConfirming(false)}
      >
        {booking ? (
          <p>
            {booking.businessTypeName} · {booking.date} {booking.slotStart}–{booking.slotEnd}
          </p>
        ) : null}
        <p>{tb('mine.cancelBody')}</p>
      </Modal>
    </div>
  );
}
