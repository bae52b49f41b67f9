// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { installDomMocks, renderPublic } from '../test-utils';
import { BOOKED, BOOKING_TYPES, type Call, mockBookingApi, problemBody, SLOT_DAYS } from './test-helpers';

const GOOD_ID = '11010519491231002X';
let calls: Call[];
let bookAnswer: () => { status: number; body?: unknown };
let slotFetches: number;

beforeAll(installDomMocks);
beforeEach(() => {
  localStorage.clear();
  slotFetches = 0;
  bookAnswer = () => ({ status: 201, body: BOOKED });
  calls = mockBookingApi((method, url) => {
    if (url === '/api/v1/public/halls/h-county/business-types') return { status: 200, body: BOOKING_TYPES };
    if (url === '/api/v1/public/halls/h-county/appointment-slots?businessTypeId=t-a') {
      slotFetches++;
      return { status: 200, body: SLOT_DAYS };
    }
    if (method === 'POST' && url === '/api/v1/public/halls/h-county/appointments') return bookAnswer();
    return undefined;
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function toPersonStep() {
  renderPublic('/halls/h-county/booking');
  fireEvent.click(await screen.findByRole('button', { name: /综合受理/ }));
  const slots = await screen.findByRole('heading', { name: /的时段/ });
  expect(slots.textContent).toBe('1月7日 周一 的时段');
  fireEvent.click(screen.getByRole('button', { name: /09:30–10:00/ }));
  fireEvent.click(screen.getByRole('button', { name: '下一步' }));
  await screen.findByRole('heading', { name: '请填写办事人信息（实名预约）' });
}

function fill(label: string, value: string) {
  const input = screen.getByLabelText(label);
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

describe('public booking', () => {
  it('lists only bookable types; days show free places; slots show free, full and closed', async () => {
    renderPublic('/halls/h-county/booking');
    expect(await screen.findByRole('heading', { level: 1, name: '网上预约' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: /综合受理/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /企业开办/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /综合受理/ }));
    await screen.findByRole('heading', { name: /的时段/ });
    const days = screen.getAllByRole('button', { name: /1月[78]日/ });
    expect(days.map((d) => d.textContent)).toEqual(['1月7日 周一可约 3', '1月8日 周二已约满']);
    const full = screen.getByRole('button', { name: /09:00–09:30/ }) as HTMLButtonElement;
    expect(full.disabled).toBe(true);
    expect(full.textContent).toContain('已约满');
    expect(screen.getByRole('button', { name: /10:00–10:30/ }).textContent).toContain('已截止');
    expect(screen.getByRole('button', { name: /09:30–10:00/ }).textContent).toContain('余 3 个');
    expect((screen.getByRole('button', { name: '下一步' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('books: validates the ID number, confirms, and shows the booking code large with date and time', async () => {
    await toPersonStep();
    fill('姓名', '张三');
    fill('身份证号', '110105194912310021');
    fill('手机号码', '13800138000');
    fireEvent.click(screen.getByRole('button', { name: '下一步' }));
    expect(await screen.findByText('身份证号校验位不正确，请核对')).toBeTruthy();
    fill('身份证号', GOOD_ID.toLowerCase());
    fireEvent.click(screen.getByRole('button', { name: '下一步' }));
    const confirm = await screen.findByRole('region', { name: '请核对预约信息' });
    expect(confirm.textContent).toContain('清溪市云岭县行政服务中心');
    expect(confirm.textContent).toContain('2030-01-07（周一）09:30–10:00');
    expect(confirm.textContent).toContain(GOOD_ID);
    fireEvent.click(within(confirm).getByRole('button', { name: '确认预约' }));
    const done = await screen.findByRole('region', { name: /预约成功/ });
    expect(within(done).getByText('K7M2P9QX')).toBeTruthy();
    expect(done.textContent).toContain('2030-01-07（周一）09:30–10:00');
    expect(done.textContent).toContain('请在预约时段内到大厅取号机签到');
    expect(within(done).getByRole('link', { name: '查看或取消预约' }).getAttribute('href')).toBe(
      '/halls/h-county/booking/mine?code=K7M2P9QX',
    );
    const post = calls.find((c) => c.method === 'POST' && c.url.endsWith('/appointments'));
    expect(post?.body).toEqual({
      businessTypeId: 't-a',
      date: '2030-01-07',
      slotStart: '09:30',
      name: '张三',
      idNumber: GOOD_ID,
      phone: '13800138000',
    });
  });

  it('a slot taken meanwhile sends the visitor back to choose again, with fresh places and the reason', async () => {
    bookAnswer = () => problemBody(409, 'SLOT_FULL', '该时段已约满，请选择其他时段');
    await toPersonStep();
    fill('姓名', '张三');
    fill('身份证号', GOOD_ID);
    fill('手机号码', '13800138000');
    fireEvent.click(screen.getByRole('button', { name: '下一步' }));
    fireEvent.click(await screen.findByRole('button', { name: '确认预约' }));
    expect((await screen.findByRole('alert')).textContent).toContain('该时段已约满，请选择其他时段');
    expect(screen.getByRole('heading', { name: '请选择日期和时段' })).toBeTruthy();
    await waitFor(() => expect(slotFetches).toBe(2));
    expect((screen.getByRole('button', { name: '下一步' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('a duplicate booking is explained on the confirm step', async () => {
    bookAnswer = () => problemBody(409, 'DUPLICATE', '您当天已预约该业务，不能重复预约');
    await toPersonStep();
    fill('姓名', '张三');
    fill('身份证号', GOOD_ID);
    fill('手机号码', '13800138000');
    fireEvent.click(screen.getByRole('button', { name: '下一步' }));
    fireEvent.click(await screen.findByRole('button', { name: '确认预约' }));
    expect((await screen.findByRole('alert')).textContent).toContain('您当天已预约该业务，不能重复预约');
    expect(screen.getByRole('heading', { name: '请核对预约信息' })).toBeTruthy();
  });

  it('?type= from the hall home starts at the time step', async () => {
    renderPublic('/halls/h-county/booking?type=t-a');
    expect(await screen.findByRole('heading', { name: '请选择日期和时段' })).toBeTruthy();
  });
});

describe('hall home queue card', () => {
  it('shows waiting counts per type and links to booking', async () => {
    renderPublic('/halls/h-county');
    const card = await screen.findByRole('region', { name: '预约取号 · 排队情况' });
    expect(card.textContent).toContain('综合受理等候 6 人 · 约 25 分钟');
    expect(card.textContent).toContain('不在取号时间（08:30–11:45）');
    expect(within(card).getByRole('link', { name: '网上预约' }).getAttribute('href')).toBe('/halls/h-county/booking');
    expect(within(card).getByRole('link', { name: '预约综合受理' }).getAttribute('href')).toBe(
      '/halls/h-county/booking?type=t-a',
    );
    expect(within(card).getByRole('link', { name: '我的预约' }).getAttribute('href')).toBe(
      '/halls/h-county/booking/mine',
    );
  });
});
