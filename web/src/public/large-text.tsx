import { FontSizeOutlined } from '@ant-design/icons';
import { Button, ConfigProvider, type ThemeConfig } from 'antd';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useT } from '../shared/i18n';
import { messages } from './messages';

/** localStorage key of the elderly-friendly large-text mode 适老化大字模式. */
export const LARGE_TEXT_KEY = 'yz.public.largeText';

const normalTheme: ThemeConfig = {
  token: { fontSize: 16, colorPrimary: '#b3261e', colorLink: '#0b57c4', borderRadius: 6 },
};

/** ≥ 20 px base text, black text, darker borders and taller controls. */
const largeTheme: ThemeConfig = {
  token: {
    fontSize: 20,
    colorPrimary: '#9a0f0f',
    colorLink: '#003399',
    colorText: '#000000',
    colorTextSecondary: '#1a1a1a',
    colorTextTertiary: '#262626',
    colorTextDescription: '#1a1a1a',
    colorBorder: '#434343',
    colorBorderSecondary: '#595959',
    controlHeight: 44,
    borderRadius: 6,
  },
};

const LargeTextContext = createContext<{ large: boolean; setLarge: (v: boolean) => void }>({
  large: false,
  setLarge: () => undefined,
});

function readStored(): boolean {
  try {
    return localStorage.getItem(LARGE_TEXT_KEY) === '1';
  } catch {
    return false;
  }
}

/** Holds the mode, persists it, and applies it through the antd theme and the `yz-large` class. */
export function LargeTextProvider({ children }: { children: ReactNode }) {
  const [large, setLargeState] = useState(readStored);
  const setLarge = useCallback((v: boolean) => {
    try {
      localStorage.setItem(LARGE_TEXT_KEY, v ? '1' : '0');
    } catch {
      // private mode without storage: the switch still works for this visit
    }
    setLargeState(v);
  }, []);

  // Dropdowns and messages render into <body>, outside our wrapper: mark the body too.
  useEffect(() => {
    document.body.classList.toggle('yz-large', large);
    return () => document.body.classList.remove('yz-large');
  }, [large]);

  const value = useMemo(() => ({ large, setLarge }), [large, setLarge]);
  return (
    <LargeTextContext.Provider value={value}>
      <ConfigProvider theme={large ? largeTheme : normalTheme}>
        <div className={large ? 'yz-public yz-large' : 'yz-public'} data-testid="yz-public-root">
          {children}
        </div>
      </ConfigProvider>
    </LargeTextContext.Provider>
  );
}

export function useLargeText() {
  return useContext(LargeTextContext);
}

/** The header switch: a real toggle button; its state is aria-pressed, so the label stays the same. */
export function LargeTextToggle() {
  const { large, setLarge } = useLargeText();
  const t = useT(messages);
  return (
    <Button
      icon={<FontSizeOutlined aria-hidden />}
      aria-pressed={large}
      className="yz-toggle"
      onClick={() => setLarge(!large)}
    >
      {t('largeText')}
    </Button>
  );
}
