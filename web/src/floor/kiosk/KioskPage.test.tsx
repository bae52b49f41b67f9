// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { HALL, TICKET, TYPES } from '../test-fixtures';
import { installDomMocks, mockFetch, problem, renderFloor } from '../test-utils';

// a valid GB 11643 number (check digit X) and one with a wrong check digit
const GOOD_ID = '11010519491231002X';
const BAD_ID = '110105194912310021';

let printMock: ReturnType<typeof vi.fn>;
let tickets: unknown[];
let ticketAnswer: () => { status: number; body?: unknown };

beforeAll(installDomMocks);
beforeEach(() => {
  localStorage.clear();
  tickets = [];
  ticketAnswer = () => ({ status: 201, body: TICKET });
  printMock = vi.fn();
  Object.defineProperty(window, 'print', { value: printMock, configurable: true, writable: true });
  mockFetch((method, url, body) => {
    if (url === '/api/v1/public/halls/h1') return { status: 200, body: HALL };
    if (url === '/api/v1/public/halls/h1/business-types') return { status: 200, body: TYPES };
    if (method === 'POST' && url === '/api/v1/public/halls/h1/tickets') {
      tickets.push(body);
      return ticketAnswer();
    }
    if (method === 'POST' && url === '/api/v1/public/halls/h1/check-in') {
      tickets.push(body);
      return (body as { code: string }).code === 'K7M2P9QX'
        ? {
            status: 201,
            body: { ...TICKET, number: 'A006', appointmentCode: 'K7M2P9QX', slotStart: '09:30', slotEnd: '10:00' },
          }
        : problem(404, 'NOT_FOUND', '预约码不存在或不是今天的预约');
    }
    return undefined;
  });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('kiosk', () => {
  it('shows the hall, one big button per type with its waiting count, and disables a closed type with the reason', async () => {
    renderFloor('/floor/kiosk/h1');
    expect(await screen.findByText('东岭县政务服务中心')).toBeTruthy();
    const a = await screen.findByRole('button', { name: /综合受理/ });
    expect(a.textContent).toContain('等候 4 人');
    expect(a.textContent).toContain('约 20 分钟');
    expect((a as HTMLButtonElement).disabled).toBe(false);
    const b = screen.getByRole('button', { name: /不动产登记/ });
    expect((b as HTMLButtonElement).disabled).toBe(true);
    expect(b.textContent).toContain('今日号已取完');
  });

  it('takes a ticket without details, shows it, prints it, and returns to the start after 15 s', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderFloor('/floor/kiosk/h1');
    fireEvent.click(await screen.findByRole('button', { name: /综合受理/ }));
    fireEvent.click(screen.getByRole('button', { name: '直接取号' }));
    expect(await screen.findByRole('heading', { name: '您的排队号' })).toBeTruthy();
    expect(tickets).toEqual([{ businessTypeId: 't-a' }]);
    expect(screen.getAllByText('A005').length).toBeGreaterThan(0);
    expect(screen.getAllByText('前面还有 4 人').length).toBe(2); // screen + receipt
    expect(screen.getAllByText('预计等候 20 分钟').length).toBe(2);
    expect(document.querySelector('.yz-receipt')?.textContent).toContain('请留意叫号屏');
    expect(document.querySelector('.yz-receipt')?.textContent).toContain('2026-11-26 09:30:05');
    await act(async () => undefined); // flush the print effect
    await act(async () => {
      vi.advanceTimersByTime(500);
    });
    expect(printMock).toHaveBeenCalledTimes(1);
    await act(async () => {
      vi.advanceTimersByTime(15_500);
    });
    expect(await screen.findByRole('heading', { name: '请选择要办理的业务' })).toBeTruthy();
    expect(printMock).toHaveBeenCalledTimes(1);
  });

  it('validates an ID number typed on the keypad before sending it (GB 11643 check digit)', async () => {
    renderFloor('/floor/kiosk/h1');
    fireEvent.click(await screen.findByRole('button', { name: /综合受理/ }));
    fireEvent.click(screen.getByRole('button', { name: '输入身份证号' }));
    const keypad = screen.getByRole('group', { name: '数字键盘' });
    for (const ch of BAD_ID) fireEvent.click(within(keypad, ch));
    expect((screen.getByLabelText('身份证号') as HTMLInputElement).value).toBe(BAD_ID);
    fireEvent.click(screen.getByRole('button', { name: '取号' }));
    expect((await screen.findByRole('alert')).textContent).toBe('身份证号校验位不正确，请核对');
    expect(tickets).toEqual([]);
    // a physical keyboard types into the same field; lower-case x becomes X
    fireEvent.change(screen.getByLabelText('身份证号'), { target: { value: GOOD_ID.toLowerCase() } });
    fireEvent.click(screen.getByRole('button', { name: '取号' }));
    await screen.findByRole('heading', { name: '您的排队号' });
    expect(tickets).toEqual([{ businessTypeId: 't-a', idNumber: GOOD_ID }]);
  });

  it('accepts a mobile number and rejects a short one', async () => {
    renderFloor('/floor/kiosk/h1');
    fireEvent.click(await screen.findByRole('button', { name: /综合受理/ }));
    fireEvent.click(screen.getByRole('button', { name: '输入手机号' }));
    const field = screen.getByLabelText('手机号') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '1380013' } });
    fireEvent.submit(field.form as HTMLFormElement);
    expect((await screen.findByRole('alert')).textContent).toBe('请输入 11 位手机号码');
    fireEvent.change(field, { target: { value: '138-0013-8000 99' } });
    expect(field.value).toBe('13800138000');
    fireEvent.submit(field.form as HTMLFormElement);
    await screen.findByRole('heading', { name: '您的排队号' });
    expect(tickets).toEqual([{ businessTypeId: 't-a', phone: '13800138000' }]);
  });

  it('shows a refusal (cap reached) in large Chinese text from the problem detail', async () => {
    ticketAnswer = () => problem(422, 'DAILY_CAP_REACHED', '综合受理今日号源已发完，请明日再来');
    renderFloor('/floor/kiosk/h1');
    fireEvent.click(await screen.findByRole('button', { name: /综合受理/ }));
    fireEvent.click(screen.getByRole('button', { name: '直接取号' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('暂时无法取号');
    expect(alert.textContent).toContain('综合受理今日号源已发完，请明日再来');
    fireEvent.click(screen.getByRole('button', { name: '返回首页' }));
    expect(await screen.findByRole('heading', { name: '请选择要办理的业务' })).toBeTruthy();
  });

  it('checks in with a booking code and prints the ticket; an unknown code shows the reason', async () => {
    renderFloor('/floor/kiosk/h1');
    fireEvent.click(await screen.findByRole('button', { name: '预约签到' }));
    const field = screen.getByLabelText('预约码') as HTMLInputElement;
    fireEvent.change(field, { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: '签到取号' }));
    expect((await screen.findByRole('alert')).textContent).toBe('预约码为 8 位字母和数字');
    // typed on a keyboard: lower case, a dash, and look-alikes that no code contains (0, O, 1, I) are dropped
    fireEvent.change(field, { target: { value: 'a0bcd-e1fgh' } });
    expect(field.value).toBe('ABCDEFGH');
    fireEvent.click(screen.getByRole('button', { name: '签到取号' }));
    expect((await screen.findByRole('alert')).textContent).toContain('预约码不存在或不是今天的预约');
    fireEvent.click(screen.getByRole('button', { name: '返回首页' }));
    fireEvent.click(await screen.findByRole('button', { name: '预约签到' }));
    const keypad = screen.getByRole('group', { name: '数字键盘' });
    for (const ch of 'K7M2P9QX') fireEvent.click(within(keypad, ch));
    fireEvent.click(screen.getByRole('button', { name: '签到取号' }));
    expect(await screen.findByRole('heading', { name: '您的排队号' })).toBeTruthy();
    expect(screen.getAllByText('A006').length).toBeGreaterThan(0);
    expect(screen.getAllByText('预约时段 09:30–10:00')).toHaveLength(2); // screen + receipt
    expect(tickets).toEqual([{ code: 'ABCDEFGH' }, { code: 'K7M2P9QX' }]);
  });

  it('goes back to the start when a step is left untouched for a minute', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderFloor('/floor/kiosk/h1');
    fireEvent.click(await screen.findByRole('button', { name: /综合受理/ }));
    expect(screen.getByRole('button', { name: '直接取号' })).toBeTruthy();
    await act(async () => {
      vi.advanceTimersByTime(61_000);
    });
    await waitFor(() => expect(screen.queryByRole('button', { name: '直接取号' })).toBeNull());
    expect(screen.getByRole('heading', { name: '请选择要办理的业务' })).toBeTruthy();
  });
});

describe('kiosk without a hall', () => {
  it('says so for an unknown hall', async () => {
    mockFetch(() => undefined);
    renderFloor('/floor/kiosk/nope');
    expect((await screen.findByRole('alert')).textContent).toBe('大厅不存在');
  });
});

function within(group: HTMLElement, key: string): HTMLElement {
  const button = [...group.querySelectorAll('button')].find((b) => b.textContent === key);
  if (!button) throw new Error(`no key ${key}`);
  return button;
}
