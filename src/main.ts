import { loadConfig } from './config.js';
import { migrateToLatest, openDatabase } from './db/index.js';
import { buildApp } from './http/app.js';
import { ensureCalendarSeeded } from './modules/calendar/index.js';
import { runDeemedAcceptance } from './modules/cases/deemed-acceptance.js';
import { seedDemoIfEmpty } from './modules/demo/seed.js';
import { startQueueJobs } from './modules/queue-live/jobs/scheduler.js';
import { PgBus } from './modules/queue-live/pg-bus.js';
import { foldLedgerStats } from './modules/supervision/fold-ledger-stats.js';
import { raiseWarnings } from './modules/supervision/raise-warnings.js';

/** `npm start`: migrate, load demo data into an empty database, serve API + web. */
async function main() {
  const config = loadConfig();
  const handle = await openDatabase(config.databaseUrl, { backgroundCheckpoint: true });
  const applied = await migrateToLatest(handle.db);
  // Several server processes on one PostgreSQL share live queue events through LISTEN/NOTIFY.
  const bus = handle.dialect === 'postgres' ? await PgBus.start({ url: config.databaseUrl, db: handle.db }) : undefined;
  const app = await buildApp({ handle, config, logger: { level: config.logLevel }, bus });
  if (bus) bus.setLog(app.log);
  if (applied.length) app.log.info({ applied }, 'migrations applied');
  if (config.demo) {
    const seeded = await seedDemoIfEmpty(handle);
    app.log.info(seeded ? 'demo data loaded into the empty database' : 'database holds data: demo data not loaded');
  }
  // Every root hall gets the official holiday schedule (2024–2026) and provisional later years; idempotent.
  const roots = await handle.db.selectFrom('halls').select('id').where('parent_id', 'is', null).execute();
  for (const r of roots) {
    const stored = await ensureCalendarSeeded(handle.db, r.id, handle.dialect);
    if (stored.length) app.log.info({ hallId: r.id, years: stored }, 'working-day calendar seeded');
  }
  // Every minute (each job safe on several processes): end of day, appointment no-shows and booking blocks,
  // deemed acceptance of cases not decided within 5 working days (行政许可法 art. 32), supervision warnings.
  const jobs = startQueueJobs(
    { db: handle.db, dialect: handle.dialect, bus: app.yz.bus, log: app.log },
    {
      extra: [
        {
          name: 'deemed_acceptance',
          run: (now) => runDeemedAcceptance({ db: handle.db, dialect: handle.dialect, handle }, now),
        },
        // yellow/red warnings to handler, chief representative and supervisor (电子监察)
        {
          name: 'case_warnings',
          run: (now) => raiseWarnings({ db: handle.db, dialect: handle.dialect, log: app.log }, now),
        },
        // fold the ledger's change rows into its daily/monthly totals
        { name: 'ledger_stats', run: () => foldLedgerStats({ db: handle.db, dialect: handle.dialect, log: app.log }) },
      ],
    },
  );
  const close = async () => {
    await jobs.stop();
    await app.close(); // also closes the event bus
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', close);
  process.on('SIGTERM', close);
  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    `Yizhan 一站 on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (${handle.describe})`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
