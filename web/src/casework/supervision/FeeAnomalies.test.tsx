// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, mockBrowserApis } from '../../admin/test-utils';
import type { Me } from '../../admin/types';
import { DeskProviders, HALLS } from '../../staff-desk/test-utils';
import { CARD_LIST, CHIEF_ME, DEPARTMENTS, HALL, SUPERVISION, SUPERVISOR_ME } from '../test-fixtures';
import type { FeeAnomaly } from '../types';
import SupervisionPage from './SupervisionPage';

const PROBLEM = '收费事项已办结，但统一收费窗口没有收款记录（疑似在部门自行收费或未经审批减免）';
const ANOMALIES: FeeAnomaly[] = [
  {
    caseId: 'c-fee1',
    caseNumber: 'QY202611030007',
    itemId: 'i-bdc',
    itemName: '不动产转移登记（存量房买卖）',
    departmentId: 'd-zrzy',
    departmentName: '县自然资源局',
    status: 'delivered',
    decidedOn: '2026-11-05',
    deliveredOn: '2026-11-06',
    problem: 'no_unified_payment',
    problemLabel: PROBLEM,
    card: null,
  },
  {
    caseId: 'c-fee2',
    caseNumber: 'QY202611010002',
    itemId: 'i-hz',
    itemName: '普通护照签发',
    departmentId: 'd-scjg',
    departmentName: '县市场监督管理局',
    status: 'closed',
    decidedOn: '2026-11-02',
    deliveredOn: null,
    problem: 'no_unified_payment',
    problemLabel: PROBLEM,
    card: { id: 'card9', color: 'red', status: 'open', issuedAt: '2026-11-20T02:00:00.000Z' },
  },
];

const FEE_SUPERVISOR: Me = { ...SUPERVISOR_ME, permissions: [...SUPERVISOR_ME.permissions, 'fee.read'] };

function serve() {
  const posted: { url: string; body: unknown }[] = [];
  const { fetchImpl, calls } = fakeFetch((method, url, body) => {
    if (url === '/api/v1/halls') return { status: 200, body: HALLS };
    if (url === `/api/v1/halls/${HALL}/departments`) return { status: 200, body: DEPARTMENTS };
    if (url === `/api/v1/halls/${HALL}/supervision`) return { status: 200, body: SUPERVISION };
    if (method === 'GET' && url === `/api/v1/halls/${HALL}/supervision/cards`) return { status: 200, body: CARD_LIST };
    if (url === `/api/v1/halls/${HALL}/fee-anomalies`) return { status: 200, body: ANOMALIES };
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

/** Buttons of a row by their text (role queries are very slow on a page this size in jsdom). */
const labels = (row: HTMLElement) => [...row.querySelectorAll('button')].map((b) => b.textContent).filter(Boolean);

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
