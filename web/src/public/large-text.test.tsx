// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../shared/i18n';
import { LARGE_TEXT_KEY, LargeTextProvider, LargeTextToggle } from './large-text';
import { installDomMocks } from './test-utils';

beforeAll(installDomMocks);
beforeEach(() => localStorage.clear());
afterEach(cleanup);

function renderToggle() {
  return render(
    <I18nProvider>
      <LargeTextProvider>
        <LargeTextToggle />
        <p>正文</p>
      </LargeTextProvider>
    </I18nProvider>,
  );
}

describe('large-text mode 适老化大字模式', () => {
  it('starts off, turns on with the toggle and is remembered after a reload', () => {
    const first = renderToggle();
    const button = screen.getByRole('button', { name: '大字模式' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByTestId('yz-public-root').classList.contains('yz-large')).toBe(false);

    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem(LARGE_TEXT_KEY)).toBe('1');
    expect(screen.getByTestId('yz-public-root').classList.contains('yz-large')).toBe(true);
    expect(document.body.classList.contains('yz-large')).toBe(true);

    first.unmount();
    expect(document.body.classList.contains('yz-large')).toBe(false);
    renderToggle();
    expect(screen.getByRole('button', { name: '大字模式' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('yz-public-root').classList.contains('yz-large')).toBe(true);
  });

  it('turns off again and remembers that too', () => {
    localStorage.setItem(LARGE_TEXT_KEY, '1');
    const first = renderToggle();
    fireEvent.click(screen.getByRole('button', { name: '大字模式' }));
    expect(localStorage.getItem(LARGE_TEXT_KEY)).toBe('0');
    first.unmount();
    renderToggle();
    expect(screen.getByRole('button', { name: '大字模式' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByTestId('yz-public-root').classList.contains('yz-large')).toBe(false);
  });
});
