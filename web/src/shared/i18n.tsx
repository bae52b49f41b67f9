import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

export type Locale = 'zh' | 'en';
/** A message table: Chinese is the source text, English its translation. */
export type Messages = Record<string, { zh: string; en: string }>;

const LocaleContext = createContext<{ locale: Locale; setLocale: (l: Locale) => void }>({
  locale: 'zh',
  setLocale: () => undefined,
});

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => (localStorage.getItem('yz.locale') === 'en' ? 'en' : 'zh'));
  const setLocale = useCallback((l: Locale) => {
    localStorage.setItem('yz.locale', l);
    document.documentElement.lang = l === 'en' ? 'en' : 'zh-CN';
    setLocaleState(l);
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale() {
  return useContext(LocaleContext);
}

/**
 * `const t = useT(messages); t('key')` → the text in the current locale.
 * `t('key', { n: 3 })` replaces `{n}`. Unknown keys are returned as-is (visible in review).
 */
export function useT(messages: Messages) {
  const { locale } = useLocale();
  return useCallback(
    (key: string, vars?: Record<string, string | number>) => {
      let s = messages[key]?.[locale] ?? key;
      if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
      return s;
    },
    [messages, locale],
  );
}
