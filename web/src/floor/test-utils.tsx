import { render } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { vi } from 'vitest';
import { I18nProvider } from '../shared/i18n';
import FloorApp from './FloorApp';
import type { EventSourceLike } from './hall-stream';

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

/** A controllable stand-in for the browser's EventSource; every instance is kept in `instances`. */
export class FakeEventSource implements EventSourceLike {
  static instances: FakeEventSource[] = [];
  readyState = 0;
  onopen: ((ev: Event) => void) | null = null;
  onerror: ((ev: Event) => void) | null = null;
  closed = false;
  private listeners = new Map<string, ((ev: MessageEvent) => void)[]>();
  constructor(public url: string) {
    FakeEventSource.instances.push(this);
  }
  addEventListener(type: string, listener: (ev: MessageEvent) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  open() {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
  emit(type: string, data: unknown) {
    this.emitRaw(type, JSON.stringify(data));
  }
  emitRaw(type: string, raw: string) {
    const ev = new MessageEvent(type, { data: raw });
    for (const l of this.listeners.get(type) ?? []) l(ev);
  }
  /** The connection dropped; `giveUp` = the browser will not retry by itself (readyState CLOSED). */
  fail(giveUp = false) {
    this.readyState = giveUp ? 2 : 0;
    this.onerror?.(new Event('error'));
  }
  static latest(): FakeEventSource {
    const last = FakeEventSource.instances.at(-1);
    if (!last) throw new Error('no EventSource opened');
    return last;
  }
  static reset() {
    FakeEventSource.instances = [];
  }
}

export type Answer = { status: number; body?: unknown };
export type Responder = (method: string, url: string, body: unknown) => Answer | undefined;

/** Stubs fetch: each request goes to `respond`; unknown requests get 404. Returns the mock for assertions. */
export function mockFetch(respond: Responder) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    if (url === '/api/v1/auth/csrf') return json(200, { csrfToken: '' });
    const answer = respond(method, url, body) ?? {
      status: 404,
      body: { type: 'about:blank', title: 'Not Found', status: 404, code: 'NOT_FOUND', detail: '资源不存在' },
    };
    return json(answer.status, answer.body);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function json(status: number, body: unknown) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

export function problem(status: number, code: string, detail: string): Answer {
  return { status, body: { type: 'about:blank', title: code, status, code, detail } };
}

/** The floor app at a path, mounted as main.tsx does (`/floor/*`). */
export function renderFloor(path: string) {
  return render(
    <I18nProvider>
      <AntApp>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/floor/*" element={<FloorApp />} />
          </Routes>
        </MemoryRouter>
      </AntApp>
    </I18nProvider>,
  );
}
