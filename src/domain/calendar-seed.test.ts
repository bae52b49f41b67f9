import { afterEach, describe, expect, it } from 'vitest';
import { addDays, eachDate, isWeekend } from './calendar-date.js';
import {
  builtInYear,
  computeBuiltInYear,
  OFFICIAL_SOURCE,
  PACKAGE_YEARS,
  PROVISIONAL_SOURCE,
  statutoryDays,
} from './calendar-seed.js';

const range = (from: string, to: string) => [...eachDate(from, to)];
const datesOf = (year: number, kind: 'holiday' | 'makeup') =>
  builtInYear(year)
    .days.filter((d) => d.kind === kind)
    .map((d) => d.date);

describe('built-in calendar from chinese-days', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('covers 2004–2026 as official', () => {
    for (let y = 2004; y <= 2026; y++) expect(PACKAGE_YEARS.has(y), String(y)).toBe(true);
    for (const y of [2024, 2025, 2026]) {
      expect(builtInYear(y).status).toBe('official');
      expect(builtInYear(y).source).toBe(OFFICIAL_SOURCE);
    }
    expect(OFFICIAL_SOURCE).toMatch(/^chinese-days@\d+\.\d+\.\d+$/);
  });

  it('has the 2025 schedule of 国办发明电〔2024〕12号 (RULES-SOURCES.md §5)', () => {
    expect(datesOf(2025, 'holiday')).toEqual([
      '2025-01-01',
      ...range('2025-01-28', '2025-02-04'),
      ...range('2025-04-04', '2025-04-06'),
      ...range('2025-05-01', '2025-05-05'),
      ...range('2025-05-31', '2025-06-02'),
      ...range('2025-10-01', '2025-10-08'),
    ]);
    expect(datesOf(2025, 'makeup')).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    const names = new Map(builtInYear(2025).days.map((d) => [d.date, d.name]));
    expect(names.get('2025-01-28')).toBe('春节');
    expect(names.get('2025-01-26')).toBe('春节');
    expect(names.get('2025-10-06')).toBe('中秋');
  });

  it('has the 2026 schedule (STACK.md: make-up days and 10-01…07 off)', () => {
    expect(datesOf(2026, 'makeup')).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    const holidays = datesOf(2026, 'holiday');
    for (const d of range('2026-10-01', '2026-10-07')) expect(holidays).toContain(d);
    for (const d of range('2026-02-15', '2026-02-23')) expect(holidays).toContain(d);
    expect(holidays).not.toContain('2026-10-08');
  });

  it('stores make-up days only on weekends', () => {
    for (let y = 2004; y <= 2026; y++)
      for (const d of builtInYear(y).days) if (d.kind === 'makeup') expect(isWeekend(d.date), d.date).toBe(true);
  });

  it('makes 2027 provisional: weekends plus the 13 statutory days', () => {
    const y = builtInYear(2027);
    expect(y.status).toBe('provisional');
    expect(y.source).toBe(PROVISIONAL_SOURCE);
    expect(y.days).toEqual([
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-02-05', kind: 'holiday', name: '春节' }, // 除夕
      { date: '2027-02-06', kind: 'holiday', name: '春节' }, // 正月初一
      { date: '2027-02-07', kind: 'holiday', name: '春节' },
      { date: '2027-02-08', kind: 'holiday', name: '春节' }, // 初三
      { date: '2027-04-05', kind: 'holiday', name: '清明' },
      { date: '2027-05-01', kind: 'holiday', name: '劳动节' },
      { date: '2027-05-02', kind: 'holiday', name: '劳动节' },
      { date: '2027-06-09', kind: 'holiday', name: '端午' },
      { date: '2027-09-15', kind: 'holiday', name: '中秋' },
      { date: '2027-10-01', kind: 'holiday', name: '国庆节' },
      { date: '2027-10-02', kind: 'holiday', name: '国庆节' },
      { date: '2027-10-03', kind: 'holiday', name: '国庆节' },
    ]);
  });

  it('merges statutory days that coincide (2028: 中秋 on 10-03)', () => {
    const days = statutoryDays(2028);
    expect(days).toHaveLength(12);
    expect(days.find((d) => d.date === '2028-10-03')?.name).toBe('国庆节、中秋');
    expect(days.find((d) => d.date === '2028-01-25')?.name).toBe('春节'); // 除夕
  });

  it('matches the package on the statutory days of the years it covers (cross-check of the lunar/solar helpers)', () => {
    // In each covered year since the 2025 rules, every provisional statutory day is a holiday in the official schedule.
    for (const year of [2025, 2026]) {
      const official = new Set(datesOf(year, 'holiday'));
      for (const d of statutoryDays(year)) expect(official.has(d.date), `${year} ${d.name} ${d.date}`).toBe(true);
    }
  });

  it('gives the same answer in every process time zone', () => {
    const years = [2025, 2026, 2027, 2028, 2031, 2033, 2040, 2057];
    process.env.TZ = 'UTC';
    const baseline = JSON.stringify(years.map(computeBuiltInYear));
    const zones = [
      ['Asia/Shanghai', -480],
      ['America/New_York', 300],
      ['Pacific/Pago_Pago', 660],
      ['Pacific/Kiritimati', -840],
      ['Europe/London', 0],
    ] as const;
    for (const [tz, offset] of zones) {
      process.env.TZ = tz;
      expect(new Date(Date.UTC(2027, 0, 1)).getTimezoneOffset(), 'the zone really changed').toBe(offset);
      expect(JSON.stringify(years.map(computeBuiltInYear)), tz).toBe(baseline);
    }
  });

  it('places 春节 right for many years (正月初一 is Jan 21 – Feb 20; 除夕 the day before)', () => {
    for (let y = 2027; y <= 2060; y++) {
      const spring = statutoryDays(y).filter((d) => d.name.includes('春节'));
      expect(spring).toHaveLength(4);
      const first = spring[1].date;
      expect(first >= `${y}-01-21` && first <= `${y}-02-20`, `${y}: ${first}`).toBe(true);
      expect(spring[0].date).toBe(addDays(first, -1));
    }
  });
});
