// e2e-databases: sqlite postgres
// The unified fee window 一个漏斗 through the real pages: a decided case of an item with fees cannot be
// picked up before its payment notice is paid; the window issues the notice from the item's catalog and
// asks for a waiver 减免 on a waivable line; the cashier is refused while the waiver is pending; the
// hall manager approves it (document number); the cashier takes the remaining amount and prints the
// receipt (amount in figures and in capital numerals); the pickup now goes through; the day's settlement
// of the receiving department refuses a wrong declared amount, closes with the right one, and exports
// a real .xlsx.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { apiGet, apiLogin, launch, shot, signIn } from './lib.mjs';

const ITEM = '不动产首次登记';
const APPROVER = { username: 'e2e.bdc.approver', password: 'Bdc-Approver#2026' };

/** A resident ID number: 17 digits plus their GB 11643 check character. */
function personId(body) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  return body + '10X98765432'[[...body].reduce((s, c, i) => s + Number(c) * w[i], 0) % 11];
}

let browser;
let hall;
let kase;

/** Set-up through the API: a case of 不动产首次登记, accepted and approved by the department's approver. */
async function decidedCase() {
  const item = (await apiGet(`/api/v1/public/halls/${hall.id}/items?q=${encodeURIComponent(ITEM)}`)).find(
    (i) => i.name === ITEM,
  );
  assert.ok(item, `${ITEM} is published in 东岭县`);
  const guide = await apiGet(`/api/v1/public/items/${item.id}`);
  const staff = await apiLogin('county.staff');
  let r = await staff.call('POST', `/api/v1/halls/${hall.id}/cases`, {
    itemId: item.id,
    applicant: { type: 'person', name: '周收费', idNumber: personId('44030519800101123'), phone: '13900001234' },
    materials: guide.materials.map((_m, i) => ({ position: i + 1, state: 'submitted' })),
  });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  r = await staff.call('POST', `/api/v1/cases/${r.body.id}/accept`, { rowVersion: r.body.rowVersion });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  const c = r.body;
  // the department's approver (the demo has none for 不动产登记中心): created by the administrator
  const admin = await apiLogin('admin');
  const u = await admin.call('POST', '/api/v1/users', {
    username: APPROVER.username,
    displayName: '孔审批',
    hallId: hall.id,
    roles: ['approver'],
    password: APPROVER.password,
    departmentId: c.departmentId,
  });
  assert.equal(u.status, 201, JSON.stringify(u.body));
  const approver = await apiLogin(APPROVER.username, APPROVER.password);
  for (let step = 0; step < 10; step++) {
    const inbox = await approver.call('GET', `/api/v1/halls/${hall.id}/case-inbox`);
    const task = inbox.body.find((t) => t.caseId === c.id);
    if (!task) break;
    const done = await approver.call('POST', `/api/v1/cases/${c.id}/tasks/${task.id}/complete`, {
      rowVersion: task.caseRowVersion,
      opinion: '材料齐全，符合登记条件',
      outcome: task.decides ? 'approve' : 'pass',
    });
    assert.equal(done.status, 200, JSON.stringify(done.body));
  }
  const decided = await staff.call('GET', `/api/v1/cases/${c.id}`);
  assert.equal(decided.body.status, 'decided');
  return decided.body;
}

before(async () => {
  browser = await launch();
  hall = (await apiGet('/api/v1/public/halls')).find((h) => h.name.includes('东岭县'));
  kase = await decidedCase();
});
after(() => browser?.close());

/** Try the pickup at the window; returns the alert shown when the server refuses it. */
async function pickUp(page) {
  await page.getByRole('button', { name: '送达出件' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('领取人姓名').fill('周收费');
  await dialog.getByLabel('领取人身份证号码').fill(personId('44030519800101123'));
  await dialog.getByLabel('已核验领取人身份证件原件').check();
  await dialog.getByRole('button', { name: '确认送达' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

test('notice → waiver pending blocks payment → approved → paid → receipt → pickup → settlement and export', async () => {
  const casePage = `/desk/cases/${kase.id}`;
  const staff = await signIn(browser, 'county.staff', casePage);
  const cashier = await signIn(browser, 'county.cashier', '/desk/fees/cashier');
  const manager = await signIn(browser, 'county.manager', '/desk/fees/approvals');
  try {
    await journey(staff, cashier, manager);
  } catch (err) {
    for (const [name, page] of Object.entries({ staff, cashier, manager }))
      await shot(page, `FAILED-fees-${name}`).catch(() => {});
    throw err;
  }
});

async function journey(staff, cashier, manager) {
  // 1. the window issues the notice: only the catalog's lines, amounts computed from the standard
  const fees = staff.getByTestId('case-fees');
  await fees.getByText('本办件尚未开具缴费通知单').waitFor();
  await fees.getByRole('button', { name: /开具缴费通知单/ }).click();
  let dialog = staff.getByRole('dialog');
  const lines = dialog.getByTestId('catalog-lines');
  await lines.getByText('住宅类不动产登记费', { exact: true }).waitFor();
  assert.equal(await lines.getByRole('checkbox').count(), 3, 'exactly the three lines of the catalog');
  await lines.getByRole('checkbox', { name: '住宅类不动产登记费', exact: true }).check();
  await lines.getByRole('checkbox', { name: '不动产权属证书工本费（第二本起）' }).check();
  await lines.getByRole('spinbutton', { name: /工本费.*数量/ }).fill('2');
  await dialog.getByTestId('amount-F03').filter({ hasText: '¥20.00' }).waitFor();
  await dialog.getByTestId('issue-total').filter({ hasText: '¥100.00' }).waitFor();
  await shot(staff, 'fees-1-issue');
  await dialog.getByRole('button', { name: /^开\s*具$/ }).click();
  const row = fees.locator('[data-testid^="case-notice-"]').first();
  await row.getByText('待缴费').waitFor();
  const number = (await row.getByText(/^DLJF\d{12}$/).textContent()).trim();

  // the printable notice for the applicant
  await row.getByRole('button', { name: /打印通知单/ }).click();
  const sheet = staff.getByTestId('notice-sheet');
  for (const text of [number, kase.number, '周收费', '¥100.00', '壹佰元整'])
    await sheet.getByText(text).first().waitFor();
  await shot(staff, 'fees-1b-notice-print');
  await staff.getByRole('button', { name: /返\s*回/ }).click();
  await staff.getByTestId('case-fees').getByText(number).waitFor();

  // 2. pickup is refused while the notice is unpaid: the server's reason is shown
  await pickUp(staff);
  await staff.getByText(`缴费通知单 ${number}（应缴 ¥100.00） 尚未缴费，请先到收费窗口缴费后再取件`).waitFor();
  await shot(staff, 'fees-2-pickup-blocked');

  // 3. a waiver of the registration fee is requested (reason, basis)
  await row.getByRole('button', { name: '申请减免' }).click();
  dialog = staff.getByRole('dialog');
  await dialog.getByLabel('减免金额（元）').fill('80');
  await dialog.getByLabel('减免理由').fill('申请人为小微企业（个体工商户）');
  await dialog.getByLabel('减免依据').fill('财税〔2016〕79号');
  await dialog.getByRole('button', { name: '申请减免' }).click();
  await row.getByText('待审批').waitFor();

  // 4. the cashier finds the notice; paying is refused while the waiver is pending
  const search = cashier.getByRole('searchbox', { name: '缴费通知单号或办件编号' });
  await search.fill(number);
  await search.press('Enter');
  const atCounter = cashier.getByTestId('cashier-notice');
  await atCounter.getByText('有 1 项减免申请待审批，审批前不能收费').waitFor();
  await atCounter.getByLabel('票据号').fill('E2E-0001');
  await atCounter.getByRole('button', { name: '确认收款 ¥100.00' }).click();
  await atCounter
    .getByTestId('pay-error')
    .filter({ hasText: '该通知单有尚未审批的减免申请，审批后才能收费' })
    .waitFor();
  await shot(cashier, 'fees-3-refused-pending-waiver');

  // 5. the hall manager approves it with the document number
  await manager.reload();
  const waiverRow = manager.getByRole('row').filter({ hasText: number });
  await waiverRow.getByRole('button', { name: /^批\s*准$/ }).click();
  dialog = manager.getByRole('dialog');
  await dialog.getByLabel('审批文号').fill('东政服减〔2026〕88号');
  await dialog.getByRole('button', { name: /^批\s*准$/ }).click();
  await manager.getByText('已记录审批结果').waitFor();
  await shot(manager, 'fees-4-approved');

  // 6. the cashier takes the remaining ¥20.00 and prints the receipt
  await search.press('Enter');
  await atCounter.getByTestId('pay-amount').filter({ hasText: '¥20.00' }).waitFor();
  await atCounter.locator('label').filter({ hasText: '扫码支付' }).click();
  await atCounter.getByLabel('票据号').fill('E2E-0001');
  await atCounter.getByRole('button', { name: '确认收款 ¥20.00' }).click();
  await cashier.waitForURL(/\/desk\/fees\/payments\/.+\/receipt$/);
  const receipt = cashier.getByTestId('receipt');
  await receipt.getByTestId('receipt-no').filter({ hasText: 'E2E-0001' }).waitFor();
  assert.equal(await receipt.getByTestId('receipt-total').textContent(), '¥20.00');
  assert.equal(await receipt.getByTestId('receipt-words').textContent(), '贰拾元整');
  for (const text of [number, kase.number, '周收费', '扫码支付', '东政服减〔2026〕88号', '东岭县政务服务中心'])
    await receipt.getByText(text).first().waitFor();
  await shot(cashier, 'fees-5-receipt');

  // 7. the pickup goes through now
  await staff.reload();
  await staff.getByTestId('case-fees').getByText('已缴费').waitFor();
  await pickUp(staff);
  await staff.getByTestId('case-status').filter({ hasText: '已送达' }).waitFor();
  await shot(staff, 'fees-6-delivered');

  // 8. today's settlement of the receiving department: a wrong amount is refused, the right one closes it
  await cashier.goto('/desk/fees/settlement');
  const settleRow = cashier.getByTestId('settlement-rows').getByRole('row').filter({ hasText: kase.departmentName });
  await settleRow.getByRole('button', { name: '明细' }).waitFor();
  const net = (await settleRow.locator('strong').first().textContent()).trim();
  assert.match(net, /^¥[\d,]+\.\d\d$/);
  await settleRow.getByRole('button', { name: /^结\s*账$/ }).click();
  dialog = cashier.getByRole('dialog');
  await dialog.getByLabel(/实收金额/).fill('1');
  await dialog.getByRole('button', { name: /^结\s*账$/ }).click();
  await dialog
    .getByTestId('close-error')
    .filter({ hasText: `对账不平：应解缴 ${net}，实收 ¥1.00` })
    .waitFor();
  await shot(cashier, 'fees-7-discrepancy');
  await dialog.getByLabel(/实收金额/).fill(net.slice(1));
  // (no ^: the button's name may still carry the fading "loading" icon of the refused attempt)
  await dialog.getByRole('button', { name: /结\s*账$/ }).click();
  await settleRow.getByText('已结').waitFor();
  await settleRow.getByRole('button', { name: '明细' }).click();
  const drawer = cashier.locator('.ant-drawer');
  await drawer.getByText('E2E-0001').first().waitFor();
  await drawer.getByText(/于 .* 结账，实收/).waitFor();
  await cashier.waitForTimeout(500); // let the drawer finish sliding in before the picture
  await shot(cashier, 'fees-8b-entries');
  await drawer.getByRole('button', { name: /close|关闭/i }).click();
  assert.equal(await settleRow.getByRole('button', { name: /^结\s*账$/ }).count(), 0, 'a closed day is read-only');
  await shot(cashier, 'fees-8-closed');

  const [download] = await Promise.all([
    cashier.waitForEvent('download'),
    cashier.getByRole('link', { name: /导出 Excel/ }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'the export is a real .xlsx (zip)');
  assert.ok(bytes.length > 2000);
}
