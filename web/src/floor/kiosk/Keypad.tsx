import { type MouseEvent, useEffect, useRef } from 'react';
import { useT } from '../../shared/i18n';
import { messages } from '../messages';

/** Keeps the focus in the text field, so a physical keyboard keeps working next to the touch keys. */
const keepFocus = (e: MouseEvent) => e.preventDefault();

/** On-screen numeric keypad 数字键盘 for touch kiosks; `extra` adds a key such as "X" for ID numbers. */
export function Keypad({
  onKey,
  onDelete,
  onClear,
  extra,
}: {
  onKey: (k: string) => void;
  onDelete: () => void;
  onClear: () => void;
  extra?: string;
}) {
  const t = useT(messages);
  const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
  return (
    <fieldset className="yz-fl-keypad" aria-label={t('keypad.label')}>
      {digits.map((d) => (
        <button key={d} type="button" className="yz-fl-key" onMouseDown={keepFocus} onClick={() => onKey(d)}>
          {d}
        </button>
      ))}
      {extra ? (
        <button type="button" className="yz-fl-key" onMouseDown={keepFocus} onClick={() => onKey(extra)}>
          {extra}
        </button>
      ) : (
        <button type="button" className="yz-fl-key yz-fl-key-word" onMouseDown={keepFocus} onClick={onClear}>
          {t('keypad.clear')}
        </button>
      )}
      <button type="button" className="yz-fl-key" onMouseDown={keepFocus} onClick={() => onKey('0')}>
        0
      </button>
      <button
        type="button"
        className="yz-fl-key yz-fl-key-word"
        onMouseDown={keepFocus}
        onClick={onDelete}
        aria-label={t('keypad.delete')}
      >
        ⌫
      </button>
      {extra ? (
        <button
          type="button"
          className="yz-fl-key yz-fl-key-word yz-fl-key-wide"
          onMouseDown={keepFocus}
          onClick={onClear}
        >
          {t('keypad.clear')}
        </button>
      ) : null}
    </fieldset>
  );
}

/** Booking-code characters (the server's alphabet has no 0/O or 1/I/L look-alikes). */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** On-screen keypad for booking codes 预约码: the code alphabet, eight keys a row. */
export function CodeKeypad({
  onKey,
  onDelete,
  onClear,
}: {
  onKey: (k: string) => void;
  onDelete: () => void;
  onClear: () => void;
}) {
  const t = useT(messages);
  return (
    <fieldset className="yz-fl-keypad yz-fl-keypad-code" aria-label={t('keypad.label')}>
      {CODE_ALPHABET.split('').map((k) => (
        <button key={k} type="button" className="yz-fl-key" onMouseDown={keepFocus} onClick={() => onKey(k)}>
          {k}
        </button>
      ))}
      <button
        type="button"
        className="yz-fl-key yz-fl-key-word"
        onMouseDown={keepFocus}
        onClick={onDelete}
        aria-label={t('keypad.delete')}
      >
        ⌫
      </button>
      <button
        type="button"
        className="yz-fl-key yz-fl-key-word yz-fl-key-wide"
        onMouseDown={keepFocus}
        onClick={onClear}
      >
        {t('keypad.clear')}
      </button>
    </fieldset>
  );
}

/** A touch-sized text field plus keypad: the value is filtered by `accept` and cut at `max`. */
export function KeypadField({
  id,
  label,
  value,
  onChange,
  accept,
  max,
  extra,
  error,
  keypad = 'numeric',
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  accept: (v: string) => string;
  max: number;
  extra?: string;
  error?: string | null;
  keypad?: 'numeric' | 'code';
}) {
  const set = (v: string) => onChange(accept(v).slice(0, max));
  const input = useRef<HTMLInputElement>(null);
  // after a refused value, the keyboard goes back to the field (the submit button had the focus)
  useEffect(() => {
    if (error) input.current?.focus();
  }, [error]);
  return (
    <div className="yz-fl-field">
      <label htmlFor={id} className="yz-fl-field-label">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        className="yz-fl-input"
        // touch screens use the keypad below; a physical keyboard types straight into the field
        inputMode="none"
        autoComplete="off"
        spellCheck={false}
        // biome-ignore lint/a11y/noAutofocus: a kiosk step has one field; focus it so a keyboard works at once
        autoFocus
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => set(e.target.value)}
      />
      <p id={`${id}-error`} className="yz-fl-field-error" role="alert">
        {error ?? ''}
      </p>
      {keypad === 'code' ? (
        <CodeKeypad
          onKey={(k) => set(value + k)}
          onDelete={() => onChange(value.slice(0, -1))}
          onClear={() => onChange('')}
        />
      ) : (
        <Keypad
          extra={extra}
          onKey={(k) => set(value + k)}
          onDelete={() => onChange(value.slice(0, -1))}
          onClear={() => onChange('')}
        />
      )}
    </div>
  );
}
