// Hall floor journey with three pages open: a visitor takes a ticket at the kiosk, the window clerk
// calls it from the workbench, and the hall display shows (and would speak) the call within a second.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiGet, apiLogin, BASE_URL, DEMO_PASSWORD, launch, openQueueToday, shot } from './lib.mjs';

let browser;
let hall;
let windowId;
let servedType;
before(async () => {
  browser = await launch();
  hall = (await apiGet('/api/v1/public/halls')).find((h) => h.name.includes('东岭县'));
  const staff = await apiLogin('county.staff');
  [windowId] = staff.user.windowIds;
  assert.ok(windowId, 'county.staff works at a window');
  const bench = await staff.call('GET', `/api/v1/windows/${windowId}/workbench`);
  assert.equal(bench.status, 200, JSON.stringify(bench.body));
  servedType = bench.body.types.find((t) => t.preferred) ?? bench.body.types[0];
  await openQueueToday(
    hall.id,
    bench.body.types.map((t) => t.id),
  );
});
after(() => browser?.close());

test('kiosk → workbench → display, live', async () => {
  const context = await browser.newContext({ baseURL: BASE_URL, locale: 'zh-CN' });
  const display = await context.newPage();
  const kiosk = await context.newPage();
  const desk = await browser.newPage({ baseURL: BASE_URL, locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  try {
    await display.setViewportSize({ width: 1920, height: 1080 });
    await display.addInitScript(() => {
      window.__spoken = [];
      window.speechSynthesis.speak = (u) => {
        window.__spoken.push(u.text);
        setTimeout(() => u.dispatchEvent(new Event('end')), 50);
      };
    });
    await display.goto(`/floor/display/${hall.id}`);
    await display.getByRole('button', { name: /点击启用语音播报/ }).click();
    await display.getByText('实时连接').waitFor();

    // the visitor takes a number
    await kiosk.setViewportSize({ width: 1080, height: 1920 });
    await kiosk.addInitScript(() => {
      window.print = () => {
        window.__printed = (window.__printed ?? 0) + 1;
      };
    });
    await kiosk.goto(`/floor/kiosk/${hall.id}`);
    await kiosk.getByRole('button', { name: new RegExp(servedType.name) }).click();
    await kiosk.getByRole('button', { name: '直接取号' }).click();
    await kiosk.getByRole('heading', { name: '您的排队号' }).waitFor();
    const number = (await kiosk.locator('.yz-fl-ticket-number').textContent()).trim();
    assert.match(number, /^[A-Z]\d{3}$/);
    await kiosk.waitForFunction(() => window.__printed === 1, null, { timeout: 5000 }); // the ticket is printed once
    await shot(kiosk, 'queue-kiosk-ticket');

    // the clerk logs in, signs in to the window and calls
    await desk.goto(`/admin/login?next=/desk/window/${windowId}`);
    await desk.getByLabel('用户名').fill('county.staff');
    await desk.getByLabel('密码').fill(DEMO_PASSWORD);
    await desk.getByRole('button', { name: '登录' }).click();
    await desk.waitForURL(`**/desk/window/${windowId}`);
    await desk
      .getByRole('button', { name: /^(签到|签退)$/ })
      .first()
      .waitFor();
    const signIn = desk.getByRole('button', { name: /^签到$/ });
    if (await signIn.isVisible()) {
      await signIn.click();
      await desk.getByRole('button', { name: /^签退$/ }).waitFor();
    }
    await desk.getByText(number).first().waitFor(); // the waiting list shows the kiosk ticket
    // call until the kiosk ticket comes up (a reused database may hold earlier tickets); each call must
    // reach the display within a second
    let called = '';
    for (let i = 0; i < 20 && called !== number; i++) {
      const t0 = Date.now();
      await desk.getByRole('button', { name: /叫号/ }).click();
      await desk
        .getByTestId('current-number')
        .filter({ hasNotText: called || '\u0000' })
        .waitFor();
      called = (await desk.getByTestId('current-number').textContent()).trim();
      await display.locator('.yz-fl-now-line', { hasText: called }).waitFor({ timeout: 3000 });
      const seenAfter = Date.now() - t0;
      assert.ok(seenAfter <= 1000, `the display shows ${called} within a second of the click (took ${seenAfter} ms)`);
    }
    assert.equal(called, number, 'the kiosk ticket was called');
    await shot(desk, 'queue-workbench-called');
    await shot(display, 'queue-display-called');

    // the workbench shows it as the current ticket; the display spoke it in Chinese, numbers only
    const said = (n) => `请${n}号到`;
    await display.waitForFunction(
      (prefix) => window.__spoken.some((s) => s.replace(/[\s，,]+/g, '').startsWith(prefix)),
      said(number),
      { timeout: 10_000 },
    );
    const spoken = (await display.evaluate(() => window.__spoken)).map((s) => s.replace(/[\s，,]+/g, ''));
    assert.ok(
      spoken.some((s) => /^请[A-Z]\d{3}号到\d+号窗口办理$/.test(s) && s.startsWith(said(number))),
      spoken.join(' | '),
    );
    const shown = await display.locator('body').textContent();
    assert.ok(!shown.includes('county.staff'), 'no personal names of citizens or accounts on the display');
  } catch (err) {
    await shot(desk, 'FAILED-queue-desk').catch(() => {});
    await shot(display, 'FAILED-queue-display').catch(() => {});
    await shot(kiosk, 'FAILED-queue-kiosk').catch(() => {});
    throw err;
  } finally {
    await context.close();
    await desk.close();
  }
});
