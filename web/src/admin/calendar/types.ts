/** Calendar shapes of docs/api-plan.md (calendar module, manager routes). */
import type { DayOverride } from './grid';

export type YearStatus = 'official' | 'provisional';
/** own: this hall's entry; inherited: a higher hall's; builtin: the shipped calendar */
export type YearOrigin = 'own' | 'inherited' | 'builtin';

export interface CalendarYearSummary {
  year: number;
  status: YearStatus;
  origin: YearOrigin;
  definedBy: { hallId: string; hallName: string } | null;
  source: string;
  version: number | null;
  confirmedBy: { id: string; name: string } | null;
  confirmedAt: string | null;
  updatedAt: string | null;
  holidayCount: number;
  makeupCount: number;
}

export interface CalendarYearDetail extends CalendarYearSummary {
  days: DayOverride[];
}
