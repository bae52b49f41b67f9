import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/index.js';
import { inTx } from '../../src/http/context.js';
import { recordAudit, verifyAuditChain } from '../../src/modules/audit/record.js';
import { DIALECTS, makeTestApp, type TestApp } from '../helpers/app.js';

const actor = { id: null, username: 'tester', ip: '127.0.0.1' };

describe.each(DIALECTS)('audit chain under concurrent transactions (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  const rowsOf = (db: Db, entityId: string) =>
    db.selectFrom('audit_log').select(['seq', 'action']).where('entity_id', '=', entityId).orderBy('seq').execute();

  it('writes a transaction’s records in order, consecutively, and only if it commits', async () => {
    await inTx(t.app.yz, async (trx) => {
      await recordAudit(trx, dialect, actor, { action: 'case.accept', entityType: 'case', entityId: 'c-1' });
      await recordAudit(trx, dialect, actor, { action: 'case.start_review', entityType: 'case', entityId: 'c-1' });
    });
    const rows = await rowsOf(t.handle.db, 'c-1');
    expect(rows.map((r) => r.action)).toEqual(['case.accept', 'case.start_review']);
    expect(rows[1]!.seq).toBe(rows[0]!.seq + 1);

    await expect(
      inTx(t.app.yz, async (trx) => {
        await recordAudit(trx, dialect, actor, { action: 'case.accept', entityType: 'case', entityId: 'c-2' });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await rowsOf(t.handle.db, 'c-2')).toEqual([]);
    expect(await verifyAuditChain(t.handle.db)).toBeNull();
  });

  it('keeps one unbroken chain when many audited transactions run at once', async () => {
    const before = await t.handle.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        inTx(t.app.yz, async (trx) => {
          await recordAudit(trx, dialect, actor, { action: 'case.accept', entityType: 'case', entityId: `p-${i}` });
          await trx.selectFrom('halls').select('id').execute();
          await recordAudit(trx, dialect, actor, {
            action: 'case.start_review',
            entityType: 'case',
            entityId: `p-${i}`,
          });
        }),
      ),
    );
    const all = await t.handle.db.selectFrom('audit_log').select(['seq']).orderBy('seq').execute();
    expect(all.length).toBe(Number(before.n) + 48);
    expect(all.map((r) => r.seq)).toEqual(all.map((_, i) => i + 1));
    expect(await verifyAuditChain(t.handle.db)).toBeNull();
    for (let i = 0; i < 24; i++) {
      const rows = await rowsOf(t.handle.db, `p-${i}`);
      expect(rows.map((r) => r.action)).toEqual(['case.accept', 'case.start_review']);
    }
  });
});
