import type { FastifyBaseLogger } from 'fastify';
import type { EventBus, HallEvent } from '../../http/events.js';

/** Live events of the queue (docs/api-queue.md "Live events"); publish them only after the commit. */

export function callEvent(
  hallId: string,
  d: { ticketId: string; ticketNumber: string; windowId: string; windowNumber: string; recall: boolean; at: string },
): HallEvent {
  return { hallId, type: 'call', data: { ...d } };
}

export function windowEvent(
  hallId: string,
  d: { windowId: string; windowNumber: string; status: string; currentTicket: string | null },
): HallEvent {
  return { hallId, type: 'window', data: { ...d } };
}

export function waitingEvent(hallId: string, d: { businessTypeId: string; waitingCount: number }): HallEvent {
  return { hallId, type: 'waiting', data: { ...d } };
}

/** Publish after commit; a failing bus never fails the request that already committed. */
export async function publishAll(bus: EventBus, events: readonly HallEvent[], log?: FastifyBaseLogger): Promise<void> {
  for (const e of events) {
    try {
      await bus.publish(e);
    } catch (err) {
      log?.warn({ err, event: e.type }, 'queue event not published');
    }
  }
}
