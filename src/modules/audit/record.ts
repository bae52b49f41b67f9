import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { newId } from '../../db/ids.js';
import type { Db, Dialect } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import { type Arg, preparedQuery } from '../../db/prepared.js';
import { preparedInsert } from '../../db/prepared-shapes.js';

/** Typed audit actions; add new ones here. */
export type AuditAction =
  | 'hall.create'
  | 'hall.update'
  | 'department.create'
  | 'department.update'
  | 'department.residency'
  | 'window.create'
  | 'window.update'
  | 'staff.create'
  | 'staff.update'
  | 'staff.assign'
  | 'item.create'
  | 'item.update'
  | 'item.publish'
  | 'file.upload'
  | 'user.create'
  | 'user.update'
  | 'user.password'
  | 'user.unlock'
  | 'auth.login'
  | 'auth.login_failed'
  | 'auth.logout'
  | 'personal_data.view'
  | 'demo.seed'
  | 'queue.business_type.create'
  | 'queue.business_type.update'
  | 'queue.window_types'
  | 'queue.settings'
  | 'queue.ticket.take'
  | 'queue.ticket.call'
  | 'queue.ticket.recall'
  | 'queue.ticket.start'
  | 'queue.ticket.finish'
  | 'queue.ticket.no_show'
  | 'queue.ticket.transfer'
  | 'queue.ticket.priority'
  | 'queue.ticket.cancel'
  | 'queue.expire'
  | 'queue.window.sign_in'
  | 'queue.window.sign_out'
  | 'queue.window.pause'
  | 'queue.window.resume'
  | 'appointment.book'
  | 'appointment.cancel'
  | 'appointment.check_in'
  | 'appointment.no_show'
  | 'appointment.block'
  | 'calendar.seed'
  | 'calendar.replace'
  | 'calendar.confirm'
  // cases 办件 (src/modules/cases): one per state change, plus the receipt
  | 'case.receive'
  | 'case.accept'
  | 'case.deem_accept'
  | 'case.request_supplements'
  | 'case.receive_supplements'
  | 'case.reject'
  | 'case.start_review'
  | 'case.pause'
  | 'case.resume'
  | 'case.escalate'
  | 'case.decide'
  | 'case.settle'
  | 'case.deliver'
  | 'case.close'
  | 'case.withdraw'
  | 'case.request_extension'
  | 'case.decide_extension'
  | 'case.complete_task' // a review step or joint sub-task finished (src/modules/case-review)
  // electronic supervision 电子监察 and the ledger 办件台账 (src/modules/supervision)
  | 'supervision.card.issue'
  | 'supervision.card.respond'
  | 'supervision.card.close'
  | 'supervision.warning.raise'
  | 'supervision.warning.read'
  | 'supervision.thresholds'
  | 'ledger.export'
  // unified fee collection 统一收费 (src/modules/fees): every money change
  | 'fee.catalog.update'
  | 'fee.notice.issue'
  | 'fee.notice.update'
  | 'fee.notice.cancel'
  | 'fee.payment.record'
  | 'fee.waiver.request'
  | 'fee.waiver.decide'
  | 'fee.refund.request'
  | 'fee.refund.decide'
  | 'fee.settlement.close';

export interface Actor {
  id: string | null;
  username: string | null;
  ip: string;
}

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  hallId?: string | null;
  before?: unknown;
  after?: unknown;
  /** the hall's path, when the caller has just read the hall in the same transaction (else it is read here) */
  hallPath?: string;
}

const GENESIS = '0'.repeat(64);

function canonical(v: unknown): string | null {
  return v === undefined || v === null ? null : JSON.stringify(v);
}

type PendingAudit = Omit<Parameters<typeof auditHash>[0], 'seq' | 'prev_hash'> & { id: string };

/** Audit records of a transaction that are appended to the chain at its end (see `withDeferredAudit`). */
const deferred = new WeakMap<Db, PendingAudit[]>();

const hallPathOf = preparedQuery((db, arg: Arg<{ id: string }>) =>
  db.selectFrom('halls').select('path').where('id', '=', arg('id')),
);

/**
 * The one chokepoint for audit records. Call inside the transaction of the change.
 * Rows form a hash chain (seq order), so editing or deleting one breaks verification.
 */
export function recordAudit(trx: Db, dialect: Dialect, actor: Actor, e: AuditEntry): Promise<void> {
  return recordAudits(trx, dialect, actor, [e]);
}

/** Several audit records of one change, in this order (one read of the chain's head on SQLite). */
export async function recordAudits(trx: Db, dialect: Dialect, actor: Actor, entries: AuditEntry[]): Promise<void> {
  const paths = new Map<string, string | null>();
  const rows: PendingAudit[] = [];
  for (const e of entries) {
    let hallPath: string | null = null;
    if (e.hallId) {
      if (e.hallPath !== undefined) hallPath = e.hallPath;
      else if (paths.has(e.hallId)) hallPath = paths.get(e.hallId) ?? null;
      else {
        const [h] = await hallPathOf(trx, { id: e.hallId });
        hallPath = h?.path ?? null;
        paths.set(e.hallId, hallPath);
      }
    }
    rows.push({
      id: newId(),
      at: nowIso(),
      hall_id: e.hallId ?? null,
      hall_path: hallPath,
      actor_id: actor.id,
      actor_username: actor.username,
      ip: actor.ip,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId ?? null,
      before: canonical(e.before),
      after: canonical(e.after),
    });
  }
  const later = deferred.get(trx);
  if (later) later.push(...rows);
  else if (rows.length) await appendToChain(trx, dialect, rows);
}

/**
 * Run `fn` in the transaction `trx` with its audit records appended to the chain when `fn` has finished,
 * still inside the transaction. On PostgreSQL the chain's append lock (one for the whole system, held to
 * commit) is then taken at the very end instead of at the first change, so audited writes of different
 * requests overlap instead of queueing behind each other's whole transaction. SQLite has one writer, so
 * nothing changes there. If `fn` throws, its records go with the rolled-back transaction.
 */
export async function withDeferredAudit<T>(trx: Db, dialect: Dialect, fn: (trx: Db) => Promise<T>): Promise<T> {
  if (dialect !== 'postgres' || deferred.has(trx)) return fn(trx);
  const pending: PendingAudit[] = [];
  deferred.set(trx, pending);
  try {
    const out = await fn(trx);
    deferred.delete(trx);
    if (pending.length) await appendToChain(trx, dialect, pending);
    return out;
  } finally {
    deferred.delete(trx);
  }
}

async function appendToChain(trx: Db, dialect: Dialect, rows: PendingAudit[]): Promise<void> {
  // Serialize chain appends across processes on PostgreSQL; SQLite has a single writer already.
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(741100)`.execute(trx);
  const [last] = await chainHead(trx, {});
  let seq = last?.seq ?? 0;
  let prev = last?.hash ?? GENESIS;
  for (const r of rows) {
    seq += 1;
    const full = { ...r, seq, prev_hash: prev };
    prev = auditHash(full);
    await insertAuditRow(trx, { ...full, hash: prev });
  }
}

const chainHead = preparedQuery((db) =>
  db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1),
);
const insertAuditRow = preparedInsert('audit_log');

/** Hash of one audit row's content and its predecessor's hash. */
export function auditHash(r: {
  seq: number;
  at: string;
  hall_id: string | null;
  hall_path: string | null;
  actor_id: string | null;
  actor_username: string | null;
  ip: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  prev_hash: string;
}): string {
  const body = [
    r.seq,
    r.at,
    r.hall_id,
    r.hall_path,
    r.actor_id,
    r.actor_username,
    r.ip,
    r.action,
    r.entity_type,
    r.entity_id,
    r.before,
    r.after,
    r.prev_hash,
  ]
    .map((x) => (x === null ? '\u0000' : String(x)))
    .join('\u001f');
  return createHash('sha256').update(body).digest('hex');
}

/** Walk the chain; returns the first broken seq, or null when intact. */
export async function verifyAuditChain(db: Db): Promise<number | null> {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  let prev = GENESIS;
  let expectSeq = 1;
  for (const r of rows) {
    if (r.seq !== expectSeq || r.prev_hash !== prev || auditHash(r) !== r.hash) return r.seq;
    prev = r.hash;
    expectSeq++;
  }
  return null;
}
