// Prepares the queue benchmark through the admin API (as the demo `admin`): bench halls under
// 东岭县 (county A), open around the clock, each with 26 business types (A–Z, cap 999 a day,
// take hours 00:00–23:59); in the cycle halls one window per type with its own staff member and
// login. Makes today a working day when the hall calendar says it is not.
import { ApiClient } from './http.mjs';

export const DEMO_PASSWORD = 'Yizhan@2026';
const STAFF_PASSWORD = 'Bench#Window-2026';
const PREFIXES = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const ALL_DAY = [{ start: '00:00', end: '23:59' }];

/** Today in Asia/Shanghai (the queue's service date), YYYY-MM-DD. */
export function chinaToday(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

const isWeekend = (iso) => [0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay());

/** Make `date` a working day for `hallId` (an own calendar year for that hall), if it is not one. */
async function ensureWorkingDay(admin, hallId, date) {
  const [day] = await admin.get(`/api/v1/calendar/days?hallId=${hallId}&from=${date}&to=${date}`);
  if (day?.working) return false;
  const year = Number(date.slice(0, 4));
  const detail = await admin.get(`/api/v1/halls/${hallId}/calendar/years/${year}`);
  const days = detail.days.filter((d) => d.date !== date);
  if (isWeekend(date)) days.push({ date, kind: 'makeup', name: '压测调休' });
  await admin.put(`/api/v1/halls/${hallId}/calendar/years/${year}`, {
    status: detail.status,
    source: '压测：今天设为工作日',
    days,
  });
  return true;
}

async function createHall(admin, parent, tag, i, role) {
  const hall = await admin.post('/api/v1/halls', {
    parentId: parent.id,
    name: `压测大厅${role}${i}`,
    level: 'township',
    divisionCode: `${parent.divisionCode.slice(0, 6)}${String(900 + i).padStart(3, '0')}`,
    code: `B${tag}${i}`.slice(0, 12),
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, sessions: ALL_DAY })),
  });
  const types = [];
  for (const prefix of PREFIXES) {
    const t = await admin.post(`/api/v1/halls/${hall.id}/business-types`, {
      name: `压测业务${prefix}`,
      prefix,
      dailyCap: 999,
      takeHours: ALL_DAY,
      avgServiceMinutes: 5,
    });
    types.push({ id: t.id, hallId: hall.id, prefix });
  }
  return { hall, types };
}

async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * `issueHalls` halls for ticket issue (26 × 999 tickets a day each) and `cycleHalls` halls whose
 * 26 windows each serve one type and have a logged-in operator.
 * Returns `{ issueTypes: [{id, hallId}], windows: [{id, hallId, typeId, cookie, csrf}], today }`.
 */
export async function setupQueueBench(base, { issueHalls, cycleHalls, log = () => {} }) {
  const admin = await new ApiClient(base).login('admin', DEMO_PASSWORD);
  const halls = await admin.get('/api/v1/halls');
  const countyA =
    halls.find((h) => h.level === 'county' && h.name.includes('东岭')) ?? halls.find((h) => h.level === 'county');
  const today = chinaToday();
  const tag = Date.now().toString(36).toUpperCase().slice(-6);

  const issueTypes = [];
  for (let i = 1; i <= issueHalls; i++) issueTypes.push(...(await createHall(admin, countyA, tag, i, 'I')).types);

  const windows = [];
  for (let i = 1; i <= cycleHalls; i++) {
    const { hall, types } = await createHall(admin, countyA, tag, 50 + i, 'C');
    for (const [k, type] of types.entries()) {
      const number = `Y${String(k + 1).padStart(2, '0')}`;
      const w = await admin.post(`/api/v1/halls/${hall.id}/windows`, {
        number,
        kind: 'comprehensive',
        name: `压测窗口${number}`,
      });
      await admin.put(`/api/v1/windows/${w.id}/business-types`, {
        types: [{ businessTypeId: type.id, preferred: true }],
      });
      const staff = await admin.post(`/api/v1/halls/${hall.id}/staff`, { name: `压测员${i}${number}` });
      await admin.post(`/api/v1/staff/${staff.id}/assignments`, { windowId: w.id, fromDate: today });
      const username = `bench${tag.toLowerCase()}.${i}${number.toLowerCase()}`;
      await admin.post('/api/v1/users', {
        username,
        displayName: `压测员${i}${number}`,
        hallId: hall.id,
        roles: ['window_staff'],
        password: STAFF_PASSWORD,
        staffId: staff.id,
      });
      windows.push({ id: w.id, hallId: hall.id, typeId: type.id, username });
    }
  }
  const madeWorking = [];
  for (const hallId of new Set([...issueTypes, ...windows].map((x) => x.hallId)))
    if (await ensureWorkingDay(admin, hallId, today)) madeWorking.push(hallId);
  if (madeWorking.length) log(`today (${today}) made a working day for ${madeWorking.length} bench halls`);

  // Login allows 20 a minute per client address: spread the operators over loopback addresses.
  await mapLimit(windows, 4, async (w, i) => {
    const c = await new ApiClient(base, { localAddress: `127.0.0.${10 + Math.floor(i / 15)}` }).login(
      w.username,
      STAFF_PASSWORD,
    );
    w.cookie = c.cookie;
    w.csrf = c.csrf;
  });
  return { issueTypes, windows, today };
}
