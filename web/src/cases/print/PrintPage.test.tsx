// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, mockBrowserApis } from '../../admin/test-utils';
import { CLERK, HALL } from '../test-fixtures';
import { CaseProviders } from '../test-utils';
import { type NoticeDocument, noticeParagraphs } from './notice';
import { NoticeSheet, PrintPage } from './PrintPage';

const HALLS = [{ id: HALL, name: '东岭县政务服务中心', level: 'county', parentId: null, code: 'DL' }];

function doc(over: Partial<NoticeDocument> = {}): NoticeDocument {
  return {
    kind: 'one_time',
    title: '一次性告知书',
    number: 'DL202611260003-BZ1',
    issuedOn: '2026-11-26',
    hallName: '东岭县政务服务中心',
    hallAddress: '东岭县人民路 1 号',
    hallPhone: '0591-12345678',
    departmentName: '县市场监督管理局',
    caseNumber: 'DL202611260003',
    itemName: '食品经营许可证核发',
    applicant: { type: 'person', name: '王小明', idNumber: '1101**********0015', legalRepresentative: null },
    receivedOn: '2026-11-26',
    materials: [
      { position: 1, name: '食品经营许可申请书', state: 'submitted', note: '' },
      { position: 2, name: '营业执照复印件', state: 'missing', note: '' },
      { position: 3, name: '法定代表人身份证明', state: 'defective', note: '复印件不清晰，请重新复印' },
      { position: 4, name: '经营场所平面图', state: 'missing', note: '需标明设备布局' },
      { position: 5, name: '食品安全管理制度', state: 'submitted', note: '' },
    ],
    ...over,
  };
}

describe('printable notices', () => {
  beforeEach(() => mockBrowserApis());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('the one-time notice lists every missing and defective material, and nothing handed in', () => {
    render(<NoticeSheet d={doc()} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('一次性告知书');
    const rows = within(screen.getByTestId('supplement-list')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '1营业执照复印件缺少请补充提交',
      '2法定代表人身份证明不符合要求复印件不清晰，请重新复印',
      '3经营场所平面图缺少需标明设备布局',
    ]);
    const sheet = screen.getByTestId('notice-sheet');
    expect(sheet.textContent).not.toContain('食品经营许可申请书');
    expect(sheet.textContent).toContain('第三十二条第一款第（四）项');
    expect(sheet.textContent).toContain('一次性告知你需要补正的全部内容');
    expect(sheet.textContent).toContain('DL202611260003-BZ1');
    expect(sheet.textContent).toContain('1101**********0015');
    expect(sheet.textContent).toContain('（盖章）');
    expect(sheet.textContent).toContain('2026年11月26日');
    // no remedy on a one-time notice
    expect(sheet.textContent).not.toContain('行政复议');
  });

  it('a refusal names the reason, where to go instead and the right to reconsideration or litigation', () => {
    render(
      <NoticeSheet
        d={doc({
          kind: 'not_accepted',
          title: '不予受理通知书',
          materials: undefined,
          reason: '该申请事项不属于本机关职权范围',
          redirectTo: '市市场监督管理局',
        })}
      />,
    );
    const text = screen.getByTestId('notice-sheet').textContent ?? '';
    expect(text).toContain('不予受理通知书');
    expect(text).toContain('经审查，该申请事项不属于本机关职权范围');
    expect(text).toContain('请你向市市场监督管理局申请办理');
    expect(text).toContain('六十日内依法申请行政复议');
    expect(text).toContain('六个月内依法向人民法院提起行政诉讼');
  });

  it('the acceptance notice states the promised date; a denial is titled and states the remedy', () => {
    const accept = noticeParagraphs(
      doc({ kind: 'acceptance', title: '受理通知书', acceptedOn: '2026-11-26', dueOn: '2026-12-04', promisedDays: 6 }),
    ).join('');
    expect(accept).toContain('决定予以受理');
    expect(accept).toContain('2026年12月4日前（6个工作日内');
    render(
      <NoticeSheet
        d={doc({ kind: 'decision', title: '办理决定书', decision: 'deny', decisionReason: '经营场所不符合要求' })}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('不予行政许可决定书');
    expect(screen.getByTestId('notice-sheet').textContent).toContain('六十日内依法申请行政复议');
  });

  it('loads the frozen document of the case and prints it', async () => {
    const { fetchImpl, calls } = fakeFetch((_m, url) => {
      if (url === '/api/v1/halls') return { status: 200, body: HALLS };
      if (url === '/api/v1/cases/c1/documents/d1')
        return { status: 200, body: { id: 'd1', kind: 'one_time', number: 'DL202611260003-BZ1', content: doc() } };
    });
    vi.stubGlobal('fetch', fetchImpl);
    const print = vi.fn();
    vi.stubGlobal('print', print);
    render(
      <CaseProviders path="/desk/cases/c1/documents/d1/print" route="/desk/cases/:id/documents/:docId/print" me={CLERK}>
        <PrintPage />
      </CaseProviders>,
    );
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('一次性告知书');
    expect(within(screen.getByTestId('supplement-list')).getAllByRole('row')).toHaveLength(4);
    screen.getByRole('button', { name: /打印/ }).click();
    expect(print).toHaveBeenCalledOnce();
    screen.getByRole('button', { name: /返回办件/ }).click();
    expect((await screen.findByTestId('where')).textContent).toBe('/desk/cases/c1');
    expect(calls.some((c) => c.url === '/api/v1/cases/c1/documents/d1')).toBe(true);
  });
});
