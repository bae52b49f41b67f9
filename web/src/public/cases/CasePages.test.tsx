// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureAnswer } from '../test-fixtures';
import { installDomMocks, renderPublic } from '../test-utils';
import { clearPublicCache } from '../use-public-get';
import type { CompletedPage, PublicCaseStatus } from './types';

const FOUND: PublicCaseStatus = {
  number: 'DL202611260003',
  status: 'suspended',
  statusLabel: '特别程序（暂停计时）',
  itemName: '食品经营许可证核发',
  departmentName: '县市场监督管理局',
  receivedOn: '2026-11-26',
  acceptedOn: '2026-11-26',
  dueOn: '2026-12-08',
  decidedOn: null,
  result: null,
};

function completed(page: number): CompletedPage {
  return {
    page,
    pageSize: 20,
    total: 21,
    rows:
      page === 1
        ? Array.from({ length: 20 }, (_, i) => ({
            number: `DL2026112500${String(i + 10)}`,
            itemName: '个体工商户设立登记',
            departmentName: '县市场监督管理局',
            applicantName: i === 0 ? '欧阳**' : '张*',
            decidedOn: '2026-11-25',
            result: '准予',
          }))
        : [
            {
              number: 'DL202611240001',
              itemName: '食品经营许可证核发',
              departmentName: '县市场监督管理局',
              applicantName: '李*明',
              decidedOn: '2026-11-24',
              result: '不予',
            },
          ],
  };
}

function mockApi() {
  clearPublicCache();
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const u = new URL(url, 'http://x');
    let answer: { status: number; body: unknown };
    if (u.pathname === '/api/v1/public/cases/lookup')
      answer =
        u.searchParams.get('number') === FOUND.number && u.searchParams.get('idLast4') === '001X'
          ? { status: 200, body: FOUND }
          : {
              status: 404,
              body: { type: 'about:blank', title: 'Not Found', status: 404, code: 'NOT_FOUND', detail: '未找到' },
            };
    else if (u.pathname === '/api/v1/public/halls/h-county/cases/completed')
      answer = { status: 200, body: completed(Number(u.searchParams.get('page') ?? 1)) };
    else answer = fixtureAnswer(url);
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

beforeAll(installDomMocks);
beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('public case look-up', () => {
  it('the hall home links to the look-up and the completed list', async () => {
    mockApi();
    renderPublic('/halls/h-county');
    const card = await screen.findByRole('region', { name: '办件查询 · 办件公示' });
    expect(within(card).getByRole('link', { name: '办件查询' }).getAttribute('href')).toBe(
      '/halls/h-county/cases/lookup',
    );
    expect(within(card).getByRole('link', { name: '办件公示' }).getAttribute('href')).toBe(
      '/halls/h-county/cases/completed',
    );
  });

  it('finds a case by number and last 4 (typed loosely) and shows its progress', async () => {
    const fetchMock = mockApi();
    renderPublic('/halls/h-county/cases/lookup');
    expect(await screen.findByRole('heading', { level: 1, name: '办件查询' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('办件编号'), { target: { value: ' dl2026 1126 0003 ' } });
    fireEvent.change(screen.getByLabelText('证件号码或手机号码后四位'), { target: { value: '001x' } });
    fireEvent.click(screen.getByRole('button', { name: /^查\s?询$/ }));
    const result = await screen.findByTestId('case-result');
    expect(within(result).getByRole('heading', { level: 2 }).textContent).toBe('办理状态：特别程序（暂停计时）');
    expect(result.textContent).toContain('食品经营许可证核发');
    expect(result.textContent).toContain('2026-12-08');
    expect(result.textContent).toContain('所需时间不计入办理时限');
    const current = within(result).getByRole('list', { name: '办理进度' }).querySelector('[aria-current="step"]');
    expect(current?.textContent).toBe('审查');
    expect(fetchMock.mock.calls.map((c) => String(c[0]))).toContain(
      '/api/v1/public/cases/lookup?number=DL202611260003&idLast4=001X',
    );
    await waitFor(() => expect(document.activeElement?.id).toBe('case-result'));
  });

  it('says plainly when nothing matches, and checks the form first', async () => {
    mockApi();
    renderPublic('/cases/lookup');
    fireEvent.click(await screen.findByRole('button', { name: /^查\s?询$/ }));
    expect(await screen.findByText('请输入办件编号')).toBeTruthy();
    expect(await screen.findByText('请输入后四位')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('办件编号'), { target: { value: 'DL202611260003' } });
    fireEvent.change(screen.getByLabelText('证件号码或手机号码后四位'), { target: { value: '9999' } });
    fireEvent.click(screen.getByRole('button', { name: /^查\s?询$/ }));
    expect((await screen.findByTestId('lookup-error')).textContent).toContain('没有找到对应的办件');
    expect(screen.queryByTestId('case-result')).toBeNull();
  });

  it('办件公示 lists completed cases with masked names, page by page', async () => {
    mockApi();
    renderPublic('/halls/h-county/cases/completed');
    const table = await screen.findByTestId('completed-table');
    expect(within(table).getAllByRole('row')).toHaveLength(21);
    expect(table.textContent).toContain('欧阳**');
    expect(screen.getByText('共 21 件')).toBeTruthy();
    expect(screen.getByText('第 1 / 2 页')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    await waitFor(() => expect(screen.getByTestId('completed-table').textContent).toContain('李*明'));
    expect(screen.getByText('第 2 / 2 页')).toBeTruthy();
  });
});
