// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idNumberCheckDigit } from '../../../../src/domain/id-number';
import { fakeFetch, mockBrowserApis } from '../../admin/test-utils';
import type { Me } from '../../admin/types';
import { CLERK, DEADLINE, kase, READER } from '../test-fixtures';
import { CaseProviders } from '../test-utils';
import type { CaseView } from '../types';
import { CasePage } from './CasePage';

const FULL_ID = `11010519491231002${idNumberCheckDigit('11010519491231002')}`;

function renderCase(
  c: CaseView,
  me: Me = CLERK,
  extra?: (m: string, url: string, body: unknown) => { status: number; body?: unknown } | undefined,
) {
  const f = fakeFetch((method, url, body) => {
    if (url === '/api/v1/halls') return { status: 200, body: [] };
    if (url === `/api/v1/cases/${c.id}`) return { status: 200, body: c };
    if (url === `/api/v1/cases/${c.id}/deadline`)
      return {
        status: 200,
        body: c.acceptedOn ? DEADLINE : { ...DEADLINE, dueOn: null, colour: null, trail: [], acceptBy: '2025-10-09' },
      };
    if (method === 'POST' && url === `/api/v1/cases/${c.id}/reveal-personal`)
      return {
        status: 200,
        body: {
          caseId: c.id,
          number: c.number,
          applicant: {
            type: 'person',
            name: '王小明',
            idNumber: FULL_ID,
            legalRepresentative: null,
            phone: '13812345678',
          },
          agentName: null,
        },
      };
    return extra?.(method, url, body);
  });
  vi.stubGlobal('fetch', f.fetchImpl);
  render(
    <CaseProviders path={`/desk/cases/${c.id}`} route="/desk/cases/:id" me={me}>
      <CasePage />
    </CaseProviders>,
  );
  return f.calls;
}

describe('CasePage', () => {
  beforeEach(() => mockBrowserApis());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the header, the deadline trail, the timeline and the allowed actions', async () => {
    renderCase(kase());
    expect((await screen.findByTestId('case-number')).textContent).toBe('DL202509250001');
    expect(screen.getByTestId('case-status').textContent).toBe('审查中');
    expect(screen.getAllByTestId('case-colour')[0].textContent).toContain('预警');
    expect(screen.getByTestId('applicant-id').textContent).toBe('1101**********0015');
    expect(await screen.findByTestId('deadline-trail')).toBeTruthy();
    expect(document.querySelector('[data-date="2025-10-01"]')?.getAttribute('data-state')).toBe('holiday');
    // window actions as buttons, review actions pointed to the approver
    expect(screen.getByRole('button', { name: '撤回申请' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '受理' })).toBeNull();
    expect(screen.getByText(/审批人可执行：特别程序（暂停计时）、申请延期/)).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: '办理过程' }));
    const timeline = await screen.findByTestId('case-timeline');
    expect(timeline.textContent).toContain('受理（已收件 → 已受理）');
    expect(timeline.textContent).toContain('李窗口');
    fireEvent.click(screen.getByRole('tab', { name: '文书（1）' }));
    expect((await screen.findByRole('link', { name: /打印/ })).getAttribute('href')).toBe(
      '/desk/cases/c1/documents/doc1/print',
    );
  });

  it('shows masked values and reveals the full ID number through the audited POST, only for case.view_personal', async () => {
    const calls = renderCase(kase());
    expect((await screen.findByTestId('applicant-id')).textContent).toBe('1101**********0015');
    fireEvent.click(screen.getByRole('button', { name: /显示完整信息/ }));
    await waitFor(() => expect(screen.getByTestId('applicant-id').textContent).toBe(FULL_ID));
    expect(screen.getByText(/本次查看已记入审计日志/)).toBeTruthy();
    expect(calls.filter((c) => c.url === '/api/v1/cases/c1/reveal-personal').map((c) => c.method)).toEqual(['POST']);
    // hide again: back to the masked value, no further call
    fireEvent.click(screen.getByRole('button', { name: /重新隐藏/ }));
    await waitFor(() => expect(screen.getByTestId('applicant-id').textContent).toBe('1101**********0015'));
    expect(calls.filter((c) => c.url === '/api/v1/cases/c1/reveal-personal')).toHaveLength(1);
    cleanup();
    renderCase(kase(), READER);
    await screen.findByTestId('case-number');
    expect(screen.queryByRole('button', { name: /显示完整信息/ })).toBeNull();
  });

  it('delivers at the pickup window only after the collector’s ID is valid and checked', async () => {
    const decided = kase({
      status: 'decided',
      colour: null,
      decision: 'approve',
      decidedOn: '2025-10-10',
      onTime: true,
      allowedActions: ['deliver'],
      rowVersion: 7,
    });
    const calls = renderCase(decided, CLERK, (method, url) => {
      if (method === 'POST' && url === '/api/v1/cases/c1/deliver')
        return { status: 200, body: { ...decided, status: 'delivered', allowedActions: [], rowVersion: 8 } };
    });
    fireEvent.click(await screen.findByRole('button', { name: '送达出件' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('领取人姓名'), { target: { value: '王小明' } });
    fireEvent.change(within(dialog).getByLabelText('领取人身份证号码'), { target: { value: '110105194912310020' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认送达' }));
    expect(await within(dialog).findByText(/身份证号码校验位不正确|身份证号码应为/)).toBeTruthy();
    expect(await within(dialog).findByText('请核验领取人身份证件')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.change(within(dialog).getByLabelText('领取人身份证号码'), { target: { value: FULL_ID } });
    fireEvent.click(within(dialog).getByLabelText('已核验领取人身份证件原件'));
    fireEvent.click(within(dialog).getByRole('button', { name: '确认送达' }));
    await waitFor(() => expect(screen.getByTestId('case-status').textContent).toBe('已送达'));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      rowVersion: 7,
      method: 'pickup',
      collectorName: '王小明',
      collectorIdNumber: FULL_ID,
    });
  });

  it('a stale version comes back as a problem and is shown', async () => {
    renderCase(kase({ status: 'received', acceptedOn: null, allowedActions: ['withdraw'] }), CLERK, (method, url) => {
      if (method === 'POST' && url === '/api/v1/cases/c1/withdraw')
        return {
          status: 409,
          body: {
            type: 'about:blank',
            title: 'x',
            status: 409,
            code: 'VERSION_CONFLICT',
            detail: '办件已被他人处理或修改，请刷新后重试',
          },
        };
    });
    expect(await screen.findByText('尚未受理，办理时限未开始计算')).toBeTruthy();
    expect((await screen.findByTestId('accept-by')).textContent).toContain('请于 2025-10-09 前受理');
    fireEvent.click(screen.getByRole('button', { name: '撤回申请' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '申请人不再需要' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '撤回申请' }));
    expect(await screen.findByText('办件已被他人处理或修改，请刷新后重试')).toBeTruthy();
  });
});
