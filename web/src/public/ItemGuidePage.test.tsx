// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureAnswer, fixtureCatalog, fixtureGuide, fixtureNoCatalog } from './test-fixtures';
import { installDomMocks, mockPublicApi, renderPublic } from './test-utils';

beforeAll(installDomMocks);
beforeEach(() => {
  localStorage.clear();
  mockPublicApi();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('item guide page', () => {
  it('shows the current version with the disclosures first and every section after them', async () => {
    renderPublic('/items/i-food');
    expect(await screen.findByRole('heading', { level: 1, name: '食品经营许可证核发' })).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.id);
    expect(headings).toEqual([
      'disclosures-title',
      'sec-basis',
      'sec-conditions',
      'sec-materials',
      'sec-procedure',
      'sec-time',
      'sec-fee',
      'sec-way',
      'sec-contact',
      'sec-result',
      'sec-special',
      'sec-versions',
    ]);
    expect(screen.queryByText('您正在查看历史版本')).toBeNull();
    expect(screen.getByText('第 3 版 · 2026-11-20 发布')).toBeTruthy();

    // materials table with download links for templates and samples
    const table = screen.getByRole('table', { name: '申请材料' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(6);
    expect(rows[2].textContent).toContain('营业执照');
    expect(rows[2].textContent).toContain('复印件');
    expect(rows[5].textContent).toContain('非必需');
    const template = within(table).getByRole('link', { name: '下载“食品经营许可申请书”空白表格' });
    expect(template.getAttribute('href')).toBe('/api/v1/public/files/f1');
    expect(within(table).getByRole('link', { name: '下载“食品经营许可申请书”示例样表' })).toBeTruthy();

    // time limit, fee, visits, special procedures
    const time = screen.getByRole('region', { name: '办理时限' });
    expect(time.textContent).toContain('承诺时限5 个工作日');
    expect(time.textContent).toContain('法定时限20 个工作日');
    expect(screen.getByRole('region', { name: '收费' }).textContent).toContain('不收费');
    expect(screen.getByRole('region', { name: '办理方式' }).textContent).toContain('最多跑一次');
    const special = screen.getByRole('table', { name: '特别程序' });
    expect(within(special).getAllByRole('row')[1].textContent).toBe(
      '现场核查10 个工作日《食品经营许可和备案管理办法》第二十三条否否',
    );

    // version history links to the older versions
    const versions = screen.getByRole('region', { name: '版本记录' });
    expect(
      within(versions)
        .getByRole('link', { name: /第 1 版/ })
        .getAttribute('href'),
    ).toBe('/items/i-food/v/1');
    expect(within(versions).getByText('（正在查看）')).toBeTruthy();
  });

  it('prints through the print button', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderPublic('/items/i-food');
    fireEvent.click(await screen.findByRole('button', { name: /打印办事指南/ }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('marks an older version and links to the current one', async () => {
    renderPublic('/items/i-food/v/1');
    expect(await screen.findByText('您正在查看历史版本')).toBeTruthy();
    expect(await screen.findByText('第 1 版 · 2026-03-02 发布')).toBeTruthy();
    expect(screen.getByRole('link', { name: '查看现行版本' }).getAttribute('href')).toBe('/items/i-food');
  });

  it('writes 即办 for an immediate item and 零跑腿 for zero visits', async () => {
    const fetchMock = mockPublicApi();
    fetchMock.mockImplementation(async (input: RequestInfo | URL) => {
      const url = String(input);
      const immediate = {
        ...fixtureGuide,
        kind: 'immediate',
        promisedDays: 0,
        visits: 0,
        feeFree: false,
        feeStandard: '每证 10 元',
        feeBasis: '某某收费文件',
      };
      const body = url === '/api/v1/public/items/i-food' ? immediate : fixtureAnswer(url).body;
      return new Response(JSON.stringify(body), { status: 200 });
    });
    renderPublic('/items/i-food');
    const time = await screen.findByRole('region', { name: '办理时限' });
    expect(time.textContent).toContain('承诺时限即办');
    expect(screen.getByRole('region', { name: '办理方式' }).textContent).toContain('零跑腿');
    const fee = screen.getByRole('region', { name: '收费' });
    expect(fee.textContent).toContain('每证 10 元');
    expect(fee.textContent).toContain('某某收费文件');
  });

  /** The fixture API, with `fees` as the answer of the public fee catalog. */
  const withFees = (fees: unknown) => {
    const fetchMock = mockPublicApi();
    fetchMock.mockImplementation(async (input: RequestInfo | URL) => {
      const url = String(input);
      const guide = { ...fixtureGuide, feeFree: false, feeStandard: '指南里的旧收费文字', feeBasis: '指南里的旧依据' };
      const body =
        url === '/api/v1/public/items/i-food/fees'
          ? fees
          : url === '/api/v1/public/items/i-food'
            ? guide
            : fixtureAnswer(url).body;
      return new Response(JSON.stringify(body), { status: 200 });
    });
  };

  it('shows the current fee catalog: a table of lines and the catalog standard in the disclosures', async () => {
    withFees(fixtureCatalog);
    renderPublic('/items/i-food');
    const table = await screen.findByRole('table', { name: '收费目录' });
    const rows = within(table).getAllByRole('row');
    expect(rows[0].textContent).toBe('收费项目类别收费标准收费依据收款单位减免规定');
    expect(rows[1].textContent).toBe(
      '住宅类不动产登记费行政事业性收费¥80.00发改价格规〔2016〕2559号东岭县不动产登记中心小微企业免收（财税〔2016〕79号）',
    );
    expect(rows[2].textContent).toContain('每本¥10.00，封顶¥100.00');
    expect(rows[2].textContent?.endsWith('—')).toBe(true);
    const block = screen.getByRole('region', { name: /九公开/ });
    const dd = (key: string) => block.querySelector(`[data-key="${key}"] dd`)?.textContent;
    expect(dd('feeStandard')).toBe(fixtureCatalog.standardText);
    expect(dd('feeBasis')).toBe('发改价格规〔2016〕2559号');
    expect(screen.queryByText('指南里的旧收费文字')).toBeNull();
  });

  it('falls back to the guide fee text without a catalog, and says 不收费 for an empty catalog', async () => {
    withFees(fixtureNoCatalog);
    renderPublic('/items/i-food');
    const fee = await screen.findByRole('region', { name: '收费' });
    expect(fee.textContent).toContain('指南里的旧收费文字');
    expect(screen.queryByRole('table', { name: '收费目录' })).toBeNull();
    cleanup();

    withFees({ ...fixtureNoCatalog, version: 3, hasCatalog: true, feeFree: true, standardText: '不收费' });
    renderPublic('/items/i-food');
    await screen.findByRole('heading', { level: 1, name: '食品经营许可证核发' });
    await waitFor(() => expect(screen.getByRole('region', { name: '收费' }).textContent).toContain('不收费'));
    expect(screen.getByRole('region', { name: '收费' }).textContent).not.toContain('指南里的旧收费文字');
    const block = screen.getByRole('region', { name: /九公开/ });
    expect(block.querySelector('[data-key="feeStandard"] dd')?.textContent).toBe('不收费');
  });

  it('keeps the fee text of its time on an older version', async () => {
    withFees(fixtureCatalog);
    renderPublic('/items/i-food/v/1');
    expect(await screen.findByText('您正在查看历史版本')).toBeTruthy();
    expect(screen.queryByRole('table', { name: '收费目录' })).toBeNull();
    // version 1 (the fixture's own guide) was free; the current catalog's ¥80.00 does not leak into it
    expect(screen.getByRole('region', { name: '收费' }).textContent).toContain('不收费');
    const block = screen.getByRole('region', { name: /九公开/ });
    expect(block.querySelector('[data-key="feeStandard"] dd')?.textContent).toBe(fixtureGuide.disclosures.feeStandard);
    expect(block.textContent).not.toContain('¥80.00');
  });

  it('shows the API problem detail in Chinese when the item is not public', async () => {
    renderPublic('/items/nope');
    expect(await screen.findByText('未找到')).toBeTruthy();
    expect(screen.getByText('事项不存在或尚未公开')).toBeTruthy();
  });
});
