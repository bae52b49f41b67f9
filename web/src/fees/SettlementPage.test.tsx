// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockBrowserApis, problem } from '../admin/test-utils';
import { shanghaiToday } from './lib';
import { SettlementPage } from './SettlementPage';
import { CASHIER, settlement } from './test-fixtures';
import { renderFees } from './test-utils';

describe('daily settlement 日结', () => {
  beforeEach(() => mockBrowserApis());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('a discrepancy keeps the day open and says expected vs declared; the right amount closes it', async () => {
    const today = shanghaiToday();
    let closed = false;
    const day = () => ({
      hallId: 'h-dl',
      day: today,
      rows: [
        settlement({
          day: today,
          ...(closed
            ? { status: 'closed', declaredFen: 18000, closedByName: '钱收费', closedAt: '2026-11-26T09:00:00Z' }
            : {}),
        }),
      ],
      totals: { paymentsFen: 18000, refundsFen: 0, netFen: 18000, waivedFen: 0 },
    });
    const calls = renderFees({
      path: '/desk/fees/settlement',
      route: '/desk/fees/settlement',
      me: CASHIER,
      page: <SettlementPage />,
      routes: (method, url, body) => {
        if (method === 'GET' && url === `/api/v1/halls/h-dl/fee-settlements?day=${today}`)
          return { status: 200, body: day() };
        if (method === 'POST' && url === '/api/v1/halls/h-dl/fee-settlements/close') {
          const declared = (body as { declaredFen: number }).declaredFen;
          if (declared !== 18000)
            return {
              status: 422,
              body: problem(
                422,
                'SETTLEMENT_DISCREPANCY',
                '日结对账不平，不能结账：实收 ¥170.00 与应解缴 ¥180.00 不符（差额 -¥10.00）',
                {
                  expectedFen: 18000,
                  declaredFen: declared,
                  problems: [],
                },
              ),
            };
          closed = true;
          return { status: 200, body: day().rows[0] };
        }
      },
    });
    const rows = await screen.findByTestId('settlement-rows');
    await within(rows).findByText('东岭县不动产登记中心');
    expect(within(rows).getByText('¥180.00', { selector: 'strong' })).toBeTruthy();
    expect(within(rows).getByText('现金 ¥80.00；银行卡 ¥100.00')).toBeTruthy();
    const exportLink = screen.getByRole('link', { name: /导出 Excel/ });
    expect(exportLink.getAttribute('href')).toBe(`/api/v1/halls/h-dl/fee-settlements.xlsx?day=${today}`);

    fireEvent.click(within(rows).getByRole('button', { name: '结账' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/实收金额/), { target: { value: '170' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '结账' }));
    const error = await within(dialog).findByTestId('close-error');
    expect(error.textContent).toContain('对账不平：应解缴 ¥180.00，实收 ¥170.00。');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      departmentId: 'd-bdc',
      day: today,
      declaredFen: 17000,
    });

    fireEvent.change(within(dialog).getByLabelText(/实收金额/), { target: { value: '180.00' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '结账' }));
    await waitFor(() => expect(within(rows).getByText('已结')).toBeTruthy());
    // a closed day has no close button any more
    expect(within(rows).queryByRole('button', { name: '结账' })).toBeNull();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2);
  });
});
