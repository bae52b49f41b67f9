import type { Compilable, Insertable } from 'kysely';
import type { Db } from './index.js';
import { type Arg, preparedQuery } from './prepared.js';
import type { Database } from './types.js';

type IdArgs = Record<string, string>;

/**
 * `preparedQuery` for a query on a list of ids (`where id in (…)`): one prepared query per list length
 * up to `max` (`build` gets the list as `arg` values), a list longer than that is compiled on each call
 * (`build` gets the plain values). An empty list answers [] without a query.
 *
 *   const names = preparedByIds(8, (db, ids) => db.selectFrom('users').select('id').where('id', 'in', ids));
 *   const rows = await names(trx, ['u1', 'u2']);
 */
export function preparedByIds<R>(
  max: number,
  build: (db: Db, ids: string[]) => Compilable<R> & { execute(): Promise<R[]> },
): (db: Db, ids: readonly string[]) => Promise<R[]> {
  const byLength = new Map<number, (db: Db, args: IdArgs) => Promise<R[]>>();
  return (db, ids) => {
    if (ids.length === 0) return Promise.resolve([]);
    if (ids.length > max) return build(db, [...ids]).execute();
    let q = byLength.get(ids.length);
    if (!q) {
      const n = ids.length;
      q = preparedQuery((d, arg: Arg<IdArgs>) =>
        build(
          d,
          Array.from({ length: n }, (_, i) => arg(`id${i}`)),
        ),
      );
      byLength.set(n, q);
    }
    const args: IdArgs = {};
    ids.forEach((id, i) => {
      args[`id${i}`] = id;
    });
    return q(db, args);
  };
}

type Row = Record<string, unknown>;

/**
 * Insert one row of `table` with `preparedQuery`: one prepared insert per set of columns given (the row's
 * own keys in their order, undefined values left out — as Kysely does), so rows built by the same code
 * share one statement.
 *
 *   const insertEvent = preparedInsert('case_events');
 *   await insertEvent(trx, { id, case_id, … });
 */
export function preparedInsert<T extends keyof Database & string>(
  table: T,
): (db: Db, row: Insertable<Database[T]>) => Promise<void> {
  const byColumns = new Map<string, (db: Db, args: Row) => Promise<unknown[]>>();
  return async (db, row) => {
    const values = row as Row;
    const columns = Object.keys(values).filter((c) => values[c] !== undefined);
    const key = columns.join(',');
    let q = byColumns.get(key);
    if (!q) {
      q = preparedQuery((d, arg: Arg<Row>) =>
        d.insertInto(table).values(Object.fromEntries(columns.map((c) => [c, arg(c)])) as never),
      );
      byColumns.set(key, q);
    }
    await q(db, values);
  };
}
