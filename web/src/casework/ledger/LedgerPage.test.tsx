// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, mockBrowserApis } from '../../admin/test-utils';
import { DeskProviders, HALLS } from '../../staff-desk/test-utils';
import { CHIEF_ME, DEPARTMENTS, HALL, LEDGER } from '../test-fixtures';
import LedgerPage from './LedgerPage';

function serve() {
  const { fetchImpl, calls } = fakeFetch((_m, url) => {
    if (url === '/api/v1/halls') return { status: 200, body: HALLS };
    if (url === `/api/v1/halls/${HALL}/departments`) return { status: 200, body: DEPARTMENTS };
    if (url === `/api/v1/halls/${HALL}/items`) return { status: 200, body: [] };
    if (url.startsWith(`/api/v1/halls/${HALL}/ledger?`)) {
      const page = Number(new URL(url, 'http://x').searchParams.get('page'));
      return { status: 200, body: { ...LEDGER, page, nextCursor: `cur-${page + 1}` } };
    }
  });
  vi.stubGlobal('fetch', fetchImpl);
  return calls;
}
const ledgerCalls = (calls: { url: string }[]) => calls.filter((c) => c.url.includes('/ledger?')).map((c) => c.url);

describe('LedgerPage', () => {
  beforeEach(() => mockBrowserApis());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the summary cards and the register rows of the first page', async () => {
    const calls = serve();
    const { container } = render(
      <DeskProviders path="/desk/casework/ledger" route="/desk/casework/ledger" me={CHIEF_ME}>
        <LedgerPage />
      </DeskProviders>,
    );
    expect(await screen.findByText('QY202611200001')).toBeTruthy();
    expect(ledgerCalls(calls)[0]).toBe(`/api/v1/halls/${HALL}/ledger?page=1&pageSize=20`);
    const cards = container.querySelector('.yz-cw-summary-cards') as HTMLElement;
    expect(cards.textContent).toContain('312');
    expect(cards.textContent).toContain('240');
    expect(cards.textContent).toContain('95.8%');
    expect(cards.textContent).toContain('6.4 / 20.0');
    expect(cards.textContent).toContain('68.0%');
    const row = screen.getByText('QY202611200001').closest('tr') as HTMLElement;
    expect(row.textContent).toContain('王*明');
    expect(row.textContent).toContain('准予许可');
    expect(row.textContent).toContain('按时');
    expect(screen.getByText('共 312 件')).toBeTruthy();
  });

  it('sends the filters to the server, resets to page 1, and exports ledger.xlsx with the same filters', async () => {
    const calls = serve();
    render(
      <DeskProviders path="/desk/casework/ledger" route="/desk/casework/ledger" me={CHIEF_ME}>
        <LedgerPage />
      </DeskProviders>,
    );
    await screen.findByText('QY202611200001');
    // to page 2: the server's keyset cursor goes along
    fireEvent.click(screen.getByTitle('2'));
    await waitFor(() =>
      expect(ledgerCalls(calls)).toContain(`/api/v1/halls/${HALL}/ledger?page=2&pageSize=20&cursor=cur-2`),
    );

    fireEvent.mouseDown(screen.getByLabelText('部门'));
    fireEvent.click(await screen.findByTitle('县自然资源局'));
    await waitFor(() =>
      expect(ledgerCalls(calls)).toContain(`/api/v1/halls/${HALL}/ledger?departmentId=d-zrzy&page=1&pageSize=20`),
    );
    fireEvent.mouseDown(screen.getByLabelText('是否按时'));
    fireEvent.click(await screen.findByTitle('超期'));
    await waitFor(() =>
      expect(ledgerCalls(calls)).toContain(
        `/api/v1/halls/${HALL}/ledger?departmentId=d-zrzy&onTime=false&page=1&pageSize=20`,
      ),
    );
    const exportLink = screen.getByRole('link', { name: /导出 Excel/ });
    expect(exportLink.getAttribute('href')).toBe(`/api/v1/halls/${HALL}/ledger.xlsx?departmentId=d-zrzy&onTime=false`);
    expect(exportLink.getAttribute('download')).toBe('ledger.xlsx');
  });
});
