// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HALLS } from '../../staff-desk/test-utils';
import { SessionProvider } from '../lib/session';
import { fakeFetch, mockBrowserApis, Providers, problem, type Route } from '../test-utils';
import type { Me } from '../types';
import CalendarPage from './CalendarPage';
import { YEAR_2026, YEAR_2027, YEARS } from './test-fixtures';

const HALL = HALLS[0].id;
const ME: Me = {
  id: 'u-mgr',
  username: 'county.manager',
  displayName: '张主任',
  hallId: HALL,
  hallName: HALLS[0].name,
  roles: ['hall_manager'],
  permissions: ['hall.read', 'org.read', 'org.manage'],
  windowIds: [],
  staffId: null,
  departmentId: null,
  isDemo: false,
};
const BASE = `/api/v1/halls/${HALL}/calendar/years`;

function serve(extra?: Route) {
  const { fetchImpl, calls } = fakeFetch((method, url, body) => {
    if (url === '/api/v1/halls') return { status: 200, body: HALLS };
    const mine = extra?.(method, url, body);
    if (mine) return mine;
    if (url === BASE) return { status: 200, body: YEARS };
    if (url === `${BASE}/2026`) return { status: 200, body: YEAR_2026 };
    if (url === `${BASE}/2027`) return { status: 200, body: YEAR_2027 };
  });
  vi.stubGlobal('fetch', fetchImpl);
  return calls;
}

function renderPage() {
  return render(
    <Providers path="/admin/calendar">
      <SessionProvider me={ME} onExpired={vi.fn()} onLogout={vi.fn()}>
        <CalendarPage />
      </SessionProvider>
    </Providers>,
  );
}

const cell = (date: string) => document.querySelector(`[data-date="${date}"]`) as HTMLElement;
/** The status card (year status, edit bar, save errors): queries there skip the 365 day buttons. */
const statusCard = () => document.querySelector('.yz-cal-status')?.closest('.ant-card') as HTMLElement;

describe('CalendarPage', () => {
  beforeEach(() => {
    mockBrowserApis();
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-26T02:00:00Z') });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows the year as 12 months, marking holidays (with names), make-up workdays and weekends', async () => {
    serve();
    renderPage();
    await screen.findByText('十月');
    expect(document.querySelectorAll('table.yz-cal-month')).toHaveLength(12);
    expect(cell('2026-10-01').dataset.kind).toBe('holiday');
    expect(cell('2026-10-01').title).toBe('2026-10-01 放假 国庆节');
    expect(cell('2026-10-04').dataset.kind).toBe('holiday');
    expect(cell('2026-10-10').dataset.kind).toBe('makeup');
    expect(cell('2026-10-10').textContent).toContain('班');
    expect(cell('2026-10-11').dataset.kind).toBe('weekend');
    expect(cell('2026-10-09').dataset.kind).toBe('weekday');
    expect(cell('2026-02-14').dataset.kind).toBe('makeup');
    expect(cell('2026-02-17').title).toContain('春节');
    // the runs under October
    const october = screen.getByText('十月').closest('.yz-cal-card') as HTMLElement;
    expect(within(october).getByText('1–7日 国庆节 放假')).toBeTruthy();
    expect(within(october).getByText('10日 国庆节 上班')).toBeTruthy();
    // status: official, inherited from the city hall; the provisional 2027 is warned about
    expect(screen.getByText('继承自 榕城市政务服务中心')).toBeTruthy();
    expect(screen.getByText('以下年度的日历为暂定版：2027')).toBeTruthy();
    expect(within(statusCard()).queryByRole('button', { name: /确认为正式版/ })).toBeNull();
  });

  it('warns prominently about a provisional year and confirms it', async () => {
    const calls = serve((method, url) =>
      method === 'POST' && url === `${BASE}/2027/confirm`
        ? { status: 200, body: { ...YEAR_2027, status: 'official', origin: 'own', version: 1 } }
        : undefined,
    );
    renderPage();
    await screen.findByText('十月');
    fireEvent.click(screen.getByRole('button', { name: '下一年' }));
    expect(await screen.findByText('2027 年日历为暂定版，办件期限可能不准确')).toBeTruthy();
    expect(cell('2027-01-01').dataset.kind).toBe('holiday');
    fireEvent.click(within(statusCard()).getByRole('button', { name: /确认为正式版/ }));
    const dialog = (await screen.findAllByText('确认 2027 年日历为正式版？'))[0].closest('.ant-modal') as HTMLElement;
    fireEvent.click(within(dialog).getByRole('button', { name: /确认为正式版/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ url: `${BASE}/2027/confirm`, body: {} });
    await waitFor(() => expect(screen.queryByText('2027 年日历为暂定版，办件期限可能不准确')).toBeNull());
  });

  it('edits days and saves the whole year with the version loaded; a 409 is shown clearly', async () => {
    let answer: 'ok' | 'conflict' = 'conflict';
    const calls = serve((method, url) => {
      if (method !== 'PUT' || url !== `${BASE}/2026`) return undefined;
      return answer === 'conflict'
        ? { status: 409, body: problem(409, 'VERSION_CONFLICT', '数据已被他人修改，请刷新后重试') }
        : { status: 200, body: { ...YEAR_2026, origin: 'own', version: 1 } };
    });
    renderPage();
    await screen.findByText('十月');
    fireEvent.click(within(statusCard()).getByRole('button', { name: /编辑本年度/ }));
    fireEvent.click(cell('2026-05-01'));
    const dialog = (await screen.findByText('设置 2026-05-01')).closest('.ant-modal') as HTMLElement;
    fireEvent.click(within(dialog).getByText('放假'));
    fireEvent.change(within(dialog).getByLabelText('节日名称'), { target: { value: '劳动节' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '应用' }));
    await waitFor(() => expect(cell('2026-05-01').dataset.kind).toBe('holiday'));
    expect(cell('2026-05-01').className).toContain('is-changed');
    expect(screen.getByText(/已修改 1 天/)).toBeTruthy();

    fireEvent.click(within(statusCard()).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('保存冲突：该年度日历已被他人修改')).toBeTruthy();
    const put = calls.find((c) => c.method === 'PUT');
    // an inherited year: the hall has no entry of its own yet → version 0
    expect(put?.body).toMatchObject({ status: 'official', version: 0, source: YEAR_2026.source });
    const days = (put!.body as { days: { date: string; kind: string; name: string }[] }).days;
    expect(days).toHaveLength(YEAR_2026.days.length + 1);
    expect(days).toContainEqual({ date: '2026-05-01', kind: 'holiday', name: '劳动节' });
    // the edit is kept until the user reloads
    expect(cell('2026-05-01').dataset.kind).toBe('holiday');

    answer = 'ok';
    // (by its text: jsdom never ends the fade-out of the button's loading icon, which is part of its name)
    fireEvent.click(within(statusCard()).getByText('保存').closest('button') as HTMLElement);
    await waitFor(() => expect(within(statusCard()).queryByText('保存')).toBeNull());
    expect(screen.getByText('本大厅录入')).toBeTruthy();
  });
});
