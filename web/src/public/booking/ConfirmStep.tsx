import { Alert, Button } from 'antd';
import { useT } from '../../shared/i18n';
import { messages } from '../messages';
import { dayLabel } from './dates';
import { bookingMessages } from './messages';
import type { ChosenSlot } from './TimeStep';
import type { BookingForm, BookingType } from './types';

/** Step 4: everything once more, the rules, then the booking. */
export function ConfirmStep({
  hallName,
  type,
  slot,
  person,
  busy,
  error,
  onBack,
  onSubmit,
}: {
  hallName: string;
  type: BookingType;
  slot: ChosenSlot;
  person: BookingForm;
  busy: boolean;
  error: string | null;
  onBack: () => void;
  onSubmit: () => void;
}) {
  const t = useT(messages);
  const tb = useT(bookingMessages);
  const day = dayLabel(slot.date, t, tb);
  const rows: [string, string][] = [
    [tb('confirm.hall'), hallName],
    [tb('confirm.type'), type.name],
    [tb('confirm.time'), `${slot.date}（${day.weekday}）${slot.start}–${slot.end}`],
    [tb('person.name'), person.name],
    [tb('person.idNumber'), person.idNumber],
    [tb('person.phone'), person.phone],
  ];
  return (
    <section aria-labelledby="bk-confirm-heading" className="yz-bk-panel">
      <h2 id="bk-confirm-heading" tabIndex={-1}>
        {tb('confirm.heading')}
      </h2>
      <dl className="yz-bk-summary">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p className="yz-bk-rules">{tb('confirm.rules')}</p>
      {error ? <Alert type="error" showIcon title={error} className="yz-bk-alert" role="alert" /> : null}
      <div className="yz-bk-actions">
        <Button onClick={onBack} disabled={busy}>
          {tb('prev')}
        </Button>
        <Button type="primary" loading={busy} onClick={onSubmit}>
          {tb('confirm.submit')}
        </Button>
      </div>
    </section>
  );
}
