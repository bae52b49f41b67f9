/** Fixtures of the calendar editor's tests (only *.test.* import this file). */
import type { CalendarYearDetail, CalendarYearSummary } from './types';

/** Part of the official 2026 schedule (元旦, 春节, 国庆节), as the server returns a year. */
export const YEAR_2026: CalendarYearDetail = {
  year: 2026,
  status: 'official',
  origin: 'inherited',
  definedBy: { hallId: 'h-city', hallName: '榕城市政务服务中心' },
  source: '国务院办公厅关于2026年部分节假日安排的通知',
  version: 3,
  confirmedBy: { id: 'u-city', name: '市大厅管理员' },
  confirmedAt: '2025-11-20T02:00:00.000Z',
  updatedAt: '2025-11-20T02:00:00.000Z',
  holidayCount: 19,
  makeupCount: 4,
  days: [
    { date: '2026-01-01', kind: 'holiday', name: '元旦' },
    { date: '2026-01-02', kind: 'holiday', name: '元旦' },
    { date: '2026-01-03', kind: 'holiday', name: '元旦' },
    { date: '2026-01-04', kind: 'makeup', name: '元旦' },
    ...['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((d) => ({
      date: `2026-02-${d}`,
      kind: 'holiday' as const,
      name: '春节',
    })),
    { date: '2026-02-14', kind: 'makeup', name: '春节' },
    { date: '2026-02-28', kind: 'makeup', name: '春节' },
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({
      date: `2026-10-${d}`,
      kind: 'holiday' as const,
      name: '国庆节',
    })),
    { date: '2026-10-10', kind: 'makeup', name: '国庆节' },
  ],
};

export const YEAR_2027: CalendarYearDetail = {
  year: 2027,
  status: 'provisional',
  origin: 'builtin',
  definedBy: null,
  source: '内置暂定日历（周末与固定法定节日）',
  version: null,
  confirmedBy: null,
  confirmedAt: null,
  updatedAt: null,
  holidayCount: 1,
  makeupCount: 0,
  days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }],
};

const summary = ({ days: _days, ...s }: CalendarYearDetail): CalendarYearSummary => s;
export const YEARS: CalendarYearSummary[] = [summary(YEAR_2026), summary(YEAR_2027)];
