// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectHallStream, type StreamStatus } from './hall-stream';
import { FakeEventSource } from './test-utils';
import type { HallEvent } from './types';

const snapshot = {
  hallId: 'h1',
  hallName: '大厅',
  serviceDate: '2026-11-26',
  recentCalls: [],
  windows: [],
  waiting: [],
};

function connect(silenceMs = 60_000) {
  const events: HallEvent[] = [];
  const statuses: StreamStatus[] = [];
  const close = connectHallStream(
    '/api/v1/public/halls/h1/queue/events',
    (e) => events.push(e),
    (s) => statuses.push(s),
    { create: (u) => new FakeEventSource(u), silenceMs, retryMs: () => 1000 },
  );
  return { events, statuses, close };
}

beforeEach(() => {
  FakeEventSource.reset();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('hall event stream', () => {
  it('passes snapshot, call, window and waiting events on, parsed', () => {
    const { events, statuses } = connect();
    const es = FakeEventSource.latest();
    expect(es.url).toBe('/api/v1/public/halls/h1/queue/events');
    es.open();
    es.emit('snapshot', snapshot);
    es.emit('call', { ticketNumber: 'A001', windowNumber: '3' });
    es.emit('waiting', { businessTypeId: 't', waitingCount: 2 });
    expect(events.map((e) => e.type)).toEqual(['snapshot', 'call', 'waiting']);
    expect(statuses).toEqual(['connecting', 'open']);
  });

  it('leaves a dropped connection to the browser retry, and shows it as reconnecting', () => {
    const { statuses } = connect();
    const es = FakeEventSource.latest();
    es.open();
    es.fail();
    vi.advanceTimersByTime(5000);
    expect(FakeEventSource.instances).toHaveLength(1);
    expect(statuses.at(-1)).toBe('reconnecting');
    es.open();
    expect(statuses.at(-1)).toBe('open');
  });

  it('opens a new connection when the browser gives up, and ignores the old one', () => {
    const { events } = connect();
    const first = FakeEventSource.latest();
    first.open();
    first.fail(true);
    expect(first.closed).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(FakeEventSource.instances).toHaveLength(2);
    first.emit('call', { ticketNumber: 'A009' });
    FakeEventSource.latest().emit('snapshot', snapshot);
    expect(events.map((e) => e.type)).toEqual(['snapshot']);
  });

  it('reconnects a connection that went silent (half-open), getting a fresh snapshot', () => {
    connect(60_000);
    FakeEventSource.latest().open();
    vi.advanceTimersByTime(90_000);
    expect(FakeEventSource.instances).toHaveLength(2);
    expect(FakeEventSource.instances[0].closed).toBe(true);
  });

  it('skips a malformed event and stops for good when closed', () => {
    const { events, close } = connect();
    const es = FakeEventSource.latest();
    es.emitRaw('call', '{not json');
    es.emitRaw('call', 'null');
    close();
    expect(es.closed).toBe(true);
    vi.advanceTimersByTime(600_000);
    expect(FakeEventSource.instances).toHaveLength(1);
    expect(events).toEqual([]);
  });
});
