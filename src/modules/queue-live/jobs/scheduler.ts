import { applyBookingBlocks, markAppointmentNoShows } from './appointment-no-shows.js';
import { expireTickets } from './end-of-day.js';
import type { JobDeps } from './job-runs.js';

export interface JobsResult {
  expired: number;
  noShows: number;
  blocks: number;
  errors: string[];
}

/** One pass of every queue job at `now` (the scheduler, tests and a CLI call this). Each job's failure is logged, not fatal. */
export async function runQueueJobs(deps: JobDeps, now: Date = new Date()): Promise<JobsResult> {
  const out: JobsResult = { expired: 0, noShows: 0, blocks: 0, errors: [] };
  const guard = async (name: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (err) {
      out.errors.push(name);
      deps.log?.error({ err, job: name }, 'queue job failed');
    }
  };
  await guard('end_of_day', async () => {
    out.expired = (await expireTickets(deps, now)).expired;
  });
  await guard('appointment_no_show', async () => {
    out.noShows = await markAppointmentNoShows(deps, now);
  });
  await guard('booking_block', async () => {
    out.blocks = await applyBookingBlocks(deps, now);
  });
  return out;
}

export interface QueueJobs {
  stop(): Promise<void>;
}

/**
 * In-process scheduler (started by main.ts, not by tests): every `intervalMs` (60 s) one pass of
 * the queue jobs, never two at once in this process; timers are unref'd so they never keep the
 * process alive. Several processes may run it: every job is safe to run concurrently.
 */
/** Another module's periodic job (e.g. deemed acceptance of cases), run after the queue jobs on each tick. */
export interface ExtraJob {
  name: string;
  run(now: Date): Promise<unknown>;
}

export function startQueueJobs(
  deps: JobDeps,
  opts: { intervalMs?: number; firstDelayMs?: number; extra?: ExtraJob[] } = {},
): QueueJobs {
  let running: Promise<void> | null = null;
  const runExtras = async (now: Date) => {
    for (const job of opts.extra ?? []) {
      try {
        await job.run(now);
      } catch (err) {
        deps.log?.error({ err, job: job.name }, 'job failed');
      }
    }
  };
  const tick = () => {
    if (running) return;
    const now = new Date();
    running = runQueueJobs(deps, now)
      .then((r) => {
        if (r.expired || r.noShows || r.blocks) deps.log?.info(r, 'queue jobs');
      })
      .then(() => runExtras(now))
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(tick, opts.firstDelayMs ?? 5_000);
  first.unref();
  const timer = setInterval(tick, opts.intervalMs ?? 60_000);
  timer.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      if (running) await running;
    },
  };
}
