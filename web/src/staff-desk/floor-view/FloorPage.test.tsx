// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, mockBrowserApis } from '../../admin/test-utils';
import { FakeEventSource, FLOOR, HALL } from '../test-fixtures';
import { DeskProviders, HALLS } from '../test-utils';
import type { Floor } from '../types';
import FloorPage from './FloorPage';

const URL = `/api/v1/halls/${HALL}/queue/floor`;

function serve(floor: () => Floor) {
  return fakeFetch((method, url) => {
    if (url === '/api/v1/halls') return { status: 200, body: HALLS };
    if (method === 'GET' && url === URL) return { status: 200, body: floor() };
  });
}

function renderPage() {
  return render(
    <DeskProviders path={`/desk/floor/${HALL}`} route="/desk/floor/:hallId">
      <FloorPage />
    </DeskProviders>,
  );
}

describe('FloorPage', () => {
  beforeEach(() => {
    mockBrowserApis();
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('shows waiting per type, windows open / paused / unstaffed, and the 当日号当日办结 warning', async () => {
    const { fetchImpl } = serve(() => FLOOR);
    vi.stubGlobal('fetch', fetchImpl);
    renderPage();
    expect(await screen.findByText('当日号当日办结：约 4 个等候号码可能无法在下班前办结')).toBeTruthy();
    expect(screen.getByText(/距 17:30 下班还有 45 分钟/)).toBeTruthy();

    const typeRow = screen.getByText('A · 综合业务').closest('tr') as HTMLElement;
    expect(typeRow.textContent).toContain('42 分钟');
    // 60 minutes to clear with 45 to closing: marked
    expect(within(typeRow).getByText('60 分钟').className).toBe('yz-danger');

    const w1 = screen.getByTestId('floor-window-1');
    expect(w1.textContent).toContain('A007');
    expect(w1.textContent).toContain('李窗口');
    expect(screen.getByTestId('floor-window-2').textContent).toContain('暂停服务');
    expect(screen.getByTestId('floor-window-3').textContent).toContain('无人签到');
    expect(screen.getByText('在岗 1')).toBeTruthy();
    expect(screen.getByText('暂停 1')).toBeTruthy();
    expect(screen.getByText('无人 1')).toBeTruthy();
  });

  it('updates live when a window calls, and falls back to refetching every 30 s', async () => {
    let current = 'A007';
    const { fetchImpl, calls } = serve(() => ({
      ...FLOOR,
      windows: FLOOR.windows.map((w) => (w.id === 'w1' ? { ...w, currentTicket: current } : w)),
    }));
    vi.stubGlobal('fetch', fetchImpl);
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderPage();
    await screen.findByText('A007');
    const es = FakeEventSource.instances.at(-1) as FakeEventSource;
    expect(es.url).toBe(`/api/v1/public/halls/${HALL}/queue/events`);

    current = 'A008';
    act(() => es.emit('call', { ticketNumber: 'A008', windowNumber: '1', windowId: 'w1' }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(400);
    });
    await waitFor(() => expect(screen.getByTestId('floor-window-1').textContent).toContain('A008'));

    const before = calls.filter((c) => c.url === URL).length;
    current = 'A009';
    await act(async () => {
      await vi.advanceTimersByTimeAsync(30_000);
    });
    await waitFor(() => expect(calls.filter((c) => c.url === URL).length).toBeGreaterThan(before));
    await waitFor(() => expect(screen.getByTestId('floor-window-1').textContent).toContain('A009'));
  });
});
