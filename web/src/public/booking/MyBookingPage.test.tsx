// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { installDomMocks, renderPublic } from '../test-utils';
import { BOOKED, type Call, mockBookingApi, problemBody } from './test-helpers';

let calls: Call[];

beforeAll(installDomMocks);
beforeEach(() => {
  localStorage.clear();
  calls = mockBookingApi((method, url, body) => {
    if (method === 'GET' && url === '/api/v1/public/appointments/K7M2P9QX?idLast4=002X')
      return { status: 200, body: BOOKED };
    if (method === 'GET' && url.startsWith('/api/v1/public/appointments/'))
      return problemBody(404, 'NOT_FOUND', '未找到预约，请核对预约码和身份证号后四位');
    if (method === 'POST' && url === '/api/v1/public/appointments/K7M2P9QX/cancel') {
      return (body as { idLast4: string }).idLast4 === '002X'
        ? { status: 200, body: { ...BOOKED, status: 'cancelled', canCancel: false } }
        : problemBody(404, 'NOT_FOUND', '未找到预约');
    }
    return undefined;
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('my booking', () => {
  it('looks a booking up by code (prefilled from the link) and the last 4 of the ID number, masked', async () => {
    renderPublic('/halls/h-county/booking/mine?code=K7M2P9QX');
    const code = (await screen.findByLabelText('预约码')) as HTMLInputElement;
    expect(code.value).toBe('K7M2P9QX');
    fireEvent.change(screen.getByLabelText('身份证号后四位'), { target: { value: '002x' } });
    fireEvent.click(screen.getByRole('button', { name: '查询预约' }));
    const result = await screen.findByRole('region', { name: /状态/ });
    expect(result.textContent).toContain('已预约');
    expect(result.textContent).toContain('2030-01-07（周一）09:30–10:00');
    expect(result.textContent).toContain('110105********002X');
    expect(result.textContent).toContain('张*');
  });

  it('cancels after a confirmation', async () => {
    renderPublic('/halls/h-county/booking/mine');
    fireEvent.change(await screen.findByLabelText('预约码'), { target: { value: 'k7m2-p9qx' } });
    fireEvent.change(screen.getByLabelText('身份证号后四位'), { target: { value: '002X' } });
    fireEvent.click(screen.getByRole('button', { name: '查询预约' }));
    fireEvent.click(await screen.findByRole('button', { name: '取消预约' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('确定取消这个预约吗？');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: '确定取消' }));
    expect(await screen.findByText('预约已取消')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('region', { name: /状态/ }).textContent).toContain('已取消'));
    expect(screen.queryByRole('button', { name: '取消预约' })).toBeNull();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ idLast4: '002X' });
  });

  it('shows the reason when the pair does not match, and checks the inputs first', async () => {
    renderPublic('/halls/h-county/booking/mine');
    fireEvent.click(await screen.findByRole('button', { name: '查询预约' }));
    expect(await screen.findByText('请输入 8 位预约码')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('预约码'), { target: { value: 'ABCDEFGH' } });
    fireEvent.change(screen.getByLabelText('身份证号后四位'), { target: { value: '1234' } });
    fireEvent.click(screen.getByRole('button', { name: '查询预约' }));
    expect((await screen.findByRole('alert')).textContent).toContain('未找到预约，请核对预约码和身份证号后四位');
  });
});
