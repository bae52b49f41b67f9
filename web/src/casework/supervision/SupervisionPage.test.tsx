// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, mockBrowserApis } from '../../admin/test-utils';
import type { Me } from '../../admin/types';
import { DeskProviders, HALLS } from '../../staff-desk/test-utils';
import { CARD_LIST, CHIEF_ME, DEPARTMENTS, HALL, SUPERVISION, SUPERVISOR_ME } from '../test-fixtures';
import { ANOMALIES, PROBLEM } from './fee-fixtures';
import SupervisionPage from './SupervisionPage';

function serve() {
  const posted: { url: string; body: unknown }[] = [];
  const { fetchImpl, calls } = fakeFetch((method, url, body) => {
    if (url === '/api/v1/halls') return { status: 200, body: HALLS };
    if (url === `/api/v1/halls/${HALL}/departments`) return { status: 200, body: DEPARTMENTS };
    if (url === `/api/v1/halls/${HALL}/supervision`) return { status: 200, body: SUPERVISION };
    if (url === `/api/v1/halls/${HALL}/fee-anomalies`) return { status: 200, body: ANOMALIES };
    if (method === 'GET' && url === `/api/v1/halls/${HALL}/supervision/cards`) return { status: 200, body: CARD_LIST };
    if (method === 'POST') {
      posted.push({ url, body });
      return { status: 201, body: {} };
    }
  });
  vi.stubGlobal('fetch', fetchImpl);
  return { calls, posted };
}

function renderPage(me: Me) {
  return render(
    <DeskProviders path="/desk/casework/supervision" route="/desk/casework/supervision" me={me}>
      <SupervisionPage />
    </DeskProviders>,
  );
}

const FEE_SUPERVISOR: Me = { ...SUPERVISOR_ME, permissions: [...SUPERVISOR_ME.permissions, 'fee.read'] };

/** Buttons of a row by their text (role queries are very slow on a page this size in jsdom). */
const labels = (row: HTMLElement) => [...row.querySelectorAll('button')].map((b) => b.textContent).filter(Boolean);

describe('SupervisionPage', () => {
  beforeEach(() => mockBrowserApis());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the green/yellow/red counts, the chart, the running cases and the cards per department', async () => {
    serve();
    renderPage(SUPERVISOR_ME);
    const red = await screen.findByText('红灯 · 超期');
    expect(red.closest('.ant-card')?.textContent).toContain('3');
    expect(screen.getByText('绿灯 · 正常').closest('.ant-card')?.textContent).toContain('41');
    // running cases: the red one first
    const rows = screen
      .getByText('QY202611020003')
      .closest('tbody')
      ?.querySelectorAll('tr.ant-table-row') as NodeListOf<HTMLElement>;
    expect(rows[0].textContent).toContain('QY202611020003');
    expect(rows[0].textContent).toContain('超期 4 个工作日');
    // cards per department (closed ones count too): yellow, red, open, answered, closed, total
    const perDept = screen.getByText('各部门红黄牌').closest('.ant-card') as HTMLElement;
    const zr = within(perDept).getByText('县自然资源局').closest('tr') as HTMLElement;
    expect([...zr.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '县自然资源局',
      '1',
      '1',
      '1',
      '0',
      '1',
      '2',
    ]);
    // the doughnut (lazily loaded ECharts) drew its three slices
    const chart = await screen.findByLabelText('在办件灯色分布', { selector: 'figure' });
    await waitFor(() => expect(chart.querySelector('svg')).toBeTruthy());
    expect(chart.textContent).toContain('绿灯');
  });

  it('lets a supervisor issue a card for a listed trigger, with a department and description', async () => {
    const { posted } = serve();
    renderPage(SUPERVISOR_ME);
    fireEvent.click(await screen.findByRole('button', { name: /发出红黄牌/ }));
    const dlg = (await screen.findByText('督查事由', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    fireEvent.mouseDown(within(dlg).getByLabelText('部门'));
    fireEvent.click(await screen.findByTitle('县市场监督管理局'));
    fireEvent.click(within(dlg).getByText('红牌'));
    fireEvent.mouseDown(within(dlg).getByLabelText('督查事由'));
    for (const name of [
      '超期办件',
      '环节超时',
      '符合条件不予受理',
      '不予许可未说明理由',
      '上报初审转报超时',
      '网办事项线下办理',
      '目录外收费',
      '其他',
    ])
      expect(await screen.findByTitle(name)).toBeTruthy();
    fireEvent.click(screen.getByTitle('目录外收费'));
    fireEvent.change(within(dlg).getByLabelText('情况说明'), { target: { value: '窗口收取了目录外的工本费' } });
    fireEvent.click(within(dlg).getByRole('button', { name: '发牌' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      url: `/api/v1/halls/${HALL}/supervision/cards`,
      body: {
        departmentId: 'd-scjg',
        color: 'red',
        trigger: 'fee_outside_catalog',
        description: '窗口收取了目录外的工本费',
      },
    });
  });

  it('lets the unit answer its own open card, and nothing else', async () => {
    const { posted } = serve();
    renderPage({ ...CHIEF_ME, departmentId: 'd-zrzy' });
    fireEvent.click(await screen.findByText('红黄牌（3）'));
    const open = screen.getByText('超过承诺时限 4 个工作日未办结').closest('tr') as HTMLElement;
    expect(labels(open)).toEqual(['整改反馈']);
    // the answered card of another department offers nothing to this unit
    const other = screen.getByText('网办事项要求申请人到窗口提交纸质材料').closest('tr') as HTMLElement;
    expect(labels(other)).toEqual([]);
    fireEvent.click(within(open).getByText('整改反馈'));
    const dlg = (await screen.findByText('整改情况', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    fireEvent.change(within(dlg).getByLabelText('整改情况'), { target: { value: '已于当日办结并约谈经办人' } });
    fireEvent.click(within(dlg).getByText('整改反馈', { selector: 'button span' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      url: '/api/v1/supervision/cards/card1/respond',
      body: { response: '已于当日办结并约谈经办人' },
    });
  });

  it('lets the supervisor close open and answered cards, but not answer them', async () => {
    const { posted } = serve();
    renderPage(SUPERVISOR_ME);
    fireEvent.click(await screen.findByText('红黄牌（3）'));
    const labelsOf = (text: string) => labels(screen.getByText(text).closest('tr') as HTMLElement);
    expect(labelsOf('超过承诺时限 4 个工作日未办结')).toEqual(['销号']);
    expect(labelsOf('网办事项要求申请人到窗口提交纸质材料')).toEqual(['销号']);
    expect(labelsOf('现场勘查环节超时')).toEqual([]);
    const answered = screen.getByText('网办事项要求申请人到窗口提交纸质材料').closest('tr') as HTMLElement;
    fireEvent.click(within(answered).getByText('销号'));
    const confirm = (await screen.findAllByText('确认销号？销号后该红黄牌不再需要整改。'))[0].closest(
      '.ant-modal',
    ) as HTMLElement;
    expect(confirm.textContent).toContain('已整改，取消纸质材料要求');
    fireEvent.click(within(confirm).getByText('销号', { selector: 'button span' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({ url: '/api/v1/supervision/cards/card2/close', body: {} });
  });
});

describe('收费异常 on the supervision page', () => {
  beforeEach(() => mockBrowserApis());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists finished fee cases without a unified payment, with the card already issued on each', async () => {
    serve();
    renderPage(FEE_SUPERVISOR);
    fireEvent.click(await screen.findByText('收费异常（2）'));
    const first = (await screen.findByText('QY202611030007')).closest('tr') as HTMLElement;
    expect(first.textContent).toContain('不动产转移登记（存量房买卖）');
    expect(first.textContent).toContain('县自然资源局');
    expect(first.textContent).toContain('已送达');
    expect(first.textContent).toContain('2026-11-06');
    expect(first.textContent).toContain(PROBLEM);
    expect(labels(first)).toEqual(['发出督办卡']);
    const carded = screen.getByText('QY202611010002').closest('tr') as HTMLElement;
    expect(carded.textContent).toContain('红牌 · 待整改');
    expect(labels(carded)).toEqual([]);
    // only those without a card
    fireEvent.click(screen.getByText('只看未督办'));
    await waitFor(() => expect(screen.queryByText('QY202611010002')).toBeNull());
    expect(screen.getByText('QY202611030007')).toBeTruthy();
  });

  it('issues a fee_outside_catalog card that names the case and its department', async () => {
    const { posted, calls } = serve();
    renderPage(FEE_SUPERVISOR);
    fireEvent.click(await screen.findByText('收费异常（2）'));
    const row = (await screen.findByText('QY202611030007')).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByText('发出督办卡'));
    const dlg = (await screen.findByText('督查事由', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    // the dialog names the finished case and the trigger 目录外收费
    expect(within(dlg).getByTitle('QY202611030007 不动产转移登记（存量房买卖）')).toBeTruthy();
    expect(within(dlg).getByTitle('目录外收费')).toBeTruthy();
    const description = within(dlg).getByLabelText('情况说明') as HTMLTextAreaElement;
    expect(description.value).toContain('办件 QY202611030007（不动产转移登记（存量房买卖））已办结');
    const before = calls.filter((c) => c.url.endsWith('/fee-anomalies')).length;
    fireEvent.click(within(dlg).getByText('发牌', { selector: 'button span' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      url: `/api/v1/halls/${HALL}/supervision/cards`,
      body: {
        caseId: 'c-fee1',
        departmentId: 'd-zrzy',
        color: 'yellow',
        trigger: 'fee_outside_catalog',
        description: description.value,
      },
    });
    // the list is read again, so the new card shows on the case
    await waitFor(() => expect(calls.filter((c) => c.url.endsWith('/fee-anomalies')).length).toBe(before + 1));
  });

  it('is not offered without fee.read, and offers no card button to a unit', async () => {
    const { calls } = serve();
    renderPage(SUPERVISOR_ME);
    await screen.findByText('红黄牌（3）');
    expect(screen.queryByText(/收费异常/)).toBeNull();
    expect(calls.some((c) => c.url.endsWith('/fee-anomalies'))).toBe(false);
    cleanup();

    serve();
    renderPage({ ...CHIEF_ME, permissions: [...CHIEF_ME.permissions, 'fee.read'] });
    fireEvent.click(await screen.findByText('收费异常（2）'));
    const row = (await screen.findByText('QY202611030007')).closest('tr') as HTMLElement;
    expect(labels(row)).toEqual([]);
  });
});
