import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { vi } from 'vitest';
import { I18nProvider } from '../shared/i18n';
import PublicApp from './PublicApp';
import { fixtureAnswer } from './test-fixtures';
import { clearPublicCache } from './use-public-get';

/** jsdom lacks matchMedia (antd needs it). */
export function installDomMocks() {
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

/** Answers every fetch from the fixture API; returns the mock so tests can read the requested urls. */
export function mockPublicApi() {
  clearPublicCache();
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const { status, body } = fixtureAnswer(url);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The whole public site at a path, as main.tsx mounts it. */
export function renderPublic(path: string) {
  return render(
    <I18nProvider>
      <MemoryRouter initialEntries={[path]}>
        <PublicApp />
      </MemoryRouter>
    </I18nProvider>,
  );
}
