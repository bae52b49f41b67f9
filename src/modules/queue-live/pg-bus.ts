import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from '../../db/index.js';
import { type EventBus, type HallEvent, type HallEventListener, MemoryBus } from '../../http/events.js';

export interface BusLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface PgBusOptions {
  /** connection string for the dedicated LISTEN connection (not taken from the pool) */
  url: string;
  /** the pool the app uses; `pg_notify` goes through it */
  db: Db;
  /** default `yizhan_events`, or `yizhan_events_<schema>` for a private schema (tests share one database) */
  channel?: string;
  log?: BusLog;
  /** reconnect backoff of the listener: first delay, doubling up to the maximum */
  retryMinMs?: number;
  retryMaxMs?: number;
}

/** NOTIFY payloads must stay below 8000 bytes; our events are a few hundred. */
export const MAX_PAYLOAD_BYTES = 7900;

/** A local-only event telling subscribers they may have missed events (listener reconnected): resend a snapshot. */
export const RESYNC = 'resync';

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;
const silent: BusLog = { info() {}, warn() {}, error() {} };

export function channelFor(schema?: string): string {
  return schema ? `yizhan_events_${schema}` : 'yizhan_events';
}

/**
 * Cross-process events on PostgreSQL (LISTEN/NOTIFY). `publish` delivers to this process's
 * subscribers at once and NOTIFYs the others (batched per event-loop turn, through the app's pool);
 * each payload carries this bus's origin id, and the echo of an own notification is skipped, so
 * every subscriber gets each event exactly once — and local displays keep working while the
 * listener reconnects. The listener runs on its own
 * `pg.Client`; when its connection drops it reconnects with exponential backoff and then tells
 * local subscribers to resync (they may have missed events from other processes meanwhile).
 */
export class PgBus implements EventBus {
  /** this process's tag on every notification */
  readonly origin = randomUUID();
  readonly channel: string;
  private readonly local = new MemoryBus();
  private readonly subscribed = new Map<string, number>();
  private log: BusLog;
  private readonly retryMinMs: number;
  private readonly retryMaxMs: number;
  private client: pg.Client | null = null;
  private pid: number | null = null;
  private retryMs: number;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly outbox: string[] = [];
  private flushScheduled = false;
  private sending: Promise<void> = Promise.resolve();

  private constructor(private readonly opts: PgBusOptions) {
    this.channel = opts.channel ?? 'yizhan_events';
    if (!CHANNEL.test(this.channel)) throw new Error(`bad NOTIFY channel name ${this.channel}`);
    this.log = opts.log ?? silent;
    this.retryMinMs = opts.retryMinMs ?? 500;
    this.retryMaxMs = opts.retryMaxMs ?? 30_000;
    this.retryMs = this.retryMinMs;
  }

  /** Create the bus and LISTEN; if the first attempt fails it keeps retrying in the background. */
  static async start(opts: PgBusOptions): Promise<PgBus> {
    const bus = new PgBus(opts);
    if (!(await bus.listen())) bus.scheduleReconnect();
    return bus;
  }

  /** Use the app's logger once it exists (the bus is built before the app). */
  setLog(log: BusLog): void {
    this.log = log;
  }

  get listening(): boolean {
    return this.client !== null;
  }

  /** Backend pid of the LISTEN connection (tests terminate it to prove the reconnect). */
  get listenerPid(): number | null {
    return this.pid;
  }

  /**
   * Deliver locally at once; NOTIFY the other processes shortly after. Events published in the same
   * turn of the event loop (call-next publishes call + window + waiting) go out in one statement,
   * packed into as few payloads as fit, so the request path never waits for a round trip per event.
   */
  async publish(e: HallEvent): Promise<void> {
    this.local.deliver(e);
    const json = JSON.stringify(e);
    if (Buffer.byteLength(json) + this.envelopeBytes > MAX_PAYLOAD_BYTES) {
      this.log.error({ hallId: e.hallId, type: e.type }, 'event too large for NOTIFY: not sent to other processes');
      return;
    }
    this.outbox.push(json);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      this.sending = this.sending.then(() => this.flush());
    });
  }

  /** Resolves once everything published so far has been handed to PostgreSQL. */
  async flushed(): Promise<void> {
    await new Promise((r) => setImmediate(r));
    await this.sending;
  }

  private get envelopeBytes(): number {
    return Buffer.byteLength(this.pack([]));
  }

  private pack(events: string[]): string {
    return `{"o":${JSON.stringify(this.origin)},"es":[${events.join(',')}]}`;
  }

  private async flush(): Promise<void> {
    const items = this.outbox.splice(0);
    if (!items.length) return;
    const payloads: string[] = [];
    let batch: string[] = [];
    let size = this.envelopeBytes;
    for (const json of items) {
      const add = Buffer.byteLength(json) + 1;
      if (batch.length && size + add > MAX_PAYLOAD_BYTES) {
        payloads.push(this.pack(batch));
        batch = [];
        size = this.envelopeBytes;
      }
      batch.push(json);
      size += add;
    }
    payloads.push(this.pack(batch));
    try {
      const calls = payloads.map((p) => sql`pg_notify(${this.channel}, ${p})`);
      await sql`select ${sql.join(calls)}`.execute(this.opts.db);
    } catch (err) {
      // Published after commit: the change stands; other processes' displays catch up on their next snapshot.
      this.log.warn({ err, events: items.length }, 'NOTIFY failed');
    }
  }

  subscribe(hallId: string, fn: HallEventListener): () => void {
    this.subscribed.set(hallId, (this.subscribed.get(hallId) ?? 0) + 1);
    const off = this.local.subscribe(hallId, fn);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      off();
      const n = (this.subscribed.get(hallId) ?? 1) - 1;
      if (n > 0) this.subscribed.set(hallId, n);
      else this.subscribed.delete(hallId);
    };
  }

  async close(): Promise<void> {
    await this.flushed();
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const c = this.client;
    this.client = null;
    if (c) await c.end().catch(() => undefined);
    await this.local.close();
  }

  private onNotification(msg: pg.Notification): void {
    if (msg.channel !== this.channel || !msg.payload) return;
    let parsed: { o?: unknown; es?: unknown };
    try {
      parsed = JSON.parse(msg.payload) as typeof parsed;
    } catch {
      return;
    }
    if (parsed.o === this.origin || !Array.isArray(parsed.es)) return;
    for (const e of parsed.es as Partial<HallEvent>[]) {
      if (!e || typeof e.hallId !== 'string' || typeof e.type !== 'string') continue;
      this.local.deliver({ hallId: e.hallId, type: e.type, data: e.data ?? {} });
    }
  }

  /** One attempt to connect and LISTEN; true when listening. */
  private async listen(): Promise<boolean> {
    const client = new pg.Client({ connectionString: this.opts.url, keepAlive: true });
    let live = false;
    const dropped = (err?: unknown) => {
      if (!live) return;
      live = false;
      if (this.client === client) this.client = null;
      this.pid = null;
      client.end().catch(() => undefined);
      if (this.closed) return;
      this.log.warn({ err }, 'event listener connection lost; reconnecting');
      this.scheduleReconnect();
    };
    client.on('notification', (msg) => this.onNotification(msg));
    client.on('error', dropped);
    client.on('end', () => dropped());
    try {
      await client.connect();
      const r = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
      await client.query(`listen "${this.channel}"`);
      if (this.closed) {
        await client.end();
        return false;
      }
      this.pid = r.rows[0]?.pid ?? null;
      this.client = client;
      live = true;
      return true;
    } catch (err) {
      this.log.warn({ err }, 'event listener could not connect');
      await client.end().catch(() => undefined);
      return false;
    }
  }

  private scheduleReconnect(): void {
    if (this.closed || this.timer) return;
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, this.retryMaxMs);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.listen().then((ok) => {
        if (!ok) return this.scheduleReconnect();
        this.retryMs = this.retryMinMs;
        this.log.info({ channel: this.channel }, 'event listener reconnected');
        for (const hallId of this.subscribed.keys()) this.local.deliver({ hallId, type: RESYNC, data: {} });
      });
    }, delay);
    this.timer.unref();
  }
}
