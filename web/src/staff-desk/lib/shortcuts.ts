import { useEffect, useRef } from 'react';

/** A keyboard shortcut of the workbench: `keys` are KeyboardEvent keys ('F1', 'Space'…). */
export interface Shortcut {
  keys: readonly string[];
  run: () => void;
  /** false while the action makes no sense (e.g. no current ticket) */
  enabled: boolean;
}

const TEXT_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);
const CONTROL_ROLES = new Set(['button', 'checkbox', 'switch', 'radio', 'tab', 'menuitem', 'option', 'link']);

/** True when keys typed at `target` are text for it (inputs, text areas, selects, editable content). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('[contenteditable]:not([contenteditable="false"])')) return true;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  const role = target.getAttribute('role');
  return role !== null && TEXT_ROLES.has(role);
}

/** True when Space at `target` activates that control (a focused button keeps its own Space). */
function isControlTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  if (tag === 'BUTTON' || tag === 'SUMMARY' || (tag === 'A' && target.hasAttribute('href'))) return true;
  const role = target.getAttribute('role');
  return role !== null && CONTROL_ROLES.has(role);
}

/** The key name a shortcut table uses for this event. */
export function keyName(e: Pick<KeyboardEvent, 'key' | 'code'>): string {
  return e.key === ' ' || e.code === 'Space' ? 'Space' : e.key;
}

/** The shortcut this key press should run, or null (typing, modifiers, key repeat, disabled). */
export function matchShortcut(e: KeyboardEvent, shortcuts: readonly Shortcut[]): Shortcut | null {
  if (e.ctrlKey || e.altKey || e.metaKey || e.repeat || e.isComposing) return null;
  if (isTypingTarget(e.target)) return null;
  const key = keyName(e);
  if (key === 'Space' && isControlTarget(e.target)) return null;
  return shortcuts.find((s) => s.keys.includes(key)) ?? null;
}

/**
 * Listen for the shortcuts on the whole document while `active` (false while a dialog is open or a call
 * is in flight, so one key press never fires twice). A matched key's browser default (F1 help, Space
 * scrolling) is suppressed even when the action is disabled.
 */
export function useShortcuts(shortcuts: readonly Shortcut[], active: boolean) {
  const ref = useRef(shortcuts);
  useEffect(() => {
    ref.current = shortcuts;
  });
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      const s = matchShortcut(e, ref.current);
      if (!s) return;
      e.preventDefault();
      if (s.enabled) s.run();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active]);
}
