import { render } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { vi } from 'vitest';
import { disclosuresOf, type ItemGuide } from '../../../../src/domain/guide';
import { permissionsOf } from '../../../../src/domain/roles';
import { SessionProvider } from '../lib/session';
import { type Route as FakeRoute, Providers } from '../test-utils';
import type { ItemDetail, Me } from '../types';
import ItemEditorPage from './ItemEditorPage';

/** Test data of the item editor's jsdom tests (not shipped: only *.test.tsx import this file). */

export const ME: Me = {
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

export const GUIDE: ItemGuide = {
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

export const DETAIL: ItemDetail = {
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

export function base(extra: FakeRoute): FakeRoute {
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

export function renderEditor(me: Me = ME) {
  return render(
    <Providers path="/admin/items/i1">
      <SessionProvider me={me} onExpired={vi.fn()} onLogout={vi.fn()}>
        <Routes>
          <Route path="/admin/items/:id" element={<ItemEditorPage />} />
        </Routes>
      </SessionProvider>
    </Providers>,
  );
}
