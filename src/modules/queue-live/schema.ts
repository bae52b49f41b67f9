import { z } from 'zod';
import { isIsoDate } from '../../domain/calendar-date.js';

/** Response shapes of the live queue (docs/api-queue.md: display, window screen, floor view, statistics). */

const windowStatus = z.string(); // open | paused | closed

export const DisplaySchema = z.object({
  hallId: z.string(),
  hallName: z.string(),
  serviceDate: z.string(),
  recentCalls: z.array(z.object({ ticketNumber: z.string(), windowNumber: z.string(), at: z.string() })),
  windows: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      name: z.string(),
      status: windowStatus,
      currentTicket: z.string().nullable(),
    }),
  ),
  waiting: z.array(
    z.object({ businessTypeId: z.string(), name: z.string(), prefix: z.string(), waitingCount: z.number().int() }),
  ),
});
export type Display = z.infer<typeof DisplaySchema>;

/** Public badge fields only (工作牌): never phone or employee number. */
export const BadgeSchema = z.object({
  name: z.string(),
  post: z.string(),
  title: z.string(),
  duties: z.string(),
  photo: z.string().nullable(),
});

export const WindowScreenSchema = z.object({
  hallId: z.string(),
  hallName: z.string(),
  window: z.object({ id: z.string(), number: z.string(), name: z.string(), status: windowStatus }),
  currentTicket: z.string().nullable(),
  staff: z.array(BadgeSchema),
});
export type WindowScreen = z.infer<typeof WindowScreenSchema>;

export const FloorSchema = z.object({
  serviceDate: z.string(),
  closingAt: z.string().nullable(),
  minutesToClosing: z.number().int().nullable(),
  waitingByType: z.array(
    z.object({
      businessTypeId: z.string(),
      name: z.string(),
      prefix: z.string(),
      waiting: z.number().int(),
      longestWaitMinutes: z.number().int(),
      /** null when no open window serves the type */
      estimatedMinutesToClear: z.number().int().nullable(),
    }),
  ),
  windows: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      name: z.string(),
      status: windowStatus,
      signedIn: z.array(z.object({ name: z.string() })),
      currentTicket: z.string().nullable(),
    }),
  ),
  totals: z.object({ waiting: z.number().int(), served: z.number().int(), noShow: z.number().int() }),
  atRisk: z.number().int(),
});
export type Floor = z.infer<typeof FloorSchema>;

export const StatsSchema = z.object({
  from: z.string(),
  to: z.string(),
  byHour: z.array(z.object({ hour: z.number().int(), taken: z.number().int(), called: z.number().int() })),
  byType: z.array(
    z.object({
      businessTypeId: z.string(),
      name: z.string(),
      taken: z.number().int(),
      served: z.number().int(),
      noShow: z.number().int(),
      avgWaitMinutes: z.number().nullable(),
      avgServiceMinutes: z.number().nullable(),
    }),
  ),
  byWindow: z.array(
    z.object({
      windowId: z.string(),
      number: z.string(),
      served: z.number().int(),
      avgServiceMinutes: z.number().nullable(),
    }),
  ),
  byStaff: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      served: z.number().int(),
      avgServiceMinutes: z.number().nullable(),
    }),
  ),
  noShowRate: z.number(),
  longestWaitMinutes: z.number().nullable(),
});
export type Stats = z.infer<typeof StatsSchema>;

const isoDate = z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD');
export const StatsQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });
export const HallParams = z.object({ hallId: z.string().min(1) });
export const WindowParams = z.object({ windowId: z.string().min(1) });
