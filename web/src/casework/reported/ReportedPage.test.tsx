// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, mockBrowserApis } from '../../admin/test-utils';
import type { Me } from '../../admin/types';
import { DeskProviders, HALLS } from '../../staff-desk/test-utils';
import { APPROVER_ME, caseView, HALL, SUPERVISOR_ME } from '../test-fixtures';
import ReportedPage, { type ReportedPending } from './ReportedPage';

const CITY = { ...HALLS[0], id: 'h-city', name: '榕城市政务服务中心', level: 'city', code: 'rc' };
const COUNTY_UNDER_CITY = [CITY, { ...HALLS[0], parentId: CITY.id }];

const PENDING: ReportedPending = {
  asOf: '2026-11-10',
  awaitingForward: [
    {
      id: 'c-rep',
      number: 'QY202611030002',
      itemName: '食品生产许可',
      applicantMasked: '王*明',
      status: 'in_review',
      departmentId: 'd-scjg',
      departmentName: '县市场监督管理局',
      acceptedOn: '2026-11-03',
      dueOn: '2026-11-17',
      remainingWorkingDays: 5,
      rowVersion: 8,
      taskId: 't-first',
      taskName: '初审',
      firstReviewDoneOn: '2026-11-05',
      firstReviewOpinion: '初审通过',
      waitingWorkingDays: 3,
      toHallId: CITY.id,
      toHallName: CITY.name,
    },
    {
      id: 'c-other',
      number: 'QY202611040001',
      itemName: '药品经营许可',
      applicantMasked: '李*',
      status: 'in_review',
      departmentId: 'd-other',
      departmentName: '县卫生健康局',
      acceptedOn: '2026-11-04',
      dueOn: '2026-11-18',
      remainingWorkingDays: 6,
      rowVersion: 3,
      taskId: 't-o1',
      taskName: '初审',
      firstReviewDoneOn: '2026-11-09',
      firstReviewOpinion: '',
      waitingWorkingDays: 1,
      toHallId: CITY.id,
      toHallName: CITY.name,
    },
  ],
  awaitingDecision: [
    {
      id: 'c-below',
      number: 'QY202611060003',
      itemName: '食品生产许可',
      applicantMasked: '陈*华',
      status: 'in_review',
      departmentId: 'd-scjg',
      departmentName: '县市场监督管理局',
      acceptedOn: '2026-11-06',
      dueOn: '2026-11-12',
      remainingWorkingDays: 2,
      rowVersion: 2,
      taskId: 't-below',
      taskName: '审核',
      taskDepartmentId: 'd-scjg',
      taskDepartmentName: '县市场监督管理局',
      fromCaseId: 'x1',
      fromCaseNumber: 'XZ202611050001',
      fromHallId: 'h-town',
      fromHallName: '城关镇便民服务中心',
    },
  ],
};

function serve(onPost?: (url: string, body: unknown) => { status: number; body?: unknown }) {
  const reviewed = caseView({
    id: 'c-rep',
    number: 'QY202611030002',
    kind: 'reported',
    rowVersion: 8,
    tasks: [{ ...caseView().tasks[0], id: 't-first', name: '初审' }],
    allowedActions: ['pause', 'escalate', 'request_extension'],
  });
  const { fetchImpl, calls } = fakeFetch((method, url, body) => {
    if (url === '/api/v1/halls') return { status: 200, body: COUNTY_UNDER_CITY };
    if (url.startsWith(`/api/v1/halls/${HALL}/reported-cases/pending`)) return { status: 200, body: PENDING };
    if (url === `/api/v1/public/halls/${CITY.id}/departments`)
      return {
        status: 200,
        body: [{ id: 'd-city-scjg', name: '市市场监督管理局', residency: 'resident', itemCount: 3 }],
      };
    if (method === 'GET' && url === '/api/v1/cases/c-rep') return { status: 200, body: reviewed };
    if (method === 'POST' && onPost) return onPost(url, body);
  });
  vi.stubGlobal('fetch', fetchImpl);
  return calls;
}

function renderPage(me: Me) {
  return render(
    <DeskProviders path="/desk/casework/reported" route="/desk/casework/reported" me={me}>
      <ReportedPage />
    </DeskProviders>,
  );
}

const rowOf = async (text: string) => (await screen.findByText(text)).closest('tr') as HTMLElement;

describe('ReportedPage', () => {
  beforeEach(() => mockBrowserApis());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists the cases to forward (only my department by default); forwarding opens the review panel', async () => {
    const posted: { url: string; body: unknown }[] = [];
    const calls = serve((url, body) => {
      posted.push({ url, body });
      return { status: 200, body: caseView({ id: 'c-rep', status: 'escalated', kind: 'reported' }) };
    });
    renderPage(APPROVER_ME);
    const row = await rowOf('QY202611030002');
    expect(row.textContent).toContain('3 个工作日');
    expect(row.textContent).toContain('榕城市政务服务中心');
    expect(row.textContent).toContain('王*明');
    expect(calls.some((c) => c.url === `/api/v1/halls/${HALL}/reported-cases/pending?mine=true`)).toBe(true);
    expect(screen.getByRole('tab', { name: '待转报（2）' })).toBeTruthy();
    // another department's case cannot be forwarded by me
    expect(
      within(await rowOf('QY202611040001'))
        .getByRole('button', { name: '转报' })
        .hasAttribute('disabled'),
    ).toBe(true);
    fireEvent.click(within(row).getByRole('button', { name: '转报' }));
    const panel = await screen.findByRole('dialog');
    const dept = await within(panel).findByLabelText('上级审批部门');
    fireEvent.mouseDown(dept);
    fireEvent.click(await screen.findByTitle('市市场监督管理局'));
    fireEvent.click(within(panel).getByText('报送上级大厅', { selector: 'button span' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      url: '/api/v1/cases/c-rep/escalate',
      body: { rowVersion: 8, departmentId: 'd-city-scjg', opinion: '' },
    });
    // the list is reloaded after the forward
    await waitFor(() =>
      expect(calls.filter((c) => c.url.startsWith(`/api/v1/halls/${HALL}/reported-cases/pending`)).length).toBe(2),
    );
  });

  it('shows the cases received from below with where they came from; a supervisor reads without actions', async () => {
    const calls = serve();
    renderPage(SUPERVISOR_ME);
    fireEvent.click(await screen.findByRole('tab', { name: '下级报送待决定（1）' }));
    const row = await rowOf('QY202611060003');
    expect(row.textContent).toContain('城关镇便民服务中心');
    expect(row.textContent).toContain('XZ202611050001');
    expect(row.textContent).toContain('审核 · 县市场监督管理局');
    expect(row.textContent).toContain('2 个工作日');
    expect(within(row).getByRole('button', { name: '办理' }).hasAttribute('disabled')).toBe(true);
    // no department: the whole hall, no "my department" switch
    expect(calls.some((c) => c.url === `/api/v1/halls/${HALL}/reported-cases/pending`)).toBe(true);
    expect(screen.queryByLabelText('只看本部门')).toBeNull();
  });
});
