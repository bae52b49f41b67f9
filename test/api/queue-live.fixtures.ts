import { loadConfig } from '../../src/config.js';
import { newId } from '../../src/db/ids.js';
import { type Db, type DbHandle, migrateToLatest, openDatabase } from '../../src/db/index.js';
import { chinaInstant } from '../../src/domain/china-time.js';
import { buildApp } from '../../src/http/app.js';
import type { EventBus, HallEvent } from '../../src/http/events.js';
import type { TestApp } from '../helpers/app.js';

/** Row builders for the live-queue tests (tickets are inserted directly, shapes as in src/db/types.ts). */

let n = 0;

/** Hall-local `date` + `HH:MM` as the stored ISO instant. */
export const at = (date: string, hhmm: string) => chinaInstant(date, hhmm).toISOString();

export async function buildType(
  db: Db,
  hallId: string,
  o: { prefix: string; name?: string; avg?: number; active?: boolean; sort?: number },
) {
  const now = new Date().toISOString();
  const row = {
    id: newId(),
    hall_id: hallId,
    name: o.name ?? `业务${o.prefix}`,
    prefix: o.prefix,
    description: '',
    daily_cap: 999,
    take_hours: '[]',
    avg_service_minutes: o.avg ?? 10,
    active: o.active === false ? 0 : 1,
    sort_order: o.sort ?? 0,
    bookable: 0,
    slot_minutes: 30,
    slot_capacity: 5,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('business_types').values(row).execute();
  return row;
}

export async function serve(db: Db, hallId: string, windowId: string, typeId: string, preferred = true) {
  await db
    .insertInto('window_business_types')
    .values({ hall_id: hallId, window_id: windowId, business_type_id: typeId, preferred: preferred ? 1 : 0 })
    .execute();
}

export interface TicketInput {
  hallId: string;
  typeId: string;
  prefix: string;
  date: string;
  seq: number;
  status: string;
  takenAt: string;
  calledAt?: string | null;
  finishedAt?: string | null;
  windowId?: string | null;
  staffUserId?: string | null;
  idNumber?: string | null;
  phone?: string | null;
  originalTypeId?: string;
  targetWindowId?: string | null;
}

export async function buildTicket(db: Db, o: TicketInput) {
  const row = {
    id: newId(),
    hall_id: o.hallId,
    business_type_id: o.typeId,
    original_business_type_id: o.originalTypeId ?? o.typeId,
    service_date: o.date,
    seq: o.seq,
    number: `${o.prefix}${String(o.seq).padStart(3, '0')}`,
    status: o.status,
    source: 'kiosk',
    id_number: o.idNumber ?? null,
    phone: o.phone ?? null,
    priority: 0,
    priority_reason: null,
    transferred: o.originalTypeId && o.originalTypeId !== o.typeId ? 1 : 0,
    target_window_id: o.targetWindowId ?? null,
    appointment_id: null,
    slot_start_at: null,
    taken_at: o.takenAt,
    called_at: o.calledAt ?? null,
    window_id: o.windowId ?? null,
    staff_user_id: o.staffUserId ?? null,
    recall_count: 0,
    serving_at: null,
    finished_at: o.finishedAt ?? null,
    end_reason: null,
    row_version: 1,
    created_at: o.takenAt,
    updated_at: o.takenAt,
  };
  await db.insertInto('tickets').values(row).execute();
  return row;
}

export async function ticketEvent(
  db: Db,
  o: { hallId: string; ticketId: string; at: string; action: string; windowId?: string | null },
) {
  await db
    .insertInto('ticket_events')
    .values({
      id: newId(),
      hall_id: o.hallId,
      ticket_id: o.ticketId,
      at: o.at,
      action: o.action,
      window_id: o.windowId ?? null,
      user_id: null,
      detail: null,
    })
    .execute();
}

export async function buildAppointment(
  db: Db,
  o: { hallId: string; typeId: string; date: string; slotStart: string; idNumber: string; status?: string },
) {
  const now = new Date().toISOString();
  const status = o.status ?? 'booked';
  const row = {
    id: newId(),
    hall_id: o.hallId,
    business_type_id: o.typeId,
    service_date: o.date,
    slot_start: o.slotStart,
    slot_end: o.slotStart,
    code: `C${(n++).toString(36)}${newId().slice(-6)}`,
    name: '李四',
    id_number: o.idNumber,
    phone: '13900000000',
    status,
    live_key: status === 'booked' ? `${o.idNumber}:${o.typeId}:${o.date}` : null,
    ticket_id: null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('appointments').values(row).execute();
  return row;
}

/** Opening hours every day of the week (so tests do not depend on today's weekday). */
export function everyDay(start: string, end: string): string {
  return JSON.stringify([1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, sessions: [{ start, end }] })));
}

/** `makeTestApp` with a chosen event bus, or a second app on an existing handle (a second process). */
export async function makeLiveApp(
  dialect: 'sqlite' | 'postgres',
  o: { bus?: (h: DbHandle) => Promise<EventBus>; schema?: string } = {},
): Promise<TestApp & { schema?: string }> {
  const schema = o.schema ?? `t_live_${process.pid}_${Date.now().toString(36)}_${n++}`;
  const handle =
    dialect === 'postgres'
      ? await openDatabase(process.env.TEST_DATABASE_URL as string, { schema, poolSize: 5 })
      : await openDatabase('sqlite::memory:');
  if (!o.schema) await migrateToLatest(handle.db, { schema: handle.schema });
  const config = { ...loadConfig({}, []), demo: false, maxFailedLogins: 5, lockMinutes: 15 };
  const app = await buildApp({ handle, config, bus: o.bus ? await o.bus(handle) : undefined });
  await app.ready();
  return {
    app,
    handle,
    schema: dialect === 'postgres' ? schema : undefined,
    async close() {
      await app.close();
      if (dialect === 'postgres' && !o.schema) {
        const { sql } = await import('kysely');
        await sql.raw(`drop schema if exists ${schema} cascade`).execute(handle.db);
      }
      await handle.close();
    },
  };
}

/** Collect the events a bus delivers for one hall. */
export function collect(bus: EventBus, hallId: string): { events: HallEvent[]; stop: () => void } {
  const events: HallEvent[] = [];
  const stop = bus.subscribe(hallId, (e) => events.push(e));
  return { events, stop };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Wait until `check` holds (polling), or fail after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 2000, what = 'condition'): Promise<void> {
  const end = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

export interface SseMessage {
  event: string;
  id: string | null;
  data: string;
}

export interface SseClient {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  messages: SseMessage[];
  /** `retry:` values and comment lines seen */
  retry: string[];
  comments: string[];
  /** the next message (after those already taken) matching `pred`, within `ms` */
  next(pred?: (m: SseMessage) => boolean, ms?: number): Promise<SseMessage>;
  close(): void;
  closed: Promise<void>;
}

/** A minimal EventSource over node:http (inject() cannot stream). */
export async function openSse(url: string): Promise<SseClient> {
  const http = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { accept: 'text/event-stream' } }, (res) => {
      res.setEncoding('utf8');
      let buf = '';
      let taken = 0;
      let ended!: () => void;
      const closed = new Promise<void>((r) => {
        ended = r;
      });
      const client: SseClient = {
        status: res.statusCode ?? 0,
        headers: res.headers,
        messages: [],
        retry: [],
        comments: [],
        async next(pred = () => true, ms = 1000) {
          const end = performance.now() + ms; // not Date: tests may freeze it
          for (;;) {
            const i = client.messages.findIndex((m, k) => k >= taken && pred(m));
            if (i >= 0) {
              taken = i + 1;
              return client.messages[i] as SseMessage;
            }
            if (performance.now() > end) throw new Error(`no matching SSE message within ${ms} ms`);
            await sleep(5);
          }
        },
        close: () => req.destroy(),
        closed,
      };
      res.on('data', (chunk: string) => {
        buf += chunk;
        for (let cut = buf.indexOf('\n\n'); cut >= 0; cut = buf.indexOf('\n\n')) {
          const block = buf.slice(0, cut);
          buf = buf.slice(cut + 2);
          const m: SseMessage = { event: 'message', id: null, data: '' };
          let isMessage = false;
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) client.comments.push(line);
            else if (line.startsWith('retry: ')) client.retry.push(line.slice(7));
            else if (line.startsWith('event: ')) {
              m.event = line.slice(7);
              isMessage = true;
            } else if (line.startsWith('id: ')) m.id = line.slice(4);
            else if (line.startsWith('data: ')) {
              m.data += line.slice(6);
              isMessage = true;
            }
          }
          if (isMessage) client.messages.push(m);
        }
      });
      res.on('close', () => ended());
      resolve(client);
    });
    req.on('error', reject);
  });
}
