// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockBrowserApis, problem } from '../admin/test-utils';
import FeesApp from './FeesApp';
import { CASHIER, notice, payment } from './test-fixtures';
import { renderFees } from './test-utils';

const LIST = '/api/v1/halls/h-dl/fee-notices?number=DLJF202611260001';

describe('cashier window 收费窗口', () => {
  beforeEach(() => mockBrowserApis());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('finds a notice, takes exactly the amount due with method and 票据号, then prints the receipt', async () => {
    const paid = notice({ status: 'paid', payment: payment(), allowedActions: ['refund'], paidFen: 10000 });
    const calls = renderFees({
      path: '/desk/fees/cashier',
      route: '/desk/fees/*',
      me: CASHIER,
      page: <FeesApp />,
      routes: (method, url) => {
        if (method === 'GET' && url === LIST) return { status: 200, body: [notice()] };
        if (method === 'POST' && url === '/api/v1/fee-notices/n1/pay')
          return { status: 201, body: { payment: payment(), notice: paid } };
        if (method === 'GET' && url === '/api/v1/fee-payments/p1')
          return { status: 200, body: { payment: payment(), notice: paid } };
      },
    });
    const search = await screen.findByRole('searchbox', { name: '缴费通知单号或办件编号' });
    fireEvent.change(search, { target: { value: 'dljf202611260001' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    const card = await screen.findByTestId('cashier-notice');
    expect(within(card).getByText('住宅类不动产登记费')).toBeTruthy();
    expect(within(card).getByText('每本¥10.00，封顶¥25.00')).toBeTruthy();
    expect(within(card).getByTestId('pay-amount').textContent).toBe('¥100.00');
    // the amount is shown, never typed: there is no amount input
    expect(within(card).queryByRole('textbox', { name: /金额/ })).toBeNull();

    const confirm = within(card).getByRole('button', { name: '确认收款 ¥100.00' });
    fireEvent.click(confirm);
    expect(await within(card).findByText('请填写票据号')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.click(within(card).getByRole('radio', { name: '银行卡' }));
    fireEvent.change(within(card).getByLabelText('票据号'), { target: { value: ' PJ0001 ' } });
    fireEvent.click(confirm);
    const receipt = await screen.findByTestId('receipt');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      amountFen: 10000,
      method: 'card',
      receiptNo: 'PJ0001',
    });
    expect(within(receipt).getByTestId('receipt-no').textContent).toBe('PJ0001');
    expect(within(receipt).getByTestId('receipt-total').textContent).toBe('¥100.00');
    expect(within(receipt).getByTestId('receipt-words').textContent).toBe('壹佰元整');
    expect(within(receipt).getByText('东岭县政务服务中心')).toBeTruthy();
    expect(within(receipt).getByText('DL202611260003')).toBeTruthy();
    expect(within(receipt).getByText('银行卡')).toBeTruthy();
    expect(within(receipt).getByText('钱收费')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'GET' && c.url === LIST)).toHaveLength(1);
  });

  it('shows the server’s refusal in Chinese while a waiver is pending, and pays nothing', async () => {
    const pending = notice({ pendingWaivers: 1, allowedActions: [] });
    renderFees({
      path: '/desk/fees/cashier',
      route: '/desk/fees/*',
      me: CASHIER,
      page: <FeesApp />,
      routes: (method, url) => {
        if (method === 'GET' && url.startsWith('/api/v1/halls/h-dl/fee-notices?caseNumber=DL202611260003'))
          return { status: 200, body: [pending] };
        if (method === 'POST' && url === '/api/v1/fee-notices/n1/pay')
          return {
            status: 422,
            body: problem(422, 'WAIVER_NOT_APPROVED', '该通知单有尚未审批的减免申请，审批后才能收费'),
          };
      },
    });
    const search = await screen.findByRole('searchbox', { name: '缴费通知单号或办件编号' });
    fireEvent.change(search, { target: { value: 'DL202611260003' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    const card = await screen.findByTestId('cashier-notice');
    expect(within(card).getByText('有 1 项减免申请待审批，审批前不能收费')).toBeTruthy();
    fireEvent.change(within(card).getByLabelText('票据号'), { target: { value: 'PJ0002' } });
    fireEvent.click(within(card).getByRole('button', { name: /确认收款/ }));
    await waitFor(() =>
      expect(within(card).getByTestId('pay-error').textContent).toContain(
        '该通知单有尚未审批的减免申请，审批后才能收费',
      ),
    );
    expect(screen.queryByTestId('receipt')).toBeNull();
  });

  it('the fee area sends the cashier to the window and refuses users without fee.read', async () => {
    renderFees({ path: '/desk/fees', route: '/desk/fees/*', me: CASHIER, page: <FeesApp />, routes: () => undefined });
    expect(await screen.findByRole('heading', { name: '收费窗口' })).toBeTruthy();
    cleanup();
    renderFees({
      path: '/desk/fees/settlement',
      route: '/desk/fees/*',
      me: { ...CASHIER, permissions: ['hall.read'] },
      page: <FeesApp />,
      routes: () => undefined,
    });
    expect(await screen.findByText('您没有访问此页面的权限')).toBeTruthy();
  });
});
