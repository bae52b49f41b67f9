// e2e-databases: sqlite postgres
// One application from the window to the pickup, through the real pages: the window clerk receives an
// incomplete application and prints the one-time notice; the supplements arrive and the case is
// accepted (acceptance notice with the promised date); the approver works the review steps, pauses for
// a site survey 现场踏勘, resumes and approves; the result is collected at the window with an ID check.
// After each state the public look-up shows it; the deadline trail is checked against the calendar
// contract routes; the ledger finds the case and its Excel export contains it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { addDays, backdateCase, movePauseStart } from './case-time.mjs';
import { apiGet, BASE_URL, launch, shanghaiToday, shot, signIn } from './lib.mjs';

const ITEM = '食品经营许可';
const ID_NUMBER = personId('11010519880512301');
const COLLECTOR_ID = personId('35012119900101123');

/** A resident ID number: 17 digits plus their GB 11643 check character. */
function personId(body) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  return body + '10X98765432'[[...body].reduce((s, c, i) => s + Number(c) * w[i], 0) % 11];
}

let browser;
let hall;
let item;
before(async () => {
  browser = await launch();
  hall = (await apiGet('/api/v1/public/halls')).find((h) => h.name.includes('东岭县'));
  item = (await apiGet(`/api/v1/public/halls/${hall.id}/items?q=${encodeURIComponent(ITEM)}`)).find(
    (i) => i.name === ITEM,
  );
  assert.ok(item, `${ITEM} is published in 东岭县`);
});
after(() => browser?.close());

/** The applicant's view: the public look-up page with the number and the last 4 of the ID number. */
async function lookUp(page, number, statusLabel, more = []) {
  await page.goto(`/halls/${hall.id}/cases/lookup?number=${number}`);
  await page.getByLabel('证件号码或手机号码后四位').fill(ID_NUMBER.slice(-4));
  await page.getByRole('button', { name: /^查\s*询$/ }).click();
  const card = page.getByTestId('case-result');
  await card.getByRole('heading', { name: `办理状态：${statusLabel}` }).waitFor();
  for (const text of more) await card.getByText(text, { exact: true }).first().waitFor();
}

/** Working days of the hall in (from, to], from the public calendar contract route. */
async function workingDaysBetween(from, to) {
  if (to <= from) return [];
  const days = await apiGet(`/api/v1/calendar/days?hallId=${hall.id}&from=${addDays(from, 1)}&to=${to}`);
  return days.filter((d) => d.working).map((d) => d.date);
}

/** The case page's status tag says `label`. */
const statusIs = (page, label) => page.getByTestId('case-status').filter({ hasText: label }).waitFor();

const dueDate = async (from, days) =>
  (await apiGet(`/api/v1/calendar/due-date?hallId=${hall.id}&from=${from}&days=${days}`)).dueOn;

test('a case from the window to the pickup, with the public look-up and the ledger', async () => {
  const today = shanghaiToday();
  const staff = await signIn(browser, 'county.staff', `/desk/cases/new?itemId=${item.id}`);
  const approver = await signIn(browser, 'county.approver', '/desk/casework/inbox');
  const manager = await signIn(browser, 'county.manager', '/desk/casework/ledger');
  const citizen = await browser.newPage({ baseURL: BASE_URL, locale: 'zh-CN' });
  const pages = { staff, approver, manager, citizen };
  try {
    // 1. 收件: two materials handed in, one missing, one defective → one-time notice
    await staff.getByTestId('item-facts').getByText('东岭县市场监督管理局').waitFor();
    await staff.getByLabel('申请人姓名').fill('林晓峰');
    await staff.getByLabel('身份证号码').fill(ID_NUMBER);
    await staff.getByLabel('联系电话').fill('13800138000');
    const checklist = staff.getByTestId('material-checklist');
    const rows = checklist.locator('tbody tr');
    const guide = await apiGet(`/api/v1/public/items/${item.id}`);
    assert.equal(await rows.count(), guide.materials.length);
    const material = (i) => guide.materials[i].name;
    assert.ok(guide.materials[2].required && guide.materials[3].required && !guide.materials[4].required);
    const check = (i, state) => rows.nth(i).locator('label', { hasText: state }).click();
    await check(0, '已提交');
    await check(1, '已提交');
    await check(3, '不符合要求');
    await rows.nth(3).getByRole('textbox').fill('缺少食品安全管理人员岗位职责');
    await shot(staff, 'cases-1-receive');
    await staff.getByRole('button', { name: '一次性告知' }).click();
    await staff.waitForURL(/\/documents\/.+\/print$/);
    const notice = staff.getByTestId('notice-sheet');
    await notice.getByText('一次性告知书').first().waitFor();
    const listed = await staff.getByTestId('supplement-list').textContent();
    for (const i of [2, 3, 4]) assert.ok(listed.includes(material(i)), `the notice lists ${material(i)}: ${listed}`);
    for (const i of [0, 1]) assert.ok(!listed.includes(material(i)), `handed in, not listed: ${material(i)}`);
    assert.ok(listed.includes('缺少食品安全管理人员岗位职责'), 'the defect is explained');
    await shot(staff, 'cases-2-one-time-notice');
    const number = (
      await notice
        .getByText(/^DL\d{12}$/)
        .first()
        .textContent()
    ).trim();
    const caseId = /\/desk\/cases\/([^/]+)\//.exec(staff.url())[1];
    await lookUp(citizen, number, '待补正');
    await shot(citizen, 'cases-3-lookup-correction');

    // 2. the supplements arrive; 3. accepted: the notice promises the 5th working day after today
    await staff.goto(`/desk/cases/${caseId}`);
    await statusIs(staff, '待补正');
    await staff.getByRole('button', { name: '补正材料接收' }).click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByRole('button', { name: '全部已提交' }).click();
    await dialog.getByRole('button', { name: /^确\s*认$/ }).click();
    await statusIs(staff, '已收件');
    await lookUp(citizen, number, '已收件');
    // 受理 asks for confirmation; a click on 确定 during the pop-up's opening animation can miss: retry
    await staff.getByRole('button', { name: /^受\s*理$/ }).click();
    const confirm = staff.getByRole('tooltip').getByRole('button', { name: /确\s*定|OK|确认/ });
    for (let i = 0; i < 3 && !/\/print$/.test(staff.url()); i++) {
      if (await confirm.isVisible()) await confirm.click();
      await staff.waitForURL(/\/print$/, { timeout: 5000 }).catch(() => {});
    }
    await staff.waitForURL(/\/documents\/.+\/print$/);
    const promised = await dueDate(today, item.promisedDays);
    await staff.getByTestId('notice-sheet').getByText('受理通知书').first().waitFor();
    const acceptance = await staff.getByTestId('notice-sheet').textContent();
    assert.ok(acceptance.includes(promised), `the acceptance notice promises ${promised}`);
    await shot(staff, 'cases-4-acceptance-notice');
    await lookUp(citizen, number, '审查中', [today, promised]);

    // 4. the approver takes the first step, then stops the clock for a site survey
    const openTask = async () => {
      await approver.goto('/desk/casework/inbox');
      const row = approver.locator('tr.ant-table-row', { hasText: number });
      await row.getByRole('button', { name: /^办\s*理$/ }).click();
      const drawer = approver.getByRole('dialog').filter({ hasText: '审查办理' });
      await drawer.getByText(number).first().waitFor();
      return drawer;
    };
    const complete = async (drawer, outcome) => {
      await drawer.locator('label', { hasText: outcome }).click();
      await drawer.getByLabel('审查意见').fill(outcome === '准予' ? '材料齐全，现场符合条件，准予许可' : '同意');
      await drawer.getByRole('button', { name: outcome === '准予' ? '作出准予许可决定' : '通过，转下一环节' }).click();
    };
    let drawer = await openTask();
    await complete(drawer, '通过');
    drawer = await openTask();
    await drawer.getByRole('button', { name: '特别程序（暂停计时）' }).click();
    const pause = approver.getByRole('dialog', { name: '启动特别程序' });
    // pick 现场踏勘 (again if a click during the list's opening animation missed it)
    for (let i = 0; i < 3 && !(await pause.getByTitle('现场踏勘').isVisible()); i++) {
      await pause.getByLabel('程序名称').click();
      await approver.locator('.ant-select-dropdown:visible').getByTitle('现场踏勘').click();
      await approver.waitForTimeout(300);
    }
    await pause.getByLabel('事由').fill('需现场核查经营场所布局与设备设施');
    await pause.getByRole('button', { name: '启动并暂停计时' }).click();
    await drawer.getByText('特别程序进行中').waitFor();
    await shot(approver, 'cases-5-paused');
    await lookUp(citizen, number, '特别程序（暂停计时）');

    // the survey took days: accepted K1 days ago, surveyed since K2 days ago (≥ 2 working days paused)
    let k2 = 3;
    while ((await workingDaysBetween(addDays(today, -k2), today)).length < 2) k2++;
    const k1 = k2 + 3;
    await backdateCase(caseId, k1);
    const acceptedOn = addDays(today, -k1);
    const pausedFrom = addDays(today, -k2);
    await movePauseStart(caseId, pausedFrom);
    drawer = await openTask();
    await drawer.getByRole('button', { name: '特别程序结束，恢复计时' }).click();
    await drawer.getByText('中止计时记录').waitFor();

    // the deadline: days counted before the survey, the survey's working days paused, then the rest
    const counted = await workingDaysBetween(acceptedOn, pausedFrom);
    const paused = await workingDaysBetween(pausedFrom, today);
    assert.ok(counted.length < item.promisedDays);
    const expectedDue = await dueDate(today, item.promisedDays - counted.length);
    await staff.goto(`/desk/cases/${caseId}`);
    const trail = staff.getByTestId('deadline-trail');
    await trail.locator(`[data-date="${acceptedOn}"][data-state="start"]`).waitFor();
    const states = Object.fromEntries(
      await trail.locator('[data-date]').evaluateAll((cells) => cells.map((c) => [c.dataset.date, c.dataset.state])),
    );
    const shown = (s) => Object.keys(states).filter((d) => states[d] === s);
    assert.deepEqual(shown('paused'), paused, 'the survey’s working days are paused');
    for (const d of counted) assert.match(states[d], /^(counted|makeup)$/, `${d} counts`);
    assert.match(states[expectedDue], /^(counted|makeup)$/);
    assert.equal(
      Object.keys(states).filter((d) => d > expectedDue && states[d] !== 'weekend' && states[d] !== 'holiday').length,
      0,
      'no working day is counted after the due date',
    );
    await staff.locator('.yz-trail-summary').getByText(expectedDue).waitFor();
    await staff.getByTestId('deadline-trail').scrollIntoViewIfNeeded();
    await shot(staff, 'cases-6-trail-after-survey');
    await lookUp(citizen, number, '审查中', [expectedDue]);

    // 5. the remaining steps: pass until the step that decides, then approve
    for (let i = 0; i < 5; i++) {
      drawer = await openTask();
      await drawer.getByLabel('审查意见').waitFor();
      const decides = await drawer.locator('label', { hasText: '准予' }).count();
      await complete(drawer, decides ? '准予' : '通过');
      if (decides) break;
    }
    await approver.getByRole('dialog').filter({ hasText: '审查办理' }).waitFor({ state: 'detached' });
    await approver.locator('tr.ant-table-row', { hasText: number }).waitFor({ state: 'detached' });
    await lookUp(citizen, number, '已办结', ['准予']);
    await shot(citizen, 'cases-7-lookup-decided');

    // 6. pickup at the window: who collected it, ID checked
    await staff.goto(`/desk/cases/${caseId}`);
    await statusIs(staff, '已办结');
    await staff.getByRole('button', { name: '送达出件' }).click();
    const deliver = staff.getByRole('dialog', { name: '送达出件' });
    await deliver.getByLabel('领取人姓名').fill('林晓峰');
    await deliver.getByLabel('领取人身份证号码').fill(COLLECTOR_ID);
    await deliver.getByRole('button', { name: '确认送达' }).click();
    await deliver.getByText('请核验领取人身份证件').waitFor(); // the ID check is required
    await deliver.getByLabel('已核验领取人身份证件原件').check();
    await deliver.getByRole('button', { name: '确认送达' }).click();
    await statusIs(staff, '已送达');
    await shot(staff, 'cases-8-delivered');
    // the proof of delivery 送达回证 names the collector; the ID number is masked on paper
    await staff.getByRole('tab', { name: /文书/ }).click();
    await staff.locator('tr', { hasText: '送达回证' }).getByRole('link', { name: /打印/ }).click();
    await staff.getByTestId('notice-sheet').getByText('领取人：林晓峰', { exact: false }).waitFor();
    const proof = await staff.getByTestId('notice-sheet').textContent();
    assert.ok(!proof.includes(COLLECTOR_ID) && proof.includes(COLLECTOR_ID.slice(-4)), proof);
    await lookUp(citizen, number, '已送达', ['准予']);

    // 7. the ledger finds it, and its Excel export contains it
    await manager.goto('/desk/casework/ledger');
    await manager.getByLabel('事项').click();
    await manager.keyboard.type(ITEM);
    await manager.locator('.ant-select-dropdown:visible').getByTitle(ITEM, { exact: true }).click();
    // and only delivered cases, so that the case is on the first page whatever the demo data holds
    await manager.getByLabel('状态', { exact: true }).click();
    await manager.locator('.ant-select-dropdown:visible').getByTitle('已送达', { exact: true }).click();
    await manager.locator('tr.ant-table-row', { hasText: number }).waitFor();
    await manager.getByRole('heading', { name: /办件台账/ }).click(); // close the filter's list
    await manager.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await shot(manager, 'cases-9-ledger');
    const [download] = await Promise.all([
      manager.waitForEvent('download'),
      manager.getByRole('link', { name: /导出/ }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.worksheets[0];
    const header = sheet.getRow(1).values;
    const line = sheet.getRows(2, sheet.rowCount - 1).find((r) => r.getCell(1).text === number);
    assert.ok(line, `the export has a row for ${number}`);
    const cell = (title) => line.getCell(header.indexOf(title)).text;
    assert.equal(cell('事项名称'), ITEM);
    assert.equal(cell('办件状态'), '已送达');
    assert.equal(cell('承诺办结日期'), expectedDue);
    assert.equal(cell('受理日期'), acceptedOn);
    assert.ok(!cell('申请人').includes('林晓峰'), 'the applicant is masked in the export');
  } catch (err) {
    for (const [name, p] of Object.entries(pages)) await shot(p, `FAILED-cases-${name}`).catch(() => {});
    throw err;
  } finally {
    for (const p of Object.values(pages)) await p.context().close();
  }
});
