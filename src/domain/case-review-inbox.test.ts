import { describe, expect, it } from 'vitest';
import { type InboxEntry, sortInbox } from './case-review-inbox.js';

const e = (caseNumber: string, colour: InboxEntry['colour'], dueOn: string | null, paused = false): InboxEntry => ({
  caseNumber,
  colour,
  dueOn,
  paused,
});

describe('sortInbox (most urgent first)', () => {
  it('orders red, then yellow, then green; within a colour by due date; paused cases last', () => {
    const sorted = sortInbox([
      e('G1', 'green', '2026-11-20'),
      e('P1', 'red', '2026-11-01', true),
      e('Y2', 'yellow', '2026-11-10'),
      e('R1', 'red', '2026-11-05'),
      e('Y1', 'yellow', '2026-11-09'),
      e('G0', 'green', '2026-11-12'),
      e('R0', 'red', '2026-11-02'),
    ]);
    expect(sorted.map((x) => x.caseNumber)).toEqual(['R0', 'R1', 'Y1', 'Y2', 'G0', 'G1', 'P1']);
  });

  it('breaks ties by case number and puts tasks without a due date last in their colour', () => {
    const sorted = sortInbox([e('B', 'green', null), e('C', 'green', '2026-11-09'), e('A', 'green', '2026-11-09')]);
    expect(sorted.map((x) => x.caseNumber)).toEqual(['A', 'C', 'B']);
  });

  it('does not change its input', () => {
    const input = [e('B', 'green', '2026-11-10'), e('A', 'red', '2026-11-01')];
    sortInbox(input);
    expect(input.map((x) => x.caseNumber)).toEqual(['B', 'A']);
  });
});
