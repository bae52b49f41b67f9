import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAFETY_NET_PAGES, startCheckpointer } from './checkpointer.js';
import { openDatabase } from './index.js';

const size = (f: string) => statSync(f).size;

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for the checkpoint');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('background WAL checkpointer', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'yz-ckpt-'));
    file = join(dir, 'c.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('copies the WAL into the database file on its own thread, and the WAL restarts from the beginning', async () => {
    const db = new SQLite(file);
    db.pragma('journal_mode = WAL');
    // Only the worker checkpoints here: without it the database file would stay empty of the rows.
    db.pragma('wal_autocheckpoint = 0');
    db.exec('create table blob (id integer primary key, b blob not null)');
    const emptySize = size(file);
    const insert = db.prepare('insert into blob (b) values (randomblob(3000))');
    const fill = db.transaction((n: number) => {
      for (let i = 0; i < n; i++) insert.run();
    });

    const ckpt = startCheckpointer(file, { intervalMs: 10 });
    try {
      fill(1000); // ~1,000 pages in the WAL
      const walAfterFirst = size(`${file}-wal`);
      expect(walAfterFirst).toBeGreaterThan(3_000_000);
      await until(() => size(file) > emptySize + 3_000_000);

      // Once fully copied, the next transactions write from the start of the WAL again instead of
      // growing it: five more rounds leave it far below five times its size.
      for (let round = 2; round <= 6; round++) {
        await new Promise((r) => setTimeout(r, 100));
        fill(1000);
        await until(() => size(file) > emptySize + round * 3_000_000);
      }
      expect(size(`${file}-wal`)).toBeLessThan(walAfterFirst * 2.5);
    } finally {
      await ckpt.stop();
    }
    expect((db.prepare('select count(*) as n from blob').get() as { n: number }).n).toBe(6000);
    db.close();
  });

  it('is stopped by closing the handle, which keeps a high automatic threshold as a safety net', async () => {
    const h = await openDatabase(`sqlite:${file}`, { backgroundCheckpoint: true });
    const { rows } = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(h.db);
    expect(rows[0]?.wal_autocheckpoint).toBe(SAFETY_NET_PAGES);
    await h.close();
    // Closed: the last connection gone, the file opens and reads cleanly again.
    const again = new SQLite(file);
    expect(again.pragma('journal_mode', { simple: true })).toBe('wal');
    again.close();
  });

  it('is not started for a plain handle', async () => {
    const h = await openDatabase(`sqlite:${file}`);
    const { rows } = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(h.db);
    expect(rows[0]?.wal_autocheckpoint).toBe(1000);
    await h.close();
  });
});
