import { EventEmitter } from 'node:events';

/** A live event for one hall (queue calls, window changes…), delivered to every process's SSE clients. */
export interface HallEvent {
  hallId: string;
  /** SSE event name, e.g. 'call', 'window', 'waiting' */
  type: string;
  data: Record<string, unknown>;
}

export type HallEventListener = (e: HallEvent) => void;

/**
 * Publish/subscribe across processes. The in-memory bus serves the single-process SQLite setup;
 * on PostgreSQL a LISTEN/NOTIFY bus relays events between processes (see src/modules/queue-live).
 * Publish AFTER the transaction commits, so no client sees an event for a change that rolled back.
 */
export interface EventBus {
  publish(e: HallEvent): Promise<void>;
  subscribe(hallId: string, fn: HallEventListener): () => void;
  close(): Promise<void>;
}

export class MemoryBus implements EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(e: HallEvent): Promise<void> {
    this.emitter.emit(e.hallId, e);
  }

  /** Deliver an event that arrived from another process. */
  deliver(e: HallEvent): void {
    this.emitter.emit(e.hallId, e);
  }

  subscribe(hallId: string, fn: HallEventListener): () => void {
    this.emitter.on(hallId, fn);
    return () => this.emitter.off(hallId, fn);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}
