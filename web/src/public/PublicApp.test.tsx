// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LAST_HALL_KEY } from './hall-context';
import { buildHallTree, defaultHall } from './hall-tree';
import { fixtureHalls } from './test-fixtures';
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

describe('hall tree', () => {
  it('nests halls city → county → township and picks a county hall for first visitors', () => {
    const tree = buildHallTree(fixtureHalls);
    expect(tree.map((n) => n.label)).toEqual(['清溪市政务服务中心']);
    expect(tree[0].children[0].label).toBe('清溪市云岭县行政服务中心');
    expect(tree[0].children[0].children[0].label).toBe('云岭县城关镇便民服务中心');
    expect(defaultHall(fixtureHalls)?.id).toBe('h-county');
    expect(defaultHall(fixtureHalls.filter((h) => h.level !== 'county'))?.id).toBe('h-city');
    expect(defaultHall([])).toBeUndefined();
  });
});

describe('public site', () => {
  it('sends / to the first county hall and shows its home page', async () => {
    renderPublic('/');
    expect(await screen.findByRole('heading', { level: 1, name: /清溪市云岭县行政服务中心/ })).toBeTruthy();
    expect(localStorage.getItem(LAST_HALL_KEY)).toBe('h-county');
  });

  it('hall home: info with opening hours, departments with counts, events by 个人/法人 without empty ones', async () => {
    renderPublic('/halls/h-county');
    const info = await screen.findByRole('complementary', { name: '大厅信息' });
    expect(info.textContent).toContain('云岭县城关镇人民路 88 号行政服务中心一楼');
    const hours = within(info).getAllByRole('row');
    expect(hours.map((r) => r.textContent)).toEqual([
      '周一08:30–12:0014:30–17:30',
      '周二08:30–12:0014:30–17:30',
      '周三08:30–12:0014:30–17:30',
      '周四08:30–12:0014:30–17:30',
      '周五08:30–12:0014:30–17:30',
      '周六09:00–12:00',
      '周日休息',
    ]);
    const depts = await screen.findByRole('region', { name: '按部门查找' });
    const market = within(depts).getByRole('link', { name: /县市场监督管理局/ });
    expect(market.getAttribute('href')).toBe('/halls/h-county/departments/d-market');
    expect(market.textContent).toContain('12 项');
    expect(within(depts).getByRole('link', { name: /县住房和城乡建设局/ }).textContent).toContain('预约进驻');
    const life = await screen.findByRole('region', { name: '个人办事' });
    expect(
      within(life)
        .getByRole('link', { name: /新生儿出生/ })
        .getAttribute('href'),
    ).toBe('/halls/h-county/events/birth');
    expect(within(life).queryByText('身后事')).toBeNull();
    const enterprise = screen.getByRole('region', { name: '法人办事' });
    expect(within(enterprise).getAllByRole('link')).toHaveLength(3);
  });

  it('search lists items with department, kind, time limits, visits and online tags', async () => {
    renderPublic('/halls/h-county/search?q=');
    const link = await screen.findByRole('link', { name: '个体工商户设立登记' });
    const row = link.closest('li') as HTMLElement;
    expect(row.textContent).toContain('县市场监督管理局');
    expect(row.textContent).toContain('即办件');
    expect(row.textContent).toContain('承诺时限：即办');
    expect(row.textContent).toContain('法定时限：15 个工作日');
    expect(row.textContent).toContain('最多跑一次');
    expect(row.textContent).toContain('可网上办理');
    const pension = screen.getByRole('link', { name: '城乡居民养老保险参保登记' }).closest('li') as HTMLElement;
    expect(pension.textContent).toContain('零跑腿');
    expect(pension.textContent).toContain('法定时限：法律未规定');
    const construct = screen.getByRole('link', { name: '建筑工程施工许可证核发' }).closest('li') as HTMLElement;
    expect(construct.textContent).toContain('联办件');
    expect(construct.textContent).toContain('承诺时限：3 个工作日');
    expect(construct.textContent).not.toContain('可网上办理');
    expect(screen.getByText('共 4 项')).toBeTruthy();
  });

  it('search sends the query to the API and says when nothing matched', async () => {
    const fetchMock = mockPublicApi();
    renderPublic('/halls/h-county/search?q=%E4%B8%8D%E5%AD%98%E5%9C%A8');
    expect(await screen.findByText('没有找到与“不存在”相关的事项，请换个关键词试试')).toBeTruthy();
    expect(fetchMock.mock.calls.map((c) => String(c[0]))).toContain(
      '/api/v1/public/halls/h-county/items?q=%E4%B8%8D%E5%AD%98%E5%9C%A8',
    );
  });

  it('department and event pages list their items under their name', async () => {
    renderPublic('/halls/h-county/departments/d-market');
    expect(await screen.findByRole('heading', { level: 1, name: '县市场监督管理局' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: '食品经营许可证核发' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: '城乡居民养老保险参保登记' })).toBeNull();
    cleanup();
    renderPublic('/halls/h-county/events/food_business');
    expect(await screen.findByRole('heading', { level: 1, name: /餐饮食品经营/ })).toBeTruthy();
    expect(await screen.findByText('共 1 项')).toBeTruthy();
  });

  it('an unknown hall shows the API detail, an unknown path the 404 page', async () => {
    renderPublic('/halls/nowhere');
    expect(await screen.findByText('大厅不存在')).toBeTruthy();
    cleanup();
    renderPublic('/no/such/page');
    expect(await screen.findByText('您访问的页面不存在')).toBeTruthy();
  });

  it('has a skip link, landmarks, the admin link, and switches to English', async () => {
    renderPublic('/halls/h-county');
    await screen.findByRole('complementary', { name: '大厅信息' });
    const skip = screen.getByRole('link', { name: '跳到主要内容' });
    expect(skip.getAttribute('href')).toBe('#main');
    expect(document.getElementById('main')?.tagName).toBe('MAIN');
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('contentinfo')).toBeTruthy();
    // <search> is the search landmark (jsdom's role table predates it)
    const search = document.querySelector('search') as HTMLElement;
    expect(search.getAttribute('aria-label')).toBe('搜索办事事项');
    expect(within(search).getByRole('searchbox', { name: '搜索办事事项' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '管理登录' }).getAttribute('href')).toBe('/admin');

    fireEvent.click(screen.getByText('English'));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeTruthy());
    expect(screen.getByRole('heading', { name: 'Browse by department' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });
});
