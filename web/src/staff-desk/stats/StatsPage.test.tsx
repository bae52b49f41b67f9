// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, mockBrowserApis, problem } from '../../admin/test-utils';
import { addDays, hallToday } from '../lib/time';
import { HALL, STATS } from '../test-fixtures';
import { DeskProviders, HALLS } from '../test-utils';
import StatsPage from './StatsPage';

function renderPage() {
  return render(
    <DeskProviders path={`/desk/stats/${HALL}`} route="/desk/stats/:hallId">
      <StatsPage />
    </DeskProviders>,
  );
}

describe('StatsPage', () => {
  beforeEach(() => mockBrowserApis());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('asks for the last 7 days and renders charts and tables from the fixture', async () => {
    const { fetchImpl, calls } = fakeFetch((method, url) => {
      if (url === '/api/v1/halls') return { status: 200, body: HALLS };
      if (method === 'GET' && url.startsWith(`/api/v1/halls/${HALL}/queue/stats?`)) return { status: 200, body: STATS };
    });
    vi.stubGlobal('fetch', fetchImpl);
    const { container } = renderPage();
    const today = hallToday();
    await waitFor(() =>
      expect(calls.filter((c) => c.url.includes('/queue/stats')).map((c) => c.url)).toEqual([
        `/api/v1/halls/${HALL}/queue/stats?from=${addDays(today, -6)}&to=${today}`,
      ]),
    );

    expect(await screen.findByText(/排队统计 · 清源县政务服务中心/)).toBeTruthy();
    // headline figures: 25 taken, 21 served, 12.0 % no-shows, longest wait 47 min
    const byType = await screen.findByText('按业务类型');
    expect(screen.getByText('25')).toBeTruthy();
    expect(screen.getByText('21')).toBeTruthy();
    expect(container.textContent).toContain('12.0%');
    expect(screen.getByText('47')).toBeTruthy();

    const typeCard = byType.closest('.ant-card') as HTMLElement;
    const rows = within(typeCard)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows[1]).toContain('综合业务');
    expect(rows[1]).toContain('13.3%'); // 2 no-shows of 15 ended (13 served + 2)
    expect(rows[1]).toContain('12.3 分钟');
    expect(rows[2]).toContain('不动产登记');

    const windowCard = screen.getByText('按窗口').closest('.ant-card') as HTMLElement;
    expect(within(windowCard).getByText('1号窗口')).toBeTruthy();
    const staffCard = screen.getByText('按工作人员').closest('.ant-card') as HTMLElement;
    expect(within(staffCard).getByText('王办事')).toBeTruthy();

    // both ECharts charts drew bars (SVG renderer): 3 hours × 2 series and 2 types × 2 series
    const hourChart = screen.getByLabelText('分时段取号与叫号');
    const typeChart = screen.getByLabelText('各业务平均等候与办理时长');
    await waitFor(() => expect(hourChart.querySelector('svg')).toBeTruthy());
    expect(hourChart.textContent).toContain('9时');
    expect(typeChart.textContent).toContain('不动产登记');
    expect(hourChart.querySelectorAll('path').length).toBeGreaterThanOrEqual(6);
  });

  it('shows the problem detail when the range is refused', async () => {
    const { fetchImpl } = fakeFetch((_m, url) =>
      url === '/api/v1/halls'
        ? { status: 200, body: HALLS }
        : { status: 400, body: problem(400, 'VALIDATION_FAILED', '统计区间不能超过 92 天') },
    );
    vi.stubGlobal('fetch', fetchImpl);
    renderPage();
    expect(await screen.findByText('统计区间不能超过 92 天')).toBeTruthy();
    expect(screen.getByText('重新加载')).toBeTruthy();
  });
});
