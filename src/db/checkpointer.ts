import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * WAL checkpoints on a worker thread instead of the request thread (SQLite file databases of the
 * server, `openDatabase(url, { backgroundCheckpoint: true })`).
 *
 * SQLite normally checkpoints inside the commit that pushes the WAL past `wal_autocheckpoint`
 * pages: that commit copies the WAL's pages into the database file and syncs both files, while
 * the one request thread waits. Measured with the ticket writes alone (bench/README.md, "The 40 %
 * target"), that was half of the commit time. Here a second connection, on its own thread, runs a
 * PASSIVE checkpoint every `intervalMs`: it never blocks the writer (WAL mode lets writers and a
 * checkpointer run together) and copies only frames no reader still needs; once all are copied,
 * the writer's next transaction starts the WAL from the beginning again, so the file stays small.
 * The request thread keeps a high automatic threshold as a safety net: should the worker stop, the
 * WAL is still checkpointed, only on the request thread again.
 */
export interface Checkpointer {
  /** Last checkpoint, then close the worker's connection and end the thread. */
  stop(): Promise<void>;
}

export interface CheckpointerOptions {
  intervalMs?: number;
  /** called with the message of a failed checkpoint (the worker goes on) */
  onError?: (message: string) => void;
}

/** Pages of WAL after which the request thread checkpoints anyway (~80 MB at 4 KiB pages). */
export const SAFETY_NET_PAGES = 20_000;

// Plain CommonJS evaluated in the worker: no loader needed whether the server runs from tsx or a build.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
db.pragma('synchronous = NORMAL');
let timer;
function checkpoint() {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (e) {
    parentPort.postMessage({ error: String(e && e.message || e) });
  }
}
function tick() {
  checkpoint();
  timer = setTimeout(tick, workerData.intervalMs);
}
timer = setTimeout(tick, workerData.intervalMs);
parentPort.on('message', (m) => {
  if (m !== 'stop') return;
  clearTimeout(timer);
  checkpoint();
  db.close();
  parentPort.postMessage({ stopped: true });
  parentPort.close();
});
`;

export function startCheckpointer(file: string, opts: CheckpointerOptions = {}): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, driver, intervalMs: opts.intervalMs ?? 200 },
  });
  // The server must be able to exit while the worker sleeps.
  worker.unref();
  let stopped: Promise<void> | undefined;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('message', (m: { error?: string }) => {
    if (m.error) opts.onError?.(m.error);
  });
  worker.on('error', (e) => opts.onError?.(e.message));
  return {
    stop() {
      stopped ??= (async () => {
        worker.postMessage('stop');
        await exited;
      })();
      return stopped;
    },
  };
}
