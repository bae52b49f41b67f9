// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { I18nProvider } from '../shared/i18n';
import { Flowchart } from './Flowchart';
import { fixtureGuide } from './test-fixtures';
import { installDomMocks } from './test-utils';

beforeAll(installDomMocks);
afterEach(cleanup);

function renderChart(steps = fixtureGuide.steps) {
  return render(
    <I18nProvider>
      <Flowchart steps={steps} />
    </I18nProvider>,
  );
}

describe('Flowchart', () => {
  it('draws one box per step in order, each with its role and days, joined by arrows', () => {
    const { container } = renderChart();
    const chart = screen.getByRole('figure', { name: '办理流程图，共 4 个环节' });
    const boxes = within(chart).getAllByRole('listitem');
    expect(boxes).toHaveLength(4);
    expect(boxes.map((b) => b.querySelector('.yz-flow-name')?.textContent)).toEqual([
      '受理',
      '审查',
      '现场核查',
      '决定',
    ]);
    expect(boxes[0].textContent).toContain('办理人员：窗口受理人员');
    expect(boxes[0].textContent).toContain('时限：当日办结');
    expect(boxes[1].textContent).toContain('办理人员：科室审核人员');
    expect(boxes[1].textContent).toContain('时限：2 个工作日');
    expect(boxes[3].textContent).toContain('办理人员：首席代表');
    expect(boxes[3].textContent).toContain('时限：1 个工作日');
    expect(boxes[0].textContent).toContain('当场核对材料');
    // start → arrow → 4 × (box → arrow) → end
    expect(container.querySelectorAll('svg.yz-flow-arrow')).toHaveLength(5);
    expect(within(chart).getByText('申请')).toBeTruthy();
    expect(within(chart).getByText('办结')).toBeTruthy();
    expect(within(chart).getByText('各环节合计 5 个工作日')).toBeTruthy();
  });

  it('says so when a guide has no steps', () => {
    renderChart([]);
    expect(screen.queryByRole('figure')).toBeNull();
    expect(screen.getByText('暂无流程信息')).toBeTruthy();
  });
});
