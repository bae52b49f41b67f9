// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { permissionsOf } from '../../../../../src/domain/roles';
import { SessionProvider } from '../../lib/session';
import { type Route as FakeRoute, fakeFetch, mockBrowserApis, Providers, problem } from '../../test-utils';
import type { Me } from '../../types';
import { base, ME, renderEditor } from '../test-fixtures';
import { FeeCatalogTab } from './FeeCatalogTab';
import { CATALOG_V1, CATALOG_V2, ITEM_FEES } from './fixtures';

function serve(extra: FakeRoute = () => undefined) {
  const { fetchImpl, calls } = fakeFetch(
    base(
      (method, url, body) =>
        extra(method, url, body) ??
        (method === 'GET' && url === '/api/v1/items/i1/fees' ? { status: 200, body: ITEM_FEES } : undefined) ??
        (url === '/api/v1/items/i1/fees/versions/1' ? { status: 200, body: CATALOG_V1 } : undefined),
    ),
  );
  vi.stubGlobal('fetch', fetchImpl);
  return calls;
}

const DEPTS = [
  { id: 'd1', name: '市市场监督管理局' },
  { id: 'd2', name: '市税务局' },
];

/** The tab alone (the whole editor page is slow to query in jsdom; one test covers it in place). */
async function renderTab(me: Me = ME) {
  render(
    <Providers path="/admin/items/i1">
      <SessionProvider me={me} onExpired={vi.fn()} onLogout={vi.fn()}>
        <FeeCatalogTab itemId="i1" departments={DEPTS} itemDepartmentId="d1" />
      </SessionProvider>
    </Providers>,
  );
  await screen.findByDisplayValue('住宅类不动产登记费');
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const puts = (calls: { method: string; url: string; body: unknown }[]) =>
  calls.filter((c) => c.method === 'PUT' && c.url === '/api/v1/items/i1/fees');

describe('fee catalog tab', () => {
  beforeEach(mockBrowserApis);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('is a tab of the item editor showing the current lines in yuan', async () => {
    serve();
    renderEditor();
    await screen.findByDisplayValue('食品经营许可证核发');
    // (found by text: role queries are very slow on the whole editor page in jsdom)
    fireEvent.click(screen.getByText('收费目录', { selector: '[role=tab]' }));
    await screen.findByDisplayValue('住宅类不动产登记费', undefined, { timeout: 5000 });
    expect((screen.getByLabelText('金额（元） 1') as HTMLInputElement).value).toBe('80.00');
    expect(screen.getByText('现行第 2 版')).toBeTruthy();
  }, 60_000); // the whole editor page renders slowly in jsdom on a busy machine

  it('previews the standard and lists the versions; an old version opens read-only', async () => {
    serve();
    await renderTab();
    expect(await screen.findByText('标准：¥80.00', { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('查看 第 1 版'));
    const dialog = (await screen.findByText('收费目录第 1 版')).closest('.ant-modal') as HTMLElement;
    expect(await within(dialog).findByText('旧版证书工本费')).toBeTruthy();
    expect(within(dialog).getByText('¥10.00')).toBeTruthy();
    expect(within(dialog).getByText(/首次建立/)).toBeTruthy();
  });

  it('adds a per-unit line with a cap and saves integer fen with the base version', async () => {
    const calls = serve((method, url) =>
      method === 'PUT' && url === '/api/v1/items/i1/fees'
        ? { status: 200, body: { ...CATALOG_V2, version: 3 } }
        : undefined,
    );
    await renderTab();
    fireEvent.click(screen.getByRole('button', { name: /添加收费项目/ }));
    type('收费项目名称 2', '不动产权属证书工本费');
    fireEvent.click(within(screen.getByLabelText('计费方式 2')).getByText('单价 × 数量'));
    await screen.findByLabelText('单价（元） 2');
    type('单价（元） 2', '10.5');
    type('计量单位 2', '本');
    type('封顶金额（元，可选） 2', '1,000');
    type('收费依据 2', '发改价格规〔2016〕2559号');
    fireEvent.click(within(screen.getByLabelText('收费类别 2')).getByText('经营服务性收费'));
    type('修改说明', '增加工本费');
    expect(await screen.findByText(/每本¥10\.50，封顶¥1,000\.00/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '保存收费目录（生成新版本）' }));
    await waitFor(() => expect(puts(calls)).toHaveLength(1));
    const body = puts(calls)[0]?.body as { baseVersion: number; note: string; lines: Record<string, unknown>[] };
    expect(body.baseVersion).toBe(2);
    expect(body.note).toBe('增加工本费');
    expect(body.lines[0]).toMatchObject({ code: 'F01', mode: 'fixed', amountFen: 8000, waivable: true });
    expect(body.lines[1]).toEqual({
      name: '不动产权属证书工本费',
      category: 'service',
      mode: 'per_unit',
      amountFen: null,
      unitPriceFen: 1050,
      unitName: '本',
      capFen: 100000,
      basis: '发改价格规〔2016〕2559号',
      receivingDepartmentId: 'd1',
      waivable: false,
      waiverRules: '',
      waiverBasis: '',
    });
    expect(await screen.findByText('收费目录已保存为第 3 版')).toBeTruthy();
  });

  it('checks amounts, basis and cap before sending anything', async () => {
    const calls = serve();
    await renderTab();
    type('金额（元） 1', '80.005');
    type('收费依据 1', '');
    fireEvent.click(screen.getByRole('button', { name: /添加收费项目/ }));
    type('收费项目名称 2', '工本费');
    fireEvent.click(within(screen.getByLabelText('计费方式 2')).getByText('单价 × 数量'));
    await screen.findByLabelText('单价（元） 2');
    type('单价（元） 2', '20');
    type('计量单位 2', '本');
    type('封顶金额（元，可选） 2', '5');
    fireEvent.click(screen.getByRole('button', { name: '保存收费目录（生成新版本）' }));
    expect(await screen.findByText('收费目录有未填写或填写有误的内容，请按提示修改')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByText(/请填写收费依据/).length).toBe(2));
    expect(screen.getByText(/金额格式不正确/)).toBeTruthy();
    expect(screen.getByText('封顶金额不能低于单价')).toBeTruthy();
    expect(puts(calls)).toHaveLength(0);
  });

  it('shows a 409 version conflict in Chinese with a reload, and server field errors on the field', async () => {
    let answer = problem(409, 'VERSION_CONFLICT', '收费目录已更新为第 3 版，请刷新后再修改', { currentVersion: 3 });
    const calls = serve((method, url) =>
      method === 'PUT' && url === '/api/v1/items/i1/fees' ? { status: answer.status, body: answer } : undefined,
    );
    await renderTab();
    type('金额（元） 1', '90');
    fireEvent.click(screen.getByRole('button', { name: '保存收费目录（生成新版本）' }));
    expect(await screen.findByText('收费目录已被他人修改')).toBeTruthy();
    expect(screen.getByText(/收费目录已更新为第 3 版/)).toBeTruthy();
    expect(puts(calls)[0]?.body).toMatchObject({ lines: [{ amountFen: 9000 }] });
    const loads = calls.filter((c) => c.url === '/api/v1/items/i1/fees').length;
    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: '重新加载' }));
    await waitFor(() => expect(calls.filter((c) => c.url === '/api/v1/items/i1/fees').length).toBe(loads + 1));

    answer = problem(400, 'VALIDATION_FAILED', '提交的数据不符合要求', {
      errors: [{ in: 'body', path: '/lines/0/amountFen', message: '金额超出上限' }],
    });
    await screen.findByDisplayValue('住宅类不动产登记费');
    type('金额（元） 1', '95');
    fireEvent.click(screen.getByRole('button', { name: '保存收费目录（生成新版本）' }));
    expect(await screen.findByText('收费目录保存失败')).toBeTruthy();
    expect(screen.getByText('金额超出上限', { selector: '.ant-form-item-explain-error' })).toBeTruthy();
  });

  it('is read-only for a supervisor who may read fees but not keep the catalog', async () => {
    serve();
    await renderTab({ ...ME, roles: ['supervisor'], permissions: [...permissionsOf(['supervisor'])] });
    expect(screen.queryByRole('button', { name: /添加收费项目/ })).toBeNull();
    expect(screen.queryByRole('button', { name: '保存收费目录（生成新版本）' })).toBeNull();
    expect((screen.getByLabelText('金额（元） 1') as HTMLInputElement).disabled).toBe(true);
  });
});
