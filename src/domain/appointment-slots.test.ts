import { describe, expect, it } from 'vitest';
import { appointmentHours, findSlot, generateSlots, type WeeklyHours } from './appointment-slots.js';

const COUNTY: WeeklyHours = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  sessions: [
    { start: '08:30', end: '12:00' },
    { start: '14:30', end: '17:30' },
  ],
}));

describe('generateSlots', () => {
  it('cuts each session into whole slots that never span the lunch break', () => {
    const slots = generateSlots(
      [
        { start: '08:30', end: '12:00' },
        { start: '14:30', end: '17:30' },
      ],
      30,
    );
    expect(slots.map((s) => s.start)).toEqual([
      '08:30',
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '11:30',
      '14:30',
      '15:00',
      '15:30',
      '16:00',
      '16:30',
      '17:00',
    ]);
    expect(slots[6]).toEqual({ start: '11:30', end: '12:00' });
  });

  it('drops a tail shorter than a slot and handles unsorted, overlapping ranges', () => {
    expect(generateSlots([{ start: '08:30', end: '11:45' }], 60).map((s) => s.start)).toEqual([
      '08:30',
      '09:30',
      '10:30',
    ]);
    const slots = generateSlots(
      [
        { start: '10:00', end: '11:00' },
        { start: '09:00', end: '10:30' },
      ],
      30,
    );
    expect(slots.map((s) => s.start)).toEqual(['09:00', '09:30', '10:00', '10:30']);
  });

  it('returns nothing for empty hours, inverted ranges or a nonsense slot length', () => {
    expect(generateSlots([], 30)).toEqual([]);
    expect(generateSlots([{ start: '12:00', end: '09:00' }], 30)).toEqual([]);
    expect(generateSlots([{ start: '09:00', end: '12:00' }], 0)).toEqual([]);
  });

  it('finds a slot by its start', () => {
    const slots = generateSlots([{ start: '09:00', end: '10:00' }], 30);
    expect(findSlot(slots, '09:30')).toEqual({ start: '09:30', end: '10:00' });
    expect(findSlot(slots, '09:15')).toBeUndefined();
  });
});

describe('appointmentHours', () => {
  const take = [{ start: '09:00', end: '11:00' }];
  it.each([
    // [case, takeHours, date, kind, expected starts]
    ['take hours win on a weekday', take, '2026-10-09', 'weekday', ['09:00']],
    ['hall hours on a weekday without take hours', [], '2026-10-09', 'weekday', ['08:30', '14:30']],
    ['nothing on a holiday', take, '2026-10-05', 'holiday', []],
    ['nothing on a weekend', [], '2026-10-11', 'weekend', []],
    ['make-up Saturday follows the Monday schedule', [], '2026-10-10', 'makeup', ['08:30', '14:30']],
    ['make-up Saturday with take hours uses them', take, '2026-10-10', 'makeup', ['09:00']],
  ] as const)('%s', (_name, takeHours, date, kind, starts) => {
    expect(appointmentHours(takeHours, COUNTY, date, kind).map((r) => r.start)).toEqual(starts);
  });

  it('uses the hall Saturday hours on a make-up Saturday when the hall has them', () => {
    const city: WeeklyHours = [...COUNTY, { weekday: 6, sessions: [{ start: '09:00', end: '12:00' }] }];
    expect(appointmentHours([], city, '2026-10-10', 'makeup')).toEqual([{ start: '09:00', end: '12:00' }]);
  });

  it('a hall without opening hours and a type without take hours has no slots', () => {
    expect(appointmentHours([], [], '2026-10-09', 'weekday')).toEqual([]);
  });
});
