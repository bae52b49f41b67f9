// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, mockBrowserApis, problem } from '../../admin/test-utils';
import { setCsrfToken } from '../../shared/api';
import { HALL } from '../test-fixtures';
import { DeskProviders, HALLS } from '../test-utils';
import type { BusinessType, QueueSettings } from '../types';
import ConfigPage from './ConfigPage';

const TYPES: BusinessType[] = [
  {
    id: 'bt-a',
    hallId: HALL,
    name: '综合业务',
    prefix: 'A',
    description: '',
    dailyCap: 300,
    takeHours: [{ start: '08:30', end: '11:45' }],
    avgServiceMinutes: 10,
    active: true,
    sortOrder: 1,
    bookable: true,
    slotMinutes: 30,
    slotCapacity: 6,
    windows: [{ windowId: 'w1', windowNumber: '1', preferred: true }],
  },
  {
    id: 'bt-b',
    hallId: HALL,
    name: '不动产登记',
    prefix: 'B',
    description: '',
    dailyCap: 100,
    takeHours: [],
    avgServiceMinutes: 20,
    active: true,
    sortOrder: 2,
    bookable: false,
    slotMinutes: 30,
    slotCapacity: 5,
    windows: [
      { windowId: 'w1', windowNumber: '1', preferred: false },
      { windowId: 'w2', windowNumber: '2', preferred: true },
    ],
  },
];
const WINDOWS = [
  { id: 'w1', hallId: HALL, number: '1', name: '综合受理', status: 'open' },
  { id: 'w2', hallId: HALL, number: '2', name: '不动产', status: 'open' },
];
const SETTINGS: QueueSettings = {
  recallLimit: 2,
  bookingDays: 5,
  bookingCloseMinutes: 10,
  cancelCloseMinutes: 10,
  noShowAfterMinutes: 30,
  noShowBlockCount: 3,
  noShowWindowDays: 30,
  blockDays: 30,
};

function serve(
  extra: (method: string, url: string, body: unknown) => { status: number; body?: unknown } | undefined = () =>
    undefined,
) {
  return fakeFetch((method, url, body) => {
    const r = extra(method, url, body);
    if (r) return r;
    if (url === '/api/v1/halls') return { status: 200, body: HALLS };
    if (method === 'GET' && url === `/api/v1/halls/${HALL}/business-types`) return { status: 200, body: TYPES };
    if (method === 'GET' && url === `/api/v1/halls/${HALL}/windows`) return { status: 200, body: WINDOWS };
    if (method === 'GET' && url === `/api/v1/halls/${HALL}/queue-settings`) return { status: 200, body: SETTINGS };
  });
}

function renderPage(tab = 'types') {
  return render(
    <DeskProviders path={`/desk/config/${HALL}?tab=${tab}`} route="/desk/config/:hallId">
      <ConfigPage />
    </DeskProviders>,
  );
}

const button = (label: string, root: HTMLElement = document.body) => {
  const b = within(root).getByText(label, { selector: 'button span' }).closest('button');
  if (!b) throw new Error(`no button ${label}`);
  return b;
};

/** Pick `option` in the antd Select labelled `label`. */
async function choose(label: string, option: string) {
  fireEvent.mouseDown(screen.getByLabelText(label));
  await waitFor(() => expect(document.querySelector(`.ant-select-item-option[title="${option}"]`)).toBeTruthy());
  const opts = document.querySelectorAll(`.ant-select-item-option[title="${option}"]`);
  fireEvent.click(opts[opts.length - 1]);
}

describe('ConfigPage', () => {
  beforeEach(() => {
    mockBrowserApis();
    setCsrfToken('csrf-test');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists business types and creates one with an upper-case prefix and the default ticket hours', async () => {
    const { fetchImpl, calls } = serve((method, url) =>
      method === 'POST' && url === `/api/v1/halls/${HALL}/business-types` ? { status: 201, body: TYPES[0] } : undefined,
    );
    vi.stubGlobal('fetch', fetchImpl);
    renderPage();
    const row = (await screen.findByText('综合业务')).closest('tr') as HTMLElement;
    expect(row.textContent).toContain('08:30–11:45');
    expect(row.textContent).toContain('每 30 分钟 6 个名额');

    fireEvent.click(button('新建业务类型'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('名称'), { target: { value: ' 社保医保 ' } });
    fireEvent.change(within(dialog).getByLabelText('号码前缀'), { target: { value: 'a' } });
    fireEvent.click(button('保存', dialog));
    expect(await within(dialog).findByText('本大厅已有业务使用该前缀')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('号码前缀'), { target: { value: 'c' } });
    fireEvent.click(button('保存', dialog));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: '社保医保',
      prefix: 'C',
      description: '',
      dailyCap: 200,
      takeHours: [
        { start: '08:30', end: '11:45' },
        { start: '14:00', end: '17:00' },
      ],
      avgServiceMinutes: 10,
      active: true,
      sortOrder: 0,
      bookable: false,
      slotMinutes: 30,
      slotCapacity: 5,
    });
  });

  it('shows the server’s detail in the dialog when it refuses the type', async () => {
    const { fetchImpl } = serve((method, url) =>
      method === 'PATCH' && url === '/api/v1/business-types/bt-b'
        ? { status: 409, body: problem(409, 'CONFLICT', '号码前缀 B 已被使用') }
        : undefined,
    );
    vi.stubGlobal('fetch', fetchImpl);
    renderPage();
    fireEvent.click(await screen.findByLabelText('编辑：不动产登记'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(button('保存', dialog));
    expect(await within(dialog).findByText('号码前缀 B 已被使用')).toBeTruthy();
  });

  it('saves changed rows of the window ↔ type matrix with PUT per window', async () => {
    const { fetchImpl, calls } = serve((method, _url, body) =>
      method === 'PUT'
        ? { status: 200, body: { windowId: 'w2', types: (body as { types: unknown[] }).types } }
        : undefined,
    );
    vi.stubGlobal('fetch', fetchImpl);
    renderPage('windows');
    await screen.findByLabelText('2号窗口办理综合业务');
    await choose('2号窗口办理综合业务', '兼办');
    await choose('2号窗口办理不动产登记', '不办理');
    fireEvent.click(button('保存修改（1 个窗口）'));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PUT')).toMatchObject({
      url: '/api/v1/windows/w2/business-types',
      body: { types: [{ businessTypeId: 'bt-a', preferred: false }] },
    });
  });

  it('loads and saves the queue settings', async () => {
    const { fetchImpl, calls } = serve((method, url, body) =>
      method === 'PUT' && url === `/api/v1/halls/${HALL}/queue-settings` ? { status: 200, body } : undefined,
    );
    vi.stubGlobal('fetch', fetchImpl);
    renderPage('settings');
    const recall = (await screen.findByLabelText('重呼次数上限')) as HTMLInputElement;
    await waitFor(() => expect(recall.value).toBe('2'));
    fireEvent.change(recall, { target: { value: '3' } });
    fireEvent.click(button('保存'));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ ...SETTINGS, recallLimit: 3 });
  });
});
