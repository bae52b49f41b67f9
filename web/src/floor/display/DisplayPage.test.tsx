// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SNAPSHOT } from '../test-fixtures';
import { FakeEventSource, installDomMocks, mockFetch, renderFloor } from '../test-utils';

interface FakeUtterance {
  text: string;
  lang: string;
  onend: (() => void) | null;
}

let spoken: FakeUtterance[];
let cancel: ReturnType<typeof vi.fn>;

function installSpeech() {
  spoken = [];
  cancel = vi.fn();
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      lang = '';
      rate = 1;
      voice = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(public text: string) {}
    },
  );
  vi.stubGlobal('speechSynthesis', {
    speak: (u: FakeUtterance) => spoken.push(u),
    cancel,
    getVoices: () => [{ lang: 'zh-CN', name: 'Chinese' }],
    resume: () => undefined,
    paused: false,
  });
}

const endSpeech = (i: number) => act(() => spoken[i].onend?.());
const texts = () => spoken.map((u) => u.text);

function call(ticketNumber: string, windowId: string, windowNumber: string, recall = false) {
  return { ticketId: `id-${ticketNumber}`, ticketNumber, windowId, windowNumber, recall, at: new Date().toISOString() };
}

beforeAll(installDomMocks);
beforeEach(() => {
  localStorage.clear();
  FakeEventSource.reset();
  vi.stubGlobal('EventSource', FakeEventSource);
  installSpeech();
  mockFetch((_m, url) =>
    url === '/api/v1/public/halls/h1/queue/display' ? { status: 200, body: SNAPSHOT } : undefined,
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function openDisplay(path = '/floor/display/h1') {
  renderFloor(path);
  const es = FakeEventSource.latest();
  expect(es.url).toBe('/api/v1/public/halls/h1/queue/events');
  act(() => {
    es.open();
    es.emit('snapshot', SNAPSHOT);
  });
  await screen.findByRole('heading', { name: '东岭县政务服务中心' });
  return es;
}

describe('hall display', () => {
  it('shows the current call large, the latest calls, every window with its number and status, and waiting counts', async () => {
    await openDisplay();
    const now = screen.getByRole('region', { name: '正在叫号' });
    expect(now.textContent).toBe('请 A002 号 到 2 号窗口办理');
    const recent = screen.getByRole('region', { name: '最近叫号' });
    expect(
      within(recent)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['A002→2号窗口', 'A001→1号窗口']);
    const windows = within(screen.getByRole('region', { name: '窗口状态' })).getAllByRole('listitem');
    expect(windows.map((li) => li.textContent)).toEqual(['1号窗口A001', '2号窗口A002', '3号窗口暂停服务']);
    const waiting = screen.getByRole('region', { name: '等候人数' });
    expect(waiting.textContent).toContain('综合受理4 人');
    expect(waiting.textContent).toContain('不动产登记30 人');
    expect(screen.getByText('实时连接')).toBeTruthy();
  });

  it('after the one-time click, speaks every call in Chinese, one after another, never cutting one off', async () => {
    const es = await openDisplay();
    fireEvent.click(screen.getByRole('button', { name: /点击启用语音播报/ }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(texts()).toEqual(['语音播报已启用']);
    act(() => {
      es.emit('call', call('A003', 'w1', '1'));
      es.emit('call', call('B001', 'w3', '3'));
      es.emit('call', call('A004', 'w2', '2'));
    });
    // the screen shows the newest at once; the voice waits for each announcement to end
    expect(screen.getByRole('region', { name: '正在叫号' }).textContent).toBe('请 A004 号 到 2 号窗口办理');
    expect(texts()).toEqual(['语音播报已启用']);
    endSpeech(0);
    expect(texts().at(-1)).toBe('请 A 0 0 3 号，到 1 号窗口办理');
    endSpeech(1);
    endSpeech(2);
    expect(texts()).toEqual([
      '语音播报已启用',
      '请 A 0 0 3 号，到 1 号窗口办理',
      '请 B 0 0 1 号，到 3 号窗口办理',
      '请 A 0 0 4 号，到 2 号窗口办理',
    ]);
    expect(spoken.every((u) => u.lang === 'zh-CN')).toBe(true);
    expect(cancel).not.toHaveBeenCalled();
  });

  it('announces a recall the same way and marks it on screen', async () => {
    const es = await openDisplay();
    fireEvent.click(screen.getByRole('button', { name: /点击启用语音播报/ }));
    endSpeech(0);
    act(() => es.emit('call', call('A001', 'w1', '1', true)));
    expect(texts().at(-1)).toBe('请 A 0 0 1 号，到 1 号窗口办理');
    const now = screen.getByRole('region', { name: '正在叫号' });
    expect(now.textContent).toBe('重呼请 A001 号 到 1 号窗口办理');
    const recent = within(screen.getByRole('region', { name: '最近叫号' })).getAllByRole('listitem');
    expect(recent.map((li) => li.textContent)).toEqual(['A001→1号窗口', 'A002→2号窗口']);
  });

  it('applies window and waiting events live', async () => {
    const es = await openDisplay();
    act(() => {
      es.emit('window', { windowId: 'w3', windowNumber: '3', status: 'open', currentTicket: null });
      es.emit('window', { windowId: 'w1', windowNumber: '1', status: 'paused', currentTicket: null });
      es.emit('waiting', { businessTypeId: 't-a', waitingCount: 7 });
    });
    const windows = within(screen.getByRole('region', { name: '窗口状态' })).getAllByRole('listitem');
    expect(windows.map((li) => li.textContent)).toEqual(['1号窗口暂停服务', '2号窗口A002', '3号窗口—']);
    expect(screen.getByRole('region', { name: '等候人数' }).textContent).toContain('综合受理7 人');
  });

  it('shows the lost connection, and catches up from the fresh snapshot on reconnect, announcing a call it missed', async () => {
    const es = await openDisplay();
    fireEvent.click(screen.getByRole('button', { name: /点击启用语音播报/ }));
    endSpeech(0);
    act(() => es.fail());
    expect(screen.getByText('连接中断，正在重连…')).toBeTruthy();
    const missed = { ticketNumber: 'A003', windowNumber: '1', at: new Date(Date.now() + 1000).toISOString() };
    act(() => {
      es.open();
      es.emit('snapshot', {
        ...SNAPSHOT,
        recentCalls: [missed, ...SNAPSHOT.recentCalls],
        windows: SNAPSHOT.windows.map((w) => (w.id === 'w1' ? { ...w, currentTicket: 'A003' } : w)),
      });
    });
    expect(screen.getByText('实时连接')).toBeTruthy();
    expect(screen.getByRole('region', { name: '正在叫号' }).textContent).toBe('请 A003 号 到 1 号窗口办理');
    expect(texts().at(-1)).toBe('请 A 0 0 3 号，到 1 号窗口办理');
  });

  it('without the click (or with ?voice=off) nothing is spoken, and no backlog is spoken later', async () => {
    const es = await openDisplay('/floor/display/h1?voice=off');
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => es.emit('call', call('A003', 'w1', '1')));
    expect(spoken).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: '语音播报未开启' }));
    expect(texts()).toEqual(['语音播报已启用']);
  });

  it('never shows a name or an ID number, even if an event carried one', async () => {
    const es = await openDisplay();
    act(() => es.emit('call', { ...call('A009', 'w2', '2'), name: '张三', idNumber: '11010519491231002X' }));
    expect(document.body.textContent).not.toContain('张三');
    expect(document.body.textContent).not.toContain('11010519491231002X');
  });
});
