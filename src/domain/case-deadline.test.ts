import { describe, expect, it } from 'vitest';
import { makeCalendar } from './calendar.js';
import { builtInYear } from './calendar-seed.js';
import { caseColour } from './case-colour.js';
import {
  caseClock,
  clockColour,
  deemedAcceptanceDeadline,
  isDeemedAccepted,
  trailEntries,
  usedWorkingDays,
} from './case-deadline.js';
import { formatCaseNumber, formatDocumentNumber } from './case-number.js';

const cal = makeCalendar([], builtInYear);

describe('case clock', () => {
  it('counts across the 2025 National Day week and its make-up Saturday', () => {
    const c = caseClock(cal, {
      acceptedOn: '2025-09-30',
      promisedDays: 3,
      statutoryDays: 20,
      extensionDays: 0,
      pauses: [],
      asOf: '2025-10-09',
    });
    expect(c.dueOn).toBe('2025-10-11'); // 10-09, 10-10, 10-11 (调休上班)
    expect(c.usedWorkingDays).toBe(1);
    expect(c.remainingWorkingDays).toBe(2);
    expect(c.colour).toBe('green');
    expect(c.statutoryDueOn).toBe('2025-11-04'); // 20th: 10-09…10-11, 10-13…11-04
    const trail = trailEntries(c.deadline.trail);
    expect(trail[0]).toMatchObject({ date: '2025-10-01', kind: 'holiday', counted: false });
    expect(trail.at(-1)).toMatchObject({ date: '2025-10-11', kind: 'makeup', counted: true, n: 3 });
  });

  it('a pause pushes the due date and does not use days', () => {
    const base = { acceptedOn: '2026-03-02', promisedDays: 5, statutoryDays: 20, extensionDays: 0, asOf: '2026-03-10' };
    const plain = caseClock(cal, { ...base, pauses: [] });
    const paused = caseClock(cal, { ...base, pauses: [{ from: '2026-03-04', to: '2026-03-06' }] });
    expect(plain.dueOn).toBe('2026-03-09');
    expect(paused.dueOn).toBe('2026-03-11'); // 03-05 and 03-06 not counted
    expect(usedWorkingDays(cal, '2026-03-02', '2026-03-10', [{ from: '2026-03-04', to: '2026-03-06' }])).toBe(4);
    expect(plain.overdue).toBe(true);
    expect(plain.colour).toBe('red');
    expect(paused.colour).toBe('yellow'); // one working day left
  });

  it('an open pause lasts until today', () => {
    const c = caseClock(cal, {
      acceptedOn: '2026-03-02',
      promisedDays: 5,
      statutoryDays: null,
      extensionDays: 0,
      pauses: [{ from: '2026-03-03', to: null }],
      asOf: '2026-03-13',
    });
    expect(c.usedWorkingDays).toBe(1);
    expect(c.dueOn).toBe('2026-03-19');
    expect(c.statutoryDueOn).toBeNull();
  });

  it('an extension adds working days', () => {
    const c = caseClock(cal, {
      acceptedOn: '2026-03-02',
      promisedDays: 5,
      statutoryDays: 20,
      extensionDays: 10,
      pauses: [],
      asOf: '2026-03-02',
    });
    expect(c.dueOn).toBe('2026-03-23');
    expect(c.totalDays).toBe(15);
  });
});

describe('colour', () => {
  it.each([
    [{ totalDays: 10, usedDays: 2, remainingDays: 8 }, 'green'],
    [{ totalDays: 10, usedDays: 8, remainingDays: 2 }, 'yellow'],
    [{ totalDays: 10, usedDays: 9, remainingDays: 1 }, 'yellow'],
    [{ totalDays: 10, usedDays: 10, remainingDays: 0 }, 'yellow'],
    [{ totalDays: 10, usedDays: 11, remainingDays: -1 }, 'red'],
    [{ totalDays: 20, usedDays: 5, remainingDays: 1 }, 'yellow'],
    [{ totalDays: 0, usedDays: 0, remainingDays: 0 }, 'yellow'],
  ] as const)('%o → %s', (input, colour) => {
    expect(caseColour(input)).toBe(colour);
  });

  it('of a computed clock under other thresholds equals the clock computed with them', () => {
    const strict = { yellowDaysLeft: 3, yellowShare: 0.2 };
    for (const asOf of ['2026-03-02', '2026-03-04', '2026-03-09', '2026-03-12'] as const) {
      const input = {
        acceptedOn: '2026-03-02',
        promisedDays: 5,
        statutoryDays: 20,
        extensionDays: 0,
        pauses: [],
        asOf,
      };
      const plain = caseClock(cal, input);
      expect(clockColour(plain)).toBe(plain.colour);
      expect(clockColour(plain, strict)).toBe(caseClock(cal, input, strict).colour);
    }
    const early = caseClock(cal, {
      acceptedOn: '2026-03-02',
      promisedDays: 5,
      statutoryDays: 20,
      extensionDays: 0,
      pauses: [],
      asOf: '2026-03-03',
    });
    expect([clockColour(early), clockColour(early, strict)]).toEqual(['green', 'yellow']);
  });

  it('takes configured thresholds', () => {
    expect(caseColour({ totalDays: 10, usedDays: 6, remainingDays: 4 }, { yellowDaysLeft: 1, yellowShare: 0.6 })).toBe(
      'yellow',
    );
    expect(caseColour({ totalDays: 10, usedDays: 3, remainingDays: 3 }, { yellowDaysLeft: 3, yellowShare: 0.9 })).toBe(
      'yellow',
    );
  });
});

describe('deemed acceptance (art. 32)', () => {
  it('is the 5th working day after receipt, make-up days included', () => {
    // received Fri 2025-09-26: 09-28 (调休), 09-29, 09-30, 10-09, 10-10
    expect(deemedAcceptanceDeadline(cal, '2025-09-26')).toBe('2025-10-10');
    expect(isDeemedAccepted(cal, '2025-09-26', '2025-10-10')).toBe(false);
    expect(isDeemedAccepted(cal, '2025-09-26', '2025-10-11')).toBe(true);
  });
});

describe('numbers', () => {
  it('formats case and document numbers', () => {
    expect(formatCaseNumber('DL', '2026-11-26', 7)).toBe('DL202611260007');
    expect(formatCaseNumber('DL', '2026-11-26', 12345)).toBe('DL2026112612345');
    expect(formatDocumentNumber('DL202611260007', 'one_time', 1)).toBe('DL202611260007-BZ1');
    expect(() => formatCaseNumber('DL', '2026-02-30', 1)).toThrow();
    expect(() => formatCaseNumber('DL', '2026-02-03', 0)).toThrow();
  });
});
