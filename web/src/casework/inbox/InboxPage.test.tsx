// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, mockBrowserApis, problem } from '../../admin/test-utils';
import type { Me } from '../../admin/types';
import { DeskProviders, HALLS } from '../../staff-desk/test-utils';
import { APPROVER_ME, CHIEF_ME, caseView, HALL, INBOX } from '../test-fixtures';
import type { CaseView } from '../types';
import InboxPage from './InboxPage';

function renderPage(me: Me = APPROVER_ME) {
  return render(
    <DeskProviders path="/desk/casework/inbox" route="/desk/casework/inbox" me={me}>
      <InboxPage />
    </DeskProviders>,
  );
}

const CITY = { ...HALLS[0], id: 'h-city', name: '榕城市政务服务中心', level: 'city', code: 'rc' };
const COUNTY_UNDER_CITY = [CITY, { ...HALLS[0], parentId: CITY.id }];

function serve(
  view: CaseView,
  onPost?: (url: string, body: unknown) => { status: number; body?: unknown },
  halls: unknown[] = HALLS,
) {
  const { fetchImpl, calls } = fakeFetch((method, url, body) => {
    if (url === '/api/v1/halls') return { status: 200, body: halls };
    if (url === `/api/v1/public/halls/${CITY.id}/departments`)
      return {
        status: 200,
        body: [{ id: 'd-city-scjg', name: '市市场监督管理局', residency: 'resident', itemCount: 3 }],
      };
    if (url === `/api/v1/halls/${HALL}/case-inbox`) return { status: 200, body: INBOX };
    if (method === 'GET' && url === `/api/v1/cases/${view.id}`) return { status: 200, body: view };
    if (method === 'POST' && onPost) return onPost(url, body);
  });
  vi.stubGlobal('fetch', fetchImpl);
  return calls;
}

/** Open the task of `caseNumber` and wait until its case is loaded into the review panel. */
async function openTask(caseNumber: string) {
  const row = (await screen.findByText(caseNumber)).closest('tr') as HTMLElement;
  fireEvent.click(within(row).getByRole('button', { name: '办理' }));
  const panel = await screen.findByRole('dialog');
  await within(panel).findByRole('link', { name: caseNumber });
  return panel;
}

/** The antd modal holding `text`. */
async function modalWith(text: string) {
  return (await screen.findByText(text)).closest('.ant-modal') as HTMLElement;
}

describe('InboxPage', () => {
  beforeEach(() => mockBrowserApis());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists my tasks most urgent first with light, item, number, step, due date and days left', async () => {
    serve(caseView());
    renderPage();
    await screen.findByText('QY202611100001');
    const rows = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent ?? '');
    expect(rows.map((r) => /QY\d+/.exec(r)?.[0])).toEqual([
      'QY202611100001',
      'QY202611100009',
      'QY202611190001',
      'QY202611200003',
      'QY202611180002',
    ]);
    expect(rows[0]).toContain('红灯');
    expect(rows[0]).toContain('食品经营许可');
    expect(rows[0]).toContain('审查');
    expect(rows[0]).toContain('2026-11-21');
    expect(rows[0]).toContain('超期 4 个工作日');
    expect(rows[2]).toContain('黄灯');
    expect(rows[2]).toContain('剩 1 个工作日');
    expect(rows[4]).toContain('计时暂停');
    // the counts above the list
    expect(screen.getByText('红灯（已超期）').closest('.ant-card')?.textContent).toContain('3');
    // the case number links to the case page
    expect(screen.getByRole('link', { name: 'QY202611100001' }).getAttribute('href')).toBe('/desk/cases/c-red');
  });

  it('refuses to send a denial without reasons, shows the remedy sentence, then sends it with the reasons', async () => {
    const posted: { url: string; body: unknown }[] = [];
    const calls = serve(caseView(), (url, body) => {
      posted.push({ url, body });
      return { status: 200, body: caseView({ status: 'decided', decision: 'deny', rowVersion: 8 }) };
    });
    renderPage();
    const panel = await openTask('QY202611100001');
    expect(within(panel).getAllByText('县市场监督管理局').length).toBeGreaterThan(0);
    expect(within(panel).getByText('王小明')).toBeTruthy();
    // the last step decides: 准予 / 不予, no 通过
    expect(within(panel).queryByText('通过')).toBeNull();
    fireEvent.click(within(panel).getByText('不予'));
    expect(within(panel).getByText(/六十日内依法申请行政复议/)).toBeTruthy();
    fireEvent.change(within(panel).getByLabelText('审查意见'), { target: { value: '经营场所不符合要求' } });
    fireEvent.click(within(panel).getByRole('button', { name: '作出不予许可决定' }));
    expect(await within(panel).findByText('作出不予许可决定必须说明理由')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);

    fireEvent.change(within(panel).getByLabelText('不予许可的理由'), {
      target: { value: '经营场所与住宅未有效隔离，不符合食品安全法第三十三条' },
    });
    fireEvent.click(within(panel).getByRole('button', { name: '作出不予许可决定' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      url: '/api/v1/cases/c-red/tasks/t-red/complete',
      body: {
        rowVersion: 7,
        opinion: '经营场所不符合要求',
        outcome: 'deny',
        reason: '经营场所与住宅未有效隔离，不符合食品安全法第三十三条',
      },
    });
    // the inbox reloads after the decision
    await waitFor(() => expect(calls.filter((c) => c.url.endsWith('/case-inbox')).length).toBeGreaterThanOrEqual(2));
  });

  it('starts a special procedure with its name and reason, and asks for a 10-day extension', async () => {
    const posted: { url: string; body: unknown }[] = [];
    serve(caseView(), (url, body) => {
      posted.push({ url, body });
      return url.endsWith('/pause')
        ? { status: 200, body: caseView({ status: 'suspended', rowVersion: 8, allowedActions: ['resume'] }) }
        : { status: 200, body: caseView({ rowVersion: 8 }) };
    });
    renderPage();
    const panel = await openTask('QY202611100001');
    fireEvent.click(await within(panel).findByRole('button', { name: '申请延期（10 个工作日）' }));
    const ext = await modalWith('延长 10 个工作日');
    fireEvent.change(within(ext).getByLabelText('延期理由'), { target: { value: '需补充现场核查' } });
    fireEvent.click(within(ext).getByRole('button', { name: '提交申请' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      url: '/api/v1/cases/c-red/extensions',
      body: { rowVersion: 7, reason: '需补充现场核查' },
    });

    fireEvent.click(within(panel).getByRole('button', { name: '特别程序（暂停计时）' }));
    const dlg = await modalWith('启动特别程序');
    fireEvent.mouseDown(within(dlg).getByLabelText('程序名称'));
    fireEvent.click(await screen.findByTitle('现场踏勘'));
    fireEvent.change(within(dlg).getByLabelText('事由'), { target: { value: '核实经营场所布局' } });
    fireEvent.click(within(dlg).getByRole('button', { name: '启动并暂停计时' }));
    await waitFor(() => expect(posted).toHaveLength(2));
    expect(posted[1]).toEqual({
      url: '/api/v1/cases/c-red/pause',
      body: { rowVersion: 8, name: '现场踏勘', reason: '核实经营场所布局' },
    });
    expect(await within(panel).findByRole('button', { name: '特别程序结束，恢复计时' })).toBeTruthy();
  });

  it('lets the chief representative approve a pending extension with the approver’s name', async () => {
    const view = caseView({
      extensions: [
        {
          id: 'e1',
          days: 10,
          reason: '需专家论证',
          status: 'requested',
          requestedOn: '2026-11-18',
          approverName: null,
          decidedOn: null,
        },
      ],
      allowedActions: ['pause', 'decide', 'request_extension', 'decide_extension'],
    });
    const posted: { url: string; body: unknown }[] = [];
    serve(view, (url, body) => {
      posted.push({ url, body });
      return { status: 200, body: caseView({ rowVersion: 8 }) };
    });
    renderPage(CHIEF_ME);
    const panel = await openTask('QY202611100001');
    expect(await within(panel).findByText('需专家论证', { exact: false })).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: '批准延期' }));
    expect(await within(panel).findByText('请填写批准人姓名')).toBeTruthy();
    fireEvent.change(within(panel).getByLabelText('批准人'), { target: { value: '张局长' } });
    fireEvent.click(within(panel).getByRole('button', { name: '批准延期' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      url: '/api/v1/cases/c-red/extensions/e1/decide',
      body: { rowVersion: 7, approve: true, approverName: '张局长' },
    });
  });

  it('keeps a 上报件 open after its first review and forwards it to a department of the parent hall', async () => {
    const first = caseView({
      kind: 'reported',
      tasks: [{ ...caseView().tasks[1], position: 1, name: '初审' }],
      allowedActions: ['pause', 'escalate', 'decide', 'request_extension'],
    });
    const reviewed = {
      ...first,
      rowVersion: 8,
      tasks: [{ ...first.tasks[0], status: 'done' as const, outcome: 'pass' as const }],
    };
    const posted: { url: string; body: unknown }[] = [];
    serve(
      first,
      (url, body) => {
        posted.push({ url, body });
        return { status: 200, body: url.endsWith('/escalate') ? { ...reviewed, status: 'escalated' } : reviewed };
      },
      COUNTY_UNDER_CITY,
    );
    renderPage();
    const panel = await openTask('QY202611100001');
    // a first review only passes: the decision is the parent hall's
    expect(within(panel).queryByText('准予')).toBeNull();
    fireEvent.change(within(panel).getByLabelText('审查意见'), { target: { value: '初审通过，报市局审批' } });
    fireEvent.click(within(panel).getByText('通过，转下一环节', { selector: 'button span' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0].body).toEqual({ rowVersion: 7, opinion: '初审通过，报市局审批', outcome: 'pass' });

    const dept = await within(panel).findByLabelText('上级审批部门');
    fireEvent.mouseDown(dept);
    fireEvent.click(await screen.findByTitle('市市场监督管理局'));
    fireEvent.click(within(panel).getByText('报送上级大厅', { selector: 'button span' }));
    await waitFor(() => expect(posted).toHaveLength(2));
    expect(posted[1]).toEqual({
      url: '/api/v1/cases/c-red/escalate',
      body: { rowVersion: 8, departmentId: 'd-city-scjg', opinion: '' },
    });
  });

  it('reloads the case when someone else changed it meanwhile (409)', async () => {
    const calls = serve(caseView(), () => ({ status: 409, body: problem(409, 'VERSION_CONFLICT', '数据已被修改') }));
    renderPage();
    const panel = await openTask('QY202611100001');
    fireEvent.click(within(panel).getByText('准予'));
    fireEvent.change(within(panel).getByLabelText('审查意见'), { target: { value: '符合条件' } });
    fireEvent.click(within(panel).getByRole('button', { name: '作出准予许可决定' }));
    expect(await screen.findByText('该办件刚被他人修改，已重新加载，请核对后再操作')).toBeTruthy();
    await waitFor(() => expect(calls.filter((c) => c.url === '/api/v1/cases/c-red').length).toBe(2));
  });
});
