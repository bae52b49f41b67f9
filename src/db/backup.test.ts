import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupSqlite } from './backup.js';

describe('SQLite online backup', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'yz-backup-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('copies every committed row, also those still only in the WAL, and not an open transaction', async () => {
    const file = join(dir, 'live.db');
    const live = new SQLite(file);
    live.pragma('journal_mode = WAL');
    live.pragma('wal_autocheckpoint = 0'); // the rows stay in the WAL, as between checkpoints
    live.exec('create table t (id integer primary key, v text not null)');
    const insert = live.prepare('insert into t (v) values (?)');
    live.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run(`row ${i}`);
    })();
    live.exec('begin');
    insert.run('not committed');

    const copy = join(dir, 'backup', 'copy.db');
    const { pages } = await backupSqlite(file, copy);
    live.exec('rollback');
    live.close();

    expect(pages).toBeGreaterThan(1);
    const b = new SQLite(copy, { readonly: true });
    expect(b.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((b.prepare('select count(*) as n from t').get() as { n: number }).n).toBe(500);
    expect(b.prepare("select 1 from t where v = 'not committed'").get()).toBeUndefined();
    b.close();
  });
});
