import type { FastifyInstance } from 'fastify';
import { withZod } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import type { HallEvent } from '../../http/events.js';
import { loadDisplay } from './load-display.js';
import { RESYNC } from './pg-bus.js';
import { findHallBrief } from './repository.js';
import { HallParams } from './schema.js';

export const PING_MS = 15_000;
/** A client that stops reading is dropped (it reconnects and gets a fresh snapshot). */
const MAX_BUFFERED_BYTES = 1024 * 1024;

/**
 * Live hall events as server-sent events (contract): `retry: 2000`, then `event: snapshot` with the
 * display JSON (catch-up on every (re)connect), then `call` / `window` / `waiting` events of the
 * hall as they are published on any process, each with an `id:`; a `: ping` comment every 15 s.
 * The bus subscription starts before the snapshot is read, and events arriving meanwhile are sent
 * after it, so nothing falls between snapshot and stream.
 */
export function registerEventStream(app: FastifyInstance): void {
  const open = new Set<() => void>();
  // Streams never end on their own: close them before the server waits for its connections.
  app.addHook('preClose', async () => {
    for (const end of [...open]) end();
  });

  withZod(app).get(
    '/api/v1/public/halls/:hallId/queue/events',
    {
      schema: {
        tags: ['public'],
        summary: '大厅叫号实时事件（SSE，公开）',
        description: 'text/event-stream: snapshot, call, window, waiting',
        params: HallParams,
      },
    },
    async (req, reply) => {
      const { db, bus } = app.yz;
      const hall = await findHallBrief(db, req.params.hallId);
      if (!hall) throw new AppError('NOT_FOUND', '大厅不存在');

      let ready = false;
      const pending: HallEvent[] = [];
      let onEvent: (e: HallEvent) => void = (e) => pending.push(e);
      const unsubscribe = bus.subscribe(hall.id, (e) => onEvent(e));
      let snapshot: Awaited<ReturnType<typeof loadDisplay>>;
      try {
        snapshot = await loadDisplay(db, hall, new Date());
      } catch (err) {
        unsubscribe();
        throw err;
      }

      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        // the security headers (src/http/security-headers.ts) were set on the reply, which hijack bypasses
        ...(reply.getHeaders() as Record<string, string>),
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      let seq = 0;
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        clearInterval(ping);
        unsubscribe();
        open.delete(end);
        if (!res.writableEnded) res.end();
      };
      const write = (chunk: string) => {
        if (ended || res.destroyed) return end();
        res.write(chunk);
        if (res.writableLength > MAX_BUFFERED_BYTES) end();
      };
      const send = (type: string, data: unknown) =>
        write(`event: ${type}\nid: ${Date.now().toString(36)}-${++seq}\ndata: ${JSON.stringify(data)}\n\n`);
      const resync = async () => {
        ready = false;
        try {
          send('snapshot', await loadDisplay(db, hall, new Date()));
        } catch (err) {
          req.log.warn({ err }, 'snapshot for resync failed; closing the stream');
          return end();
        }
        flush();
      };
      const flush = () => {
        ready = true;
        for (const e of pending.splice(0)) forward(e);
      };
      const forward = (e: HallEvent) => {
        if (!ready) pending.push(e);
        else if (e.type === RESYNC) void resync();
        else send(e.type, e.data);
      };

      const ping = setInterval(() => write(': ping\n\n'), PING_MS);
      open.add(end);
      res.on('close', end);
      res.on('error', end);
      write('retry: 2000\n\n');
      send('snapshot', snapshot);
      onEvent = forward;
      flush();
    },
  );
}
