// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCREEN, SNAPSHOT } from '../test-fixtures';
import { FakeEventSource, installDomMocks, mockFetch, renderFloor } from '../test-utils';

let screenFetches: number;
let answer = SCREEN;

beforeAll(installDomMocks);
beforeEach(() => {
  FakeEventSource.reset();
  vi.stubGlobal('EventSource', FakeEventSource);
  screenFetches = 0;
  answer = SCREEN;
  mockFetch((_m, url) => {
    if (url !== '/api/v1/public/windows/w3/screen') return undefined;
    screenFetches++;
    return { status: 200, body: answer };
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const callAt = (windowId: string, ticketNumber: string) => ({
  ticketId: 'x',
  ticketNumber,
  windowId,
  windowNumber: '3',
  recall: false,
  at: new Date().toISOString(),
});

describe('window screen', () => {
  it('shows the window, its current number and the staff badge, and follows the hall stream', async () => {
    renderFloor('/floor/window/w3');
    expect(await screen.findByText('3号窗口')).toBeTruthy();
    expect(screen.getByText('不动产登记')).toBeTruthy();
    expect(screen.getByRole('region', { name: '当前号码' }).textContent).toContain('B007');
    const staff = screen.getByRole('region', { name: '工作人员' });
    expect(staff.textContent).toContain('李明');
    expect(staff.textContent).toContain('综合受理岗 · 科员');
    expect(staff.textContent).toContain('职责：不动产登记受理');
    const es = FakeEventSource.latest();
    expect(es.url).toBe('/api/v1/public/halls/h1/queue/events');

    act(() => {
      es.open();
      es.emit('call', callAt('w1', 'A010')); // another window: ignored
    });
    expect(screen.getByRole('region', { name: '当前号码' }).textContent).toContain('B007');
    act(() => es.emit('call', callAt('w3', 'B008')));
    expect(screen.getByRole('region', { name: '当前号码' }).textContent).toContain('B008');
  });

  it('shows 暂停服务 prominently on a pause and refetches the screen on window events', async () => {
    renderFloor('/floor/window/w3');
    await screen.findByText('3号窗口');
    const es = FakeEventSource.latest();
    const before = screenFetches;
    answer = { ...SCREEN, window: { ...SCREEN.window, status: 'paused' }, currentTicket: null };
    act(() => es.emit('window', { windowId: 'w3', windowNumber: '3', status: 'paused', currentTicket: null }));
    expect((await screen.findByText('暂停服务')).closest('[role="status"]')).toBeTruthy();
    expect(screenFetches).toBe(before + 1);
    act(() => es.emit('window', { windowId: 'w1', windowNumber: '1', status: 'paused', currentTicket: null }));
    expect(screenFetches).toBe(before + 1);
  });

  it('takes the window state from a fresh snapshot after a reconnect', async () => {
    renderFloor('/floor/window/w3');
    await screen.findByText('3号窗口');
    const es = FakeEventSource.latest();
    act(() => {
      es.open();
      es.emit('snapshot', {
        ...SNAPSHOT,
        windows: [{ id: 'w3', number: '3', name: '不动产登记', status: 'open', currentTicket: 'B011' }],
      });
    });
    expect(screen.getByRole('region', { name: '当前号码' }).textContent).toContain('B011');
  });

  it('says so when the window does not exist', async () => {
    mockFetch(() => undefined);
    renderFloor('/floor/window/nope');
    expect((await screen.findByRole('alert')).textContent).toBe('窗口不存在');
  });
});
