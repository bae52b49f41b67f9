// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { creditCodeCheckChar } from '../../../../src/domain/credit-code';
import { idNumberCheckDigit } from '../../../../src/domain/id-number';
import { fakeFetch, mockBrowserApis } from '../../admin/test-utils';
import { CLERK, GUIDE, HALL, kase } from '../test-fixtures';
import { CaseProviders } from '../test-utils';
import type { CaseView } from '../types';
import { ReceivePage } from './ReceivePage';

const FIRST17 = '11010519491231002';
const GOOD_ID = FIRST17 + idNumberCheckDigit(FIRST17);
const BAD_ID = FIRST17 + (idNumberCheckDigit(FIRST17) === '1' ? '2' : '1');
const CODE17 = '91350100M000100Y4';
const GOOD_CODE = CODE17 + creditCodeCheckChar(CODE17);
const BAD_CHECK_CODE = CODE17 + (creditCodeCheckChar(CODE17) === '3' ? '4' : '3');

function renderAt(path: string) {
  return render(
    <CaseProviders path={path} route="/desk/cases/new" me={CLERK}>
      <ReceivePage />
    </CaseProviders>,
  );
}

function api(extra: (method: string, url: string, body: unknown) => { status: number; body?: unknown } | undefined) {
  return fakeFetch((method, url, body) => {
    if (url === '/api/v1/halls') return { status: 200, body: [] };
    if (url.startsWith(`/api/v1/public/halls/${HALL}/items`)) return { status: 200, body: [] };
    if (url === '/api/v1/public/items/i1') return { status: 200, body: GUIDE };
    return extra(method, url, body);
  });
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function row(name: string): HTMLElement {
  return screen.getByText(name).closest('tr') as HTMLElement;
}

async function fillPerson(id: string) {
  await screen.findByText('食品经营许可申请书');
  type('申请人姓名', '王小明');
  type('身份证号码', id);
  type('联系电话', '13812345678');
}

describe('ReceivePage', () => {
  beforeEach(() => mockBrowserApis());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('blocks a bad ID number: the field says why and nothing is sent', async () => {
    const { fetchImpl, calls } = api(() => undefined);
    vi.stubGlobal('fetch', fetchImpl);
    renderAt('/desk/cases/new?itemId=i1');
    await fillPerson(BAD_ID);
    fireEvent.click(screen.getByRole('button', { name: '全部已提交' }));
    const accept = screen.getByRole('button', { name: '受理' });
    await waitFor(() => expect((accept as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(accept);
    expect(await screen.findByText('身份证号码校验位不正确，请核对证件')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
    // a malformed one says so too
    type('身份证号码', '12345');
    expect(await screen.findByText('身份证号码应为 18 位，前 17 位为数字，最后一位为数字或 X')).toBeTruthy();
  });

  it('accepts a complete application: receives, accepts and opens the acceptance notice', async () => {
    const received = kase({ id: 'c9', status: 'received', acceptedOn: null, rowVersion: 1, documents: [] });
    const accepted: CaseView = {
      ...received,
      status: 'accepted',
      rowVersion: 2,
      documents: [{ id: 'doc9', kind: 'acceptance', number: 'X-SL1', createdAt: '2025-09-25T02:00:00.000Z' }],
    };
    const { fetchImpl, calls } = api((method, url) => {
      if (method === 'POST' && url === `/api/v1/halls/${HALL}/cases`) return { status: 201, body: received };
      if (method === 'POST' && url === '/api/v1/cases/c9/accept') return { status: 200, body: accepted };
    });
    vi.stubGlobal('fetch', fetchImpl);
    renderAt('/desk/cases/new?itemId=i1');
    await fillPerson(GOOD_ID.toLowerCase());
    const accept = screen.getByRole('button', { name: '受理' });
    // nothing ticked yet: required materials count as missing, so acceptance is not possible
    expect((accept as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '全部已提交' }));
    fireEvent.click(accept);
    expect((await screen.findByTestId('where')).textContent).toBe('/desk/cases/c9/documents/doc9/print');
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => c.url)).toEqual([`/api/v1/halls/${HALL}/cases`, '/api/v1/cases/c9/accept']);
    expect(posts[0].body).toEqual({
      itemId: 'i1',
      applicant: { type: 'person', name: '王小明', idNumber: GOOD_ID, phone: '13812345678' },
      materials: [
        { position: 1, state: 'submitted' },
        { position: 2, state: 'submitted' },
        { position: 3, state: 'submitted' },
      ],
    });
    expect(posts[1].body).toEqual({ rowVersion: 1, immediate: false });
  });

  it('one-time notice: a defective material needs a note; every missing and defective one is sent', async () => {
    const received = kase({ id: 'c8', status: 'received', acceptedOn: null, rowVersion: 1, documents: [] });
    const asked: CaseView = {
      ...received,
      status: 'correction_requested',
      rowVersion: 2,
      documents: [{ id: 'doc8', kind: 'one_time', number: 'X-BZ1', createdAt: '2025-09-25T02:00:00.000Z' }],
    };
    const { fetchImpl, calls } = api((method, url) => {
      if (method === 'POST' && url === `/api/v1/halls/${HALL}/cases`) return { status: 201, body: received };
      if (method === 'POST' && url === '/api/v1/cases/c8/request-supplements') return { status: 200, body: asked };
    });
    vi.stubGlobal('fetch', fetchImpl);
    renderAt('/desk/cases/new?itemId=i1');
    await fillPerson(GOOD_ID);
    fireEvent.click(within(row('食品经营许可申请书')).getByText('已提交'));
    fireEvent.click(within(row('营业执照复印件')).getByText('不符合要求'));
    const oneTime = screen.getByRole('button', { name: '一次性告知' });
    expect((screen.getByRole('button', { name: '受理' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(oneTime);
    expect((await screen.findByTestId('receive-error')).textContent).toContain('请为每份不符合要求的材料说明问题');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
    type('营业执照复印件 的说明', '未加盖公章');
    fireEvent.click(oneTime);
    expect((await screen.findByTestId('where')).textContent).toBe('/desk/cases/c8/documents/doc8/print');
    const ask = calls.find((c) => c.url === '/api/v1/cases/c8/request-supplements');
    expect(ask?.body).toEqual({
      rowVersion: 1,
      materials: [
        { position: 1, state: 'submitted', note: '' },
        { position: 2, state: 'defective', note: '未加盖公章' },
        { position: 3, state: 'missing', note: '' },
      ],
    });
  });

  it('an enterprise: a malformed credit code blocks, a bad check digit only warns', async () => {
    const { fetchImpl } = api(() => undefined);
    vi.stubGlobal('fetch', fetchImpl);
    renderAt('/desk/cases/new?itemId=i1');
    await screen.findByText('食品经营许可申请书');
    fireEvent.click(screen.getByText('法人/其他组织'));
    await screen.findByLabelText('单位名称');
    type('单位名称', '东岭县好味餐饮有限公司');
    type('统一社会信用代码', BAD_CHECK_CODE);
    expect(await screen.findByText(/统一社会信用代码校验位不符/)).toBeTruthy();
    type('统一社会信用代码', GOOD_CODE);
    await waitFor(() => expect(screen.queryByText(/统一社会信用代码校验位不符/)).toBeNull());
    type('统一社会信用代码', 'I1350100M000100Y43');
    fireEvent.click(screen.getByRole('button', { name: '全部已提交' }));
    fireEvent.click(screen.getByRole('button', { name: '受理' }));
    expect(await screen.findByText(/统一社会信用代码格式不正确/)).toBeTruthy();
    expect(await screen.findByText('请填写法定代表人')).toBeTruthy();
  });
});
