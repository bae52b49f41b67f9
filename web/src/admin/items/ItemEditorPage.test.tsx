// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, mockBrowserApis, problem } from '../test-utils';
import { base, DETAIL, renderEditor } from './test-fixtures';

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
