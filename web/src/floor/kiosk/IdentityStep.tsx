import { type FormEvent, useState } from 'react';
import { idNumberProblem } from '../../../../src/domain/id-number';
import { useT } from '../../shared/i18n';
import { messages } from '../messages';
import type { PublicBusinessType } from '../types';
import { KeypadField } from './Keypad';

export interface Identity {
  idNumber?: string;
  phone?: string;
}

/** Mainland mobile number 手机号. */
export const MOBILE_RE = /^1[3-9]\d{9}$/;

const onlyIdChars = (v: string) => v.toUpperCase().replace(/[^0-9X]/g, '');
const onlyDigits = (v: string) => v.replace(/\D/g, '');

/** The optional step after choosing a type: take at once, or give an ID number or mobile number first. */
export function IdentityStep({
  type,
  onTake,
  onBack,
}: {
  type: PublicBusinessType;
  onTake: (identity: Identity) => void;
  onBack: () => void;
}) {
  const t = useT(messages);
  const [mode, setMode] = useState<'choose' | 'id' | 'phone'>('choose');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  const change = (v: string) => {
    setValue(v);
    setError(null);
  };
  const enter = (m: 'id' | 'phone') => {
    setMode(m);
    change('');
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'id') {
      const problem = idNumberProblem(value);
      if (problem) return setError(t(`id.${problem}`));
      return onTake({ idNumber: value });
    }
    if (!MOBILE_RE.test(value)) return setError(t('phone.invalid'));
    onTake({ phone: value });
  };

  const chosen = (
    <p className="yz-fl-chosen">
      <span className="yz-fl-prefix">{type.prefix}</span>
      {t('identity.chosen', { name: type.name })}
    </p>
  );

  if (mode === 'choose') {
    return (
      <section className="yz-fl-step" aria-labelledby="identity-title">
        {chosen}
        <h1 id="identity-title" className="yz-fl-step-title">
          {t('identity.title')}
        </h1>
        <p className="yz-fl-step-hint">{t('identity.hint')}</p>
        <div className="yz-fl-choices">
          <button type="button" className="yz-fl-btn yz-fl-btn-primary yz-fl-btn-huge" onClick={() => onTake({})}>
            {t('identity.skip')}
          </button>
          <button type="button" className="yz-fl-btn yz-fl-btn-huge" onClick={() => enter('id')}>
            {t('identity.id')}
          </button>
          <button type="button" className="yz-fl-btn yz-fl-btn-huge" onClick={() => enter('phone')}>
            {t('identity.phone')}
          </button>
        </div>
        <div className="yz-fl-actions">
          <button type="button" className="yz-fl-btn" onClick={onBack}>
            {t('back')}
          </button>
        </div>
      </section>
    );
  }

  const isId = mode === 'id';
  return (
    <form className="yz-fl-step" onSubmit={submit} noValidate>
      {chosen}
      <KeypadField
        id={isId ? 'kiosk-id-number' : 'kiosk-phone'}
        label={t(isId ? 'identity.idLabel' : 'identity.phoneLabel')}
        value={value}
        onChange={change}
        accept={isId ? onlyIdChars : onlyDigits}
        max={isId ? 18 : 11}
        extra={isId ? 'X' : undefined}
        error={error}
      />
      <div className="yz-fl-actions">
        <button type="button" className="yz-fl-btn" onClick={() => setMode('choose')}>
          {t('back')}
        </button>
        <button type="submit" className="yz-fl-btn yz-fl-btn-primary">
          {t('identity.take')}
        </button>
      </div>
    </form>
  );
}
