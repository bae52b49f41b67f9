// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockBrowserApis, problem } from '../admin/test-utils';
import { CaseFees } from './CaseFeesCard';
import { pickedAmount } from './IssueNoticeDialog';
import { CASHIER, catalogLine, ITEM_FEES, notice, WINDOW } from './test-fixtures';
import { renderFees } from './test-utils';
import type { FeeNotice } from './types';

function renderCard(
  routes: (m: string, url: string, body: unknown) => { status: number; body?: unknown } | undefined,
  me = WINDOW,
) {
  return renderFees({
    path: '/desk/cases/c1',
    route: '/desk/cases/:id',
    me,
    page: <CaseFees caseId="c1" itemId="i1" caseStatus="in_review" applicantName="王小明" />,
    routes,
  });
}

describe('case page 收费 card and 开具缴费通知单', () => {
  beforeEach(() => mockBrowserApis());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('offers only the lines of the current catalog, computes amounts (cap included) and sends the cross-checks', async () => {
    let issued: FeeNotice[] = [];
    const calls = renderCard((method, url) => {
      if (method === 'GET' && url === '/api/v1/cases/c1/fee-notices') return { status: 200, body: issued };
      if (method === 'GET' && url === '/api/v1/items/i1/fees') return { status: 200, body: ITEM_FEES };
      if (method === 'POST' && url === '/api/v1/cases/c1/fee-notices') {
        issued = [notice({ allowedActions: ['cancel', 'waive'] })];
        return { status: 201, body: issued[0] };
      }
    });
    expect(await screen.findByText('本办件尚未开具缴费通知单')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /开具缴费通知单/ }));
    const dialog = await screen.findByRole('dialog');
    const table = await within(dialog).findByTestId('catalog-lines');
    // exactly the catalog's lines, nothing to type a free-text fee into
    expect(within(table).getAllByRole('checkbox')).toHaveLength(2);
    expect(within(dialog).getByText('只能选择本事项现行收费目录（第 2 版）中的项目，按目录标准计费')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: '开具' }));
    expect(await within(dialog).findByText('请至少选择一个收费项目')).toBeTruthy();

    fireEvent.click(within(table).getByRole('checkbox', { name: '住宅类不动产登记费' }));
    fireEvent.click(within(table).getByRole('checkbox', { name: '不动产权属证书工本费（第二本起）' }));
    const qty = within(table).getByRole('spinbutton', { name: '不动产权属证书工本费（第二本起） 数量' });
    fireEvent.change(qty, { target: { value: '2' } });
    await waitFor(() => expect(within(dialog).getByTestId('amount-F03').textContent).toBe('¥20.00'));
    expect(within(dialog).getByTestId('amount-F01').textContent).toBe('¥80.00');
    expect(within(dialog).getByTestId('issue-total').textContent).toBe('¥100.00');
    fireEvent.change(qty, { target: { value: '3' } });
    await waitFor(() => expect(within(dialog).getByTestId('amount-F03').textContent).toBe('¥25.00'));
    expect(within(dialog).getByTestId('issue-total').textContent).toBe('¥105.00');

    fireEvent.click(within(dialog).getByRole('button', { name: '开具' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      payerName: '王小明',
      lines: [
        { feeLineId: 'fl1', quantity: 1, amountFen: 8000 },
        { feeLineId: 'fl3', quantity: 3, unitPriceFen: 1000, amountFen: 2500 },
      ],
    });
    const row = await screen.findByTestId('case-notice-DLJF202611260001');
    expect(within(row).getByText('待缴费')).toBeTruthy();
    expect(within(row).getByText('¥100.00')).toBeTruthy();
    expect(screen.getByText('未缴费，暂不能出件')).toBeTruthy();
  });

  it('shows the server’s price-mismatch refusal inside the dialog', async () => {
    renderCard((method, url) => {
      if (method === 'GET' && url === '/api/v1/cases/c1/fee-notices') return { status: 200, body: [] };
      if (method === 'GET' && url === '/api/v1/items/i1/fees') return { status: 200, body: ITEM_FEES };
      if (method === 'POST' && url === '/api/v1/cases/c1/fee-notices')
        return {
          status: 422,
          body: problem(
            422,
            'FEE_PRICE_MISMATCH',
            '收费项目 住宅类不动产登记费 的金额与收费目录不一致，请刷新后重新开具',
          ),
        };
    });
    fireEvent.click(await screen.findByRole('button', { name: /开具缴费通知单/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(await within(dialog).findByRole('checkbox', { name: '住宅类不动产登记费' }));
    fireEvent.click(within(dialog).getByRole('button', { name: '开具' }));
    expect((await within(dialog).findByTestId('issue-error')).textContent).toContain('与收费目录不一致');
  });

  it('a cashier sees the notices but cannot issue; an item without catalog lines cannot be charged', async () => {
    renderCard((method, url) => {
      if (method === 'GET' && url === '/api/v1/cases/c1/fee-notices')
        return { status: 200, body: [notice({ status: 'paid', statusLabel: '已缴费', allowedActions: ['refund'] })] };
    }, CASHIER);
    expect(await screen.findByTestId('case-notice-DLJF202611260001')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /开具缴费通知单/ })).toBeNull();
    expect(screen.queryByText('未缴费，暂不能出件')).toBeNull();
    cleanup();
    renderCard((method, url) => {
      if (method === 'GET' && url === '/api/v1/cases/c1/fee-notices') return { status: 200, body: [] };
      if (method === 'GET' && url === '/api/v1/items/i1/fees')
        return { status: 200, body: { ...ITEM_FEES, current: null } };
    });
    fireEvent.click(await screen.findByRole('button', { name: /开具缴费通知单/ }));
    expect(await screen.findByText(/该事项没有收费目录/)).toBeTruthy();
  });

  it('computes line amounts by the catalog rule and refuses bad quantities', () => {
    const perUnit = catalogLine({
      mode: 'per_unit',
      amountFen: null,
      unitPriceFen: 38000,
      unitName: '平方米',
      capFen: null,
    });
    expect(pickedAmount(perUnit, 7)).toBe(266000);
    expect(pickedAmount(perUnit, 0)).toBeNull();
    expect(pickedAmount(perUnit, 1.5)).toBeNull();
    expect(pickedAmount(perUnit, null)).toBeNull();
    expect(pickedAmount(catalogLine({}), null)).toBe(8000);
  });
});
