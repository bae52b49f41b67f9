// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { disclosuresOf, type ItemGuide } from '../../../../src/domain/guide';
import { permissionsOf } from '../../../../src/domain/roles';
import { SessionProvider } from '../lib/session';
import { type Route as FakeRoute, fakeFetch, mockBrowserApis, Providers, problem } from '../test-utils';
import type { ItemDetail, Me } from '../types';
import ItemEditorPage from './ItemEditorPage';

const ME: Me = {
  id: 'u1',
  username: 'city.manager',
  displayName: '市大厅管理办',
  hallId: 'h1',
  hallName: '清源市政务服务中心',
  roles: ['hall_manager'],
  permissions: [...permissionsOf(['hall_manager'])],
  windowIds: [],
  staffId: null,
  departmentId: null,
  isDemo: false,
};

const GUIDE: ItemGuide = {
  code: 'QY-001',
  basicCode: '',
  name: '食品经营许可证核发',
  type: '行政许可',
  kind: 'promised',
  departmentId: 'd1',
  statutoryDays: 20,
  promisedDays: 5,
  legalBasis: '',
  conditions: '',
  materials: [
    { name: '申请书', form: 'original', count: 1, required: true, note: '', templateFileId: null, sampleFileId: null },
  ],
  steps: [{ name: '受理', role: '窗口受理人员', days: 0, description: '' }],
  feeFree: false,
  feeStandard: '按件收取工本费 10 元',
  feeBasis: '',
  specialProcedures: [],
  location: '一楼 2 号窗口',
  hours: '',
  phone: '0591-12345600',
  complaintPhone: '',
  responsiblePerson: '',
  result: '',
  visits: 1,
  online: false,
  onlineUrl: '',
  entryStatus: 'entered',
  entryExemptReason: '',
  handledAt: 'hall',
  events: [],
  jointDepartmentIds: [],
  reportTo: '',
  keywords: '',
};

const DETAIL: ItemDetail = {
  id: 'i1',
  hallId: 'h1',
  code: GUIDE.code,
  name: GUIDE.name,
  department: { id: 'd1', name: '市市场监督管理局' },
  kind: 'promised',
  type: '行政许可',
  entryStatus: 'entered',
  publishedVersion: null,
  draftDirty: false,
  updatedAt: '2026-11-26T01:00:00.000Z',
  guide: GUIDE,
  rowVersion: 3,
  missingDisclosures: ['feeBasis', 'responsiblePerson'],
  disclosures: disclosuresOf(GUIDE, '市市场监督管理局'),
  files: [],
};

function base(extra: FakeRoute): FakeRoute {
  return (method, url, body) =>
    extra(method, url, body) ??
    (url === '/api/v1/auth/csrf' ? { status: 200, body: { csrfToken: 't' } } : undefined) ??
    (url === '/api/v1/halls' ? { status: 200, body: [] } : undefined) ??
    (url === '/api/v1/halls/h1/departments'
      ? { status: 200, body: [{ id: 'd1', hallId: 'h1', name: '市市场监督管理局' }] }
      : undefined) ??
    (url === '/api/v1/items/i1/versions' ? { status: 200, body: [] } : undefined) ??
    (method === 'GET' && url === '/api/v1/items/i1' ? { status: 200, body: DETAIL } : undefined);
}

function renderEditor() {
  return render(
    <Providers path="/admin/items/i1">
      <SessionProvider me={ME} onExpired={vi.fn()} onLogout={vi.fn()}>
        <Routes>
          <Route path="/admin/items/:id" element={<ItemEditorPage />} />
        </Routes>
      </SessionProvider>
    </Providers>,
  );
}

const markOf = (container: HTMLElement, key: string) =>
  container.querySelector(`li[data-disclosure="${key}"] .yz-mark`)?.textContent;

describe('item editor', () => {
  beforeEach(mockBrowserApis);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the completeness of the loaded draft', async () => {
    vi.stubGlobal('fetch', fakeFetch(base(() => undefined)).fetchImpl);
    const { container } = renderEditor();
    expect(await screen.findByDisplayValue('食品经营许可证核发')).toBeTruthy();
    expect(markOf(container, 'feeBasis')).toBe('✗');
    expect(markOf(container, 'responsiblePerson')).toBe('✗');
    expect(markOf(container, 'location')).toBe('✓');
    // every tab's fields are in the form, found by their labels
    for (const label of ['责任人员', '收费依据', '办理地点', '咨询电话', '材料名称', '环节名称'])
      expect(screen.getAllByLabelText(label).length).toBeGreaterThan(0);
  });

  it('on 422 GUIDE_INCOMPLETE shows the Chinese detail and marks the missing disclosures ✗', async () => {
    const detail = '以下公开内容为空，不能发布：收费依据、责任人员';
    const complete = { ...DETAIL, missingDisclosures: [] };
    const { fetchImpl, calls } = fakeFetch(
      base((method, url) => {
        if (method === 'GET' && url === '/api/v1/items/i1') return { status: 200, body: complete };
        if (method === 'POST' && url === '/api/v1/items/i1/publish')
          return {
            status: 422,
            body: problem(422, 'GUIDE_INCOMPLETE', detail, { missing: ['feeBasis', 'responsiblePerson'] }),
          };
      }),
    );
    vi.stubGlobal('fetch', fetchImpl);
    const { container } = renderEditor();
    await screen.findByDisplayValue('食品经营许可证核发');
    expect(markOf(container, 'feeBasis')).toBe('✓');
    fireEvent.click(screen.getByRole('button', { name: '发布' }));
    expect(await screen.findByText(detail)).toBeTruthy();
    expect(screen.getByText('办事指南不完整，不能发布')).toBeTruthy();
    await waitFor(() => expect(markOf(container, 'feeBasis')).toBe('✗'));
    expect(markOf(container, 'responsiblePerson')).toBe('✗');
    expect(markOf(container, 'location')).toBe('✓');
    expect(calls.filter((c) => c.method === 'POST' && c.url.endsWith('/publish'))).toHaveLength(1);
  });

  it('saves with the row version and shows a 409 conflict clearly', async () => {
    const { fetchImpl, calls } = fakeFetch(
      base((method, url) =>
        method === 'PUT' && url === '/api/v1/items/i1'
          ? { status: 409, body: problem(409, 'VERSION_CONFLICT', '记录已被他人修改，请刷新后重试') }
          : undefined,
      ),
    );
    vi.stubGlobal('fetch', fetchImpl);
    renderEditor();
    await screen.findByDisplayValue('食品经营许可证核发');
    fireEvent.change(screen.getByLabelText('责任人员'), { target: { value: '科长 林晓燕' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('保存冲突')).toBeTruthy();
    expect(screen.getByText(/记录已被他人修改，请刷新后重试/)).toBeTruthy();
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.body).toMatchObject({ rowVersion: 3, guide: { responsiblePerson: '科长 林晓燕', code: 'QY-001' } });
  });
});
