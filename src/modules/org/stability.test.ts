import { describe, expect, it } from 'vitest';
import { countStaffingChanges } from './stability.js';

const today = '2026-06-30';
const since = '2025-06-30';

describe('countStaffingChanges', () => {
  it('is 0 for an unstaffed window and for one staffed once', () => {
    expect(countStaffingChanges([], today, since)).toBe(0);
    expect(countStaffingChanges([{ fromDate: '2026-06-01', toDate: null }], today, since)).toBe(0);
    expect(countStaffingChanges([{ fromDate: '2020-01-01', toDate: null }], today, since)).toBe(0);
  });

  it('counts a same-day hand-over once', () => {
    const spans = [
      { fromDate: '2024-01-01', toDate: '2026-01-10' },
      { fromDate: '2026-01-10', toDate: null },
    ];
    expect(countStaffingChanges(spans, today, since)).toBe(1);
  });

  it('counts a departure without replacement and a later arrival separately', () => {
    const spans = [
      { fromDate: '2024-01-01', toDate: '2025-12-01' },
      { fromDate: '2026-02-01', toDate: null },
    ];
    expect(countStaffingChanges(spans, today, since)).toBe(2);
  });

  it('ignores changes older than twelve months or dated after today', () => {
    const spans = [
      { fromDate: '2023-01-01', toDate: '2024-05-01' },
      { fromDate: '2024-05-01', toDate: '2025-06-30' }, // exactly twelve months ago: outside
      { fromDate: '2025-06-30', toDate: '2026-03-01' },
      { fromDate: '2026-03-01', toDate: null },
      { fromDate: '2026-07-15', toDate: null },
    ];
    expect(countStaffingChanges(spans, today, since)).toBe(1);
  });

  it('does not count the first staffing even when several people start together', () => {
    const spans = [
      { fromDate: '2026-01-05', toDate: null },
      { fromDate: '2026-01-05', toDate: '2026-04-01' },
    ];
    expect(countStaffingChanges(spans, today, since)).toBe(1);
  });
});
