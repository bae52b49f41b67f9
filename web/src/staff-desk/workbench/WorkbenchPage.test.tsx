// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, mockBrowserApis, Providers, problem } from '../../admin/test-utils';
import { setCsrfToken } from '../../shared/api';
import { FakeEventSource, HALL, ticket, WINDOW, workbench } from '../test-fixtures';
import '../test-utils'; // longer async timeouts
import type { Workbench } from '../types';
import { WorkbenchPage } from './WorkbenchPage';

const BENCH = `/api/v1/windows/${WINDOW}/workbench`;

/** Fake server: the workbench (replaceable), the window record, and answers for the action routes. */
function server(opts: { bench?: () => Workbench; actions?: Record<string, { status: number; body?: unknown }> } = {}) {
  return fakeFetch((method, url) => {
    if (method === 'GET' && url === BENCH) return { status: 200, body: (opts.bench ?? (() => workbench()))() };
    if (method === 'GET' && url === `/api/v1/windows/${WINDOW}`)
      return { status: 200, body: { id: WINDOW, hallId: HALL, number: '3', name: '综合受理', status: 'open' } };
    if (method === 'POST') return opts.actions?.[url] ?? { status: 200, body: ticket() };
  });
}

function renderPage() {
  return render(
    <Providers path={`/desk/window/${WINDOW}`}>
      <WorkbenchPage windowId={WINDOW} />
    </Providers>,
  );
}

/** The action button whose label is `label` (faster than getByRole on antd's large DOM). */
const button = (label: string, root: HTMLElement = document.body) => {
  const b = within(root).getByText(label, { selector: 'button span' }).closest('button');
  if (!b) throw new Error(`no button ${label}`);
  return b;
};
const idle = (label: string) => waitFor(() => expect(button(label).className).not.toContain('loading'));

const posts = (calls: { method: string; url: string; body: unknown }[]) => calls.filter((c) => c.method === 'POST');
const key = (key: string, target: Element | Document = document) =>
  fireEvent.keyDown(target, { key, code: key === ' ' ? 'Space' : key });

describe('WorkbenchPage', () => {
  beforeEach(() => {
    mockBrowserApis();
    setCsrfToken('csrf-test');
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('shows the current ticket big, with masked ID and phone, the waiting list in order and today’s counts', async () => {
    const { fetchImpl } = server();
    vi.stubGlobal('fetch', fetchImpl);
    renderPage();
    expect((await screen.findByTestId('current-number')).textContent).toBe('A001');
    expect(screen.getByText('3501**********123X')).toBeTruthy();
    expect(screen.getByText('138****5678')).toBeTruthy();
    expect(screen.getByText('已重呼 1 次')).toBeTruthy();
    const rows = screen.getAllByRole('row').map((r) => r.textContent ?? '');
    const a002 = rows.findIndex((r) => r.includes('A002'));
    const b001 = rows.findIndex((r) => r.includes('B001'));
    expect(a002).toBeGreaterThan(0);
    expect(b001).toBeGreaterThan(a002);
    expect(rows[b001]).toContain('绿色通道');
    expect(screen.getByText('15')).toBeTruthy(); // called today
    expect(screen.getByText('12')).toBeTruthy(); // served today
  });

  it('F1 and Space call next, F2 recalls and F3 finishes the current ticket', async () => {
    const { fetchImpl, calls } = server();
    vi.stubGlobal('fetch', fetchImpl);
    renderPage();
    await screen.findByTestId('current-number');

    key('F1');
    await waitFor(() => expect(posts(calls).map((c) => c.url)).toEqual([`/api/v1/windows/${WINDOW}/call-next`]));
    await idle('叫号');

    key(' ');
    await waitFor(() => expect(posts(calls)).toHaveLength(2));
    expect(posts(calls)[1].url).toBe(`/api/v1/windows/${WINDOW}/call-next`);
    await idle('叫号');

    key('F2');
    await waitFor(() => expect(posts(calls)).toHaveLength(3));
    expect(posts(calls)[2].url).toBe('/api/v1/tickets/t1/recall');
    await idle('重呼');

    key('F3');
    await waitFor(() => expect(posts(calls)).toHaveLength(4));
    expect(posts(calls)[3].url).toBe('/api/v1/tickets/t1/finish');
  });

  it('ignores shortcuts typed inside an input, and with modifier keys', async () => {
    const { fetchImpl, calls } = server();
    vi.stubGlobal('fetch', fetchImpl);
    const { container } = renderPage();
    await screen.findByTestId('current-number');
    const input = document.createElement('input');
    container.appendChild(input);
    input.focus();
    key('F1', input);
    key(' ', input);
    key('F3', input);
    fireEvent.keyDown(document, { key: 'F1', ctrlKey: true });
    // a focused button keeps Space for itself
    const recall = button('重呼');
    key(' ', recall);
    await new Promise((r) => setTimeout(r, 50));
    expect(posts(calls)).toEqual([]);
  });

  it('a mouse click on an action button drops its focus, so the next Space calls next instead of pressing it again', async () => {
    const { fetchImpl, calls } = server();
    vi.stubGlobal('fetch', fetchImpl);
    renderPage();
    await screen.findByTestId('current-number');
    const recall = button('重呼');
    recall.focus();
    fireEvent.click(recall, { detail: 1 });
    expect(document.activeElement).not.toBe(recall);
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    await idle('重呼');
    key(' ', document.activeElement ?? document.body);
    await waitFor(() => expect(posts(calls)).toHaveLength(2));
    expect(posts(calls).map((c) => c.url)).toEqual([
      '/api/v1/tickets/t1/recall',
      `/api/v1/windows/${WINDOW}/call-next`,
    ]);
  });

  it('F4 asks for a no-show reason; keys typed in the reason box do not fire actions', async () => {
    const { fetchImpl, calls } = server();
    vi.stubGlobal('fetch', fetchImpl);
    renderPage();
    await screen.findByTestId('current-number');
    key('F4');
    const dialog = await screen.findByRole('dialog');
    const box = within(dialog).getByRole('textbox');
    key('F1', box);
    key(' ', box);
    fireEvent.change(box, { target: { value: '三次呼叫未到' } });
    fireEvent.click(button('过号', dialog));
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0]).toMatchObject({ url: '/api/v1/tickets/t1/no-show', body: { reason: '三次呼叫未到' } });
  });

  it('shows the problem detail of QUEUE_EMPTY when nobody is waiting', async () => {
    const { fetchImpl } = server({
      bench: () => workbench({ current: null, waiting: [] }),
      actions: {
        [`/api/v1/windows/${WINDOW}/call-next`]: {
          status: 404,
          body: problem(404, 'QUEUE_EMPTY', '当前没有等候的号码'),
        },
      },
    });
    vi.stubGlobal('fetch', fetchImpl);
    renderPage();
    await screen.findByText('暂无等候的号码');
    fireEvent.click(button('叫号'));
    expect((await screen.findByRole('alert')).textContent).toContain('当前没有等候的号码');
  });

  it('shows a conflict’s detail (another window took the ticket) and refreshes', async () => {
    const { fetchImpl, calls } = server({
      actions: {
        '/api/v1/tickets/t1/recall': {
          status: 409,
          body: problem(409, 'TICKET_STATE', '重呼次数已达上限，请办理过号'),
        },
      },
    });
    vi.stubGlobal('fetch', fetchImpl);
    renderPage();
    await screen.findByTestId('current-number');
    const before = calls.filter((c) => c.url === BENCH).length;
    key('F2');
    expect((await screen.findByRole('alert')).textContent).toContain('重呼次数已达上限，请办理过号');
    await waitFor(() => expect(calls.filter((c) => c.url === BENCH).length).toBeGreaterThan(before));
  });

  it('F8 pauses with a reason; while paused calling is off and F8 resumes', async () => {
    let paused = false;
    const { fetchImpl, calls } = server({
      bench: () =>
        workbench({ window: { id: WINDOW, number: '3', name: '综合受理', status: paused ? 'paused' : 'open' } }),
    });
    vi.stubGlobal('fetch', fetchImpl);
    renderPage();
    await screen.findByTestId('current-number');
    key('F8');
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByText('临时离开'));
    paused = true;
    fireEvent.click(button('暂停服务', dialog));
    await waitFor(() =>
      expect(posts(calls)[0]).toMatchObject({ url: `/api/v1/windows/${WINDOW}/pause`, body: { reason: '临时离开' } }),
    );
    await screen.findByText(/本窗口已暂停服务/);
    expect(button('叫号').hasAttribute('disabled')).toBe(true);
    key('F1');
    paused = false;
    key('F8');
    await waitFor(() => expect(posts(calls)).toHaveLength(2));
    expect(posts(calls)[1].url).toBe(`/api/v1/windows/${WINDOW}/resume`);
  });

  it('marks a waiting ticket priority (绿色通道) with a reason', async () => {
    const { fetchImpl, calls } = server();
    vi.stubGlobal('fetch', fetchImpl);
    renderPage();
    await screen.findByTestId('current-number');
    fireEvent.click(screen.getByLabelText('将 A002 设为绿色通道'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByText('孕妇'));
    fireEvent.click(button('绿色通道', dialog));
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0]).toMatchObject({ url: '/api/v1/tickets/t2/priority', body: { reason: '孕妇' } });
  });

  it('listens to the hall’s event stream and refetches when a kiosk issues a ticket', async () => {
    const { fetchImpl, calls } = server();
    vi.stubGlobal('fetch', fetchImpl);
    renderPage();
    await screen.findByTestId('current-number');
    await waitFor(() => expect(FakeEventSource.instances.length).toBeGreaterThan(0));
    const es = FakeEventSource.instances.at(-1) as FakeEventSource;
    expect(es.url).toBe(`/api/v1/public/halls/${HALL}/queue/events`);
    const before = calls.filter((c) => c.url === BENCH).length;
    act(() => es.emit('waiting', { businessTypeId: 'bt-a', waitingCount: 2 }));
    await waitFor(() => expect(calls.filter((c) => c.url === BENCH).length).toBe(before + 1));
    // a call at another window does not concern this one
    act(() => es.emit('call', { windowId: 'w9', ticketNumber: 'C001' }));
    await new Promise((r) => setTimeout(r, 400));
    expect(calls.filter((c) => c.url === BENCH).length).toBe(before + 1);
  });
});
