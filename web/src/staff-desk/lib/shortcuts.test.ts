// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { isTypingTarget, matchShortcut, type Shortcut } from './shortcuts';

const call: Shortcut = { keys: ['F1', 'Space'], run: vi.fn(), enabled: true };
const finish: Shortcut = { keys: ['F3'], run: vi.fn(), enabled: true };
const table = [call, finish];

function press(key: string, target: HTMLElement, init: KeyboardEventInit = {}) {
  let matched: Shortcut | null = null;
  const handler = (e: KeyboardEvent) => {
    matched = matchShortcut(e, table);
  };
  document.addEventListener('keydown', handler);
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, code: key === ' ' ? 'Space' : key, bubbles: true, ...init }),
  );
  document.removeEventListener('keydown', handler);
  return matched;
}

function el(html: string): HTMLElement {
  const wrap = document.createElement('div');
  wrap.innerHTML = html;
  document.body.appendChild(wrap);
  return wrap.firstElementChild as HTMLElement;
}

describe('workbench shortcuts', () => {
  it('maps F1, Space and F3 to their actions on the page', () => {
    expect(press('F1', document.body)).toBe(call);
    expect(press(' ', document.body)).toBe(call);
    expect(press('F3', document.body)).toBe(finish);
    expect(press('F9', document.body)).toBeNull();
  });

  it.each([
    ['<input type="text">'],
    ['<input type="number">'],
    ['<textarea></textarea>'],
    ['<select><option>1</option></select>'],
    ['<div contenteditable="true"></div>'],
    ['<div role="combobox" tabindex="0"></div>'],
  ])('ignores every key typed in %s', (html) => {
    const target = el(html);
    expect(isTypingTarget(target)).toBe(true);
    expect(press('F1', target)).toBeNull();
    expect(press(' ', target)).toBeNull();
    expect(press('F3', target)).toBeNull();
  });

  it('leaves Space to a focused button or link, but F-keys still work there', () => {
    const button = el('<button>重呼</button>');
    expect(press(' ', button)).toBeNull();
    expect(press('F1', button)).toBe(call);
    const link = el('<a href="/x">x</a>');
    expect(press(' ', link)).toBeNull();
  });

  it('ignores key repeat and modifier combinations (Ctrl+F1, Alt+F3)', () => {
    expect(press('F1', document.body, { repeat: true })).toBeNull();
    expect(press('F1', document.body, { ctrlKey: true })).toBeNull();
    expect(press('F3', document.body, { altKey: true })).toBeNull();
    expect(press('F1', document.body, { metaKey: true })).toBeNull();
  });
});
