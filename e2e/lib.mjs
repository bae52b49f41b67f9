import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
export const DEMO_PASSWORD = 'Yizhan@2026';

/** Debian's Chromium with the flags this machine needs (no downloads, no background networking). */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Save a screenshot under e2e/artifacts (kept by CI on failure, looked at during development). */
export async function shot(page, name) {
  mkdirSync('e2e/artifacts', { recursive: true });
  await page.screenshot({ path: `e2e/artifacts/${name}.png`, fullPage: true });
}

/** Run `fn(page)`; on failure keep a screenshot named after the test. */
export async function withPage(browser, name, fn, opts = {}) {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 900 },
    ...opts,
  });
  const page = await context.newPage();
  try {
    await fn(page);
  } catch (err) {
    await shot(page, `FAILED-${name}`).catch(() => {});
    throw err;
  } finally {
    await context.close();
  }
}

/** A new page in its own context, signed in as `username` on the login page and landed on `next`. */
export async function signIn(browser, username, next) {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(`/admin/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((u) => u.pathname === next.split('?')[0]);
  return page;
}

export async function apiGet(path) {
  const res = await fetch(`${BASE_URL}${path}`);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return res.json();
}

/** A small API client with a session cookie and CSRF token, for test setup. */
export async function apiLogin(username, password = DEMO_PASSWORD) {
  const res = await fetch(`${BASE_URL}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  const cookie = res.headers.get('set-cookie').split(';')[0];
  const { csrfToken, user } = await res.json();
  const call = async (method, path, body) => {
    const r = await fetch(`${BASE_URL}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await r.text();
    return { status: r.status, body: text ? JSON.parse(text) : null };
  };
  return { user, call };
}

/** Today in Asia/Shanghai as YYYY-MM-DD. */
export function shanghaiToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/**
 * Make the queue usable whenever the test runs: today a working day in the city's calendar (a make-up
 * day if it is a weekend or holiday) and the given business types open all day.
 */
export async function openQueueToday(hallId, typeIds) {
  const today = shanghaiToday();
  const [day] = await apiGet(`/api/v1/calendar/days?hallId=${hallId}&from=${today}&to=${today}`);
  if (!day.working) {
    const admin = await apiLogin('admin');
    const halls = await apiGet('/api/v1/public/halls');
    const root = halls.find((h) => h.parentId === null);
    const year = today.slice(0, 4);
    const cur = await admin.call('GET', `/api/v1/halls/${root.id}/calendar/years/${year}`);
    const days = (cur.body.days ?? []).filter((d) => d.date !== today);
    days.push({ date: today, kind: 'makeup', name: '测试调休' });
    const put = await admin.call('PUT', `/api/v1/halls/${root.id}/calendar/years/${year}`, {
      status: 'official',
      source: 'e2e',
      days,
      version: cur.body.origin === 'own' ? cur.body.version : undefined,
    });
    if (put.status !== 200) throw new Error(`calendar: ${put.status} ${JSON.stringify(put.body)}`);
  }
  const manager = await apiLogin('county.manager');
  for (const id of typeIds) {
    const r = await manager.call('PATCH', `/api/v1/business-types/${id}`, {
      takeHours: [{ start: '00:00', end: '23:59' }],
    });
    if (r.status !== 200) throw new Error(`open type: ${r.status} ${JSON.stringify(r.body)}`);
  }
}
