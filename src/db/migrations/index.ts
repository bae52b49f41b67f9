import type { Migration } from 'kysely';
import * as m001 from './2026-11-26-001-spine.js';
import * as m002 from './2026-11-26-002-calendar.js';
import * as m003 from './2026-11-26-003-queue.js';
import * as m004 from './2026-11-26-004-queue-core-indexes.js';
import * as m005 from './2026-11-26-005-queue-live-indexes.js';
import * as m006 from './2026-11-26-006-cases.js';
import * as m010 from './2026-11-26-010-ledger-indexes.js';
import * as m011 from './2026-11-26-011-ledger-stats.js';
import * as m012 from './2026-11-26-012-fees.js';
import * as m013 from './2026-11-26-013-supervision-settings.js';
import * as m014 from './2026-11-26-014-queue-issue-path.js';
import * as m015 from './2026-11-26-015-queue-take-writes.js';

/** Static list (Kysely's FileMigrationProvider breaks under Vitest); append, never edit. */
export const migrations: Record<string, Migration> = {
  '2026-11-26-001-spine': m001,
  '2026-11-26-002-calendar': m002,
  '2026-11-26-003-queue': m003,
  '2026-11-26-004-queue-core-indexes': m004,
  '2026-11-26-005-queue-live-indexes': m005,
  '2026-11-26-006-cases': m006,
  '2026-11-26-010-ledger-indexes': m010,
  '2026-11-26-011-ledger-stats': m011,
  '2026-11-26-012-fees': m012,
  '2026-11-26-013-supervision-settings': m013,
  '2026-11-26-014-queue-issue-path': m014,
  '2026-11-26-015-queue-take-writes': m015,
};
