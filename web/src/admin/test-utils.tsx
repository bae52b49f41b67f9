/** Helpers for the admin console's jsdom tests (not shipped: only *.test.tsx import this file). */
import { App as AntApp, ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { I18nProvider } from '../shared/i18n';

/** antd reads media queries and observes element sizes; jsdom has neither. */
export function mockBrowserApis() {
  if (!('ResizeObserver' in window)) {
    class NoResizeObserver {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    Object.defineProperty(window, 'ResizeObserver', { writable: true, configurable: true, value: NoResizeObserver });
  }
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    configurable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

export interface FakeResponse {
  status: number;
  body?: unknown;
}
export type Route = (method: string, url: string, body: unknown) => FakeResponse | undefined;

/** A fetch stand-in answering from `route`; unknown requests get 404 so a test notices them. Records every call. */
export function fakeFetch(route: Route) {
  const calls: { method: string; url: string; body: unknown }[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    calls.push({ method, url, body });
    const r = route(method, url, body) ?? {
      status: 404,
      body: {
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        code: 'NOT_FOUND',
        detail: `未模拟的请求 ${method} ${url}`,
      },
    };
    const text = r.body === undefined ? '' : JSON.stringify(r.body);
    return new Response(r.status === 204 ? null : text, {
      status: r.status,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fetchImpl, calls };
}

/** A problem+json body as the server sends it. */
export function problem(status: number, code: string, detail: string, extra: Record<string, unknown> = {}) {
  return { type: 'about:blank', title: code, status, code, detail, ...extra };
}

/** antd App + i18n (Chinese) + a memory router at `path`. */
export function Providers({ children, path = '/admin' }: { children: ReactNode; path?: string }) {
  return (
    <I18nProvider>
      <ConfigProvider button={{ autoInsertSpace: false }}>
        <AntApp>
          <MemoryRouter initialEntries={[path]}>{children}</MemoryRouter>
        </AntApp>
      </ConfigProvider>
    </I18nProvider>
  );
}
