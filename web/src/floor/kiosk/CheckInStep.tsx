import { type FormEvent, useState } from 'react';
import { useT } from '../../shared/i18n';
import { messages } from '../messages';
import { CODE_ALPHABET, KeypadField } from './Keypad';

/** Upper-case, only characters a booking code can contain (spaces and dashes dropped). */
const codeChars = (v: string) =>
  v
    .toUpperCase()
    .split('')
    .filter((c) => CODE_ALPHABET.includes(c))
    .join('');

/** Booking codes have 8 characters. */
const CODE_LENGTH = 8;

/** Appointment check-in 预约签到: the booking code from the public booking page. */
export function CheckInStep({ onCheckIn, onBack }: { onCheckIn: (code: string) => void; onBack: () => void }) {
  const t = useT(messages);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (code.length !== CODE_LENGTH) return setError(t('checkin.length'));
    onCheckIn(code);
  };
  return (
    <form className="yz-fl-step" onSubmit={submit} noValidate aria-labelledby="checkin-title">
      <h1 id="checkin-title" className="yz-fl-step-title">
        {t('checkin.title')}
      </h1>
      <p className="yz-fl-step-hint">{t('checkin.hint')}</p>
      <KeypadField
        id="kiosk-booking-code"
        label={t('checkin.codeLabel')}
        value={code}
        onChange={(v) => {
          setCode(v);
          setError(null);
        }}
        accept={codeChars}
        max={CODE_LENGTH}
        keypad="code"
        error={error}
      />
      <div className="yz-fl-actions">
        <button type="button" className="yz-fl-btn" onClick={onBack}>
          {t('back')}
        </button>
        <button type="submit" className="yz-fl-btn yz-fl-btn-primary">
          {t('checkin.submit')}
        </button>
      </div>
    </form>
  );
}
