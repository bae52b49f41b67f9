// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockBrowserApis, Providers } from '../../admin/test-utils';
import { DEADLINE } from '../test-fixtures';
import { DeadlineTrail } from './DeadlineTrail';

function cell(date: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-date="${date}"]`);
  if (!el) throw new Error(`no cell for ${date}`);
  return el;
}

describe('DeadlineTrail', () => {
  beforeEach(() => mockBrowserApis());
  afterEach(cleanup);

  it('shows every date from acceptance to the due date, each state told apart by class and text', () => {
    render(
      <Providers>
        <DeadlineTrail deadline={DEADLINE} acceptedOn="2025-09-25" today="2025-10-09" />
      </Providers>,
    );
    const grid = screen.getByTestId('deadline-trail');
    // 2025-09-25 is a Thursday: Monday–Wednesday of the first week are padding
    const firstRow = within(grid).getAllByRole('row')[1];
    expect(firstRow.querySelectorAll('td.is-pad')).toHaveLength(3);
    expect(grid.querySelectorAll('td[data-date]')).toHaveLength(1 + DEADLINE.trail.length);

    expect(cell('2025-09-25').dataset.state).toBe('start');
    expect(cell('2025-09-25').textContent).toContain('受理日（不计）');

    expect(cell('2025-09-26').className).toContain('is-counted');
    expect(cell('2025-09-26').textContent).toContain('第1日');

    expect(cell('2025-09-27').className).toContain('is-weekend');
    expect(cell('2025-09-27').textContent).toContain('周末');

    // make-up workday: counted, with its number
    expect(cell('2025-09-28').className).toContain('is-makeup');
    expect(cell('2025-09-28').textContent).toContain('调休');
    expect(cell('2025-09-28').textContent).toContain('第2日');

    // a working day inside the pause: not counted
    expect(cell('2025-09-30').className).toContain('is-paused');
    expect(cell('2025-09-30').textContent).toContain('暂停计时');
    expect(cell('2025-10-09').dataset.state).toBe('paused');

    // holidays stay holidays inside the pause, marked as paused too
    expect(cell('2025-10-01').className).toContain('is-holiday');
    expect(cell('2025-10-01').className).toContain('in-pause');
    expect(cell('2025-10-01').textContent).toContain('国庆节、中秋节');
    expect(cell('2025-10-01').textContent).toContain('暂停中');

    expect(cell('2025-10-11').dataset.state).toBe('makeup');
    expect(cell('2025-10-11').textContent).toContain('第5日');
    expect(cell('2025-10-12').dataset.state).toBe('weekend');

    const due = cell('2025-10-13');
    expect(due.className).toContain('is-due');
    expect(due.textContent).toContain('第6日');
    expect(due.textContent).toContain('到期');
    expect(cell('2025-10-09').className).toContain('is-today');

    // four different states, four different classes
    const states = new Set(['2025-09-26', '2025-09-27', '2025-10-01', '2025-09-30'].map((d) => cell(d).dataset.state));
    expect(states).toEqual(new Set(['counted', 'weekend', 'holiday', 'paused']));

    // the legend counts each state over the trail
    const legend = screen.getByRole('list', { name: '图例' });
    expect(legend.textContent).toContain('计入工作日 × 4');
    expect(legend.textContent).toContain('调休上班（计入） × 2');
    expect(legend.textContent).toContain('周末 × 2');
    expect(legend.textContent).toContain('节假日 × 8');
    expect(legend.textContent).toContain('暂停计时 × 2');

    expect(screen.getByTestId('trail-calendar').textContent).toBe('2025 正式 chinese-days@1.5.7');
    expect(screen.queryByTestId('trail-provisional')).toBeNull();
    expect(screen.getByText('2 个工作日')).toBeTruthy();
  });

  it('warns when the calendar is provisional, and says by how much a case is overdue', () => {
    render(
      <Providers>
        <DeadlineTrail
          deadline={{
            ...DEADLINE,
            provisional: true,
            calendarVersion: '2027 暂定 weekends-only',
            remainingWorkingDays: -3,
            colour: 'red',
          }}
          acceptedOn="2025-09-25"
        />
      </Providers>,
    );
    expect(screen.getByTestId('trail-provisional').textContent).toContain('临时日历');
    expect(screen.getByText('已超期 3 个工作日')).toBeTruthy();
    expect(screen.getByTestId('case-colour').textContent).toContain('超期');
  });
});
