import { type Compilable, CompiledQuery, type Kysely } from 'kysely';
import type { SqliteDirect } from './sqlite-driver.js';
import type { Database } from './types.js';

type Db = Kysely<Database>;

const MARK = '\u0001yz-arg:';

/** SQL text of every prepared query → its PostgreSQL statement name (see src/db/pg-prepared.ts). */
const statementNames = new Map<string, string>();
export function preparedStatementName(sql: string): string | undefined {
  return statementNames.get(sql);
}

/** Transactions whose connection is held by the caller (group commit on SQLite): run statements directly. */
const held = new WeakMap<object, SqliteDirect>();
export function runPreparedDirectly(trx: Db, connection: SqliteDirect): () => void {
  held.set(trx, connection);
  return () => held.delete(trx);
}

interface Template {
  sql: string;
  /** per parameter: the argument's name, or a constant of the query */
  slots: ({ arg: string } | { value: unknown })[];
}

/** `arg(name)`: the value of argument `name`, bound at each call. */
export type Arg<A> = <K extends keyof A & string>(name: K) => A[K];

function compileTemplate<A>(db: Db, build: (db: Db, arg: Arg<A>) => Compilable<unknown>) {
  const used = new Set<string>();
  const compiled = build(db, (name) => {
    used.add(name);
    return `${MARK}${name}` as never;
  }).compile();
  if (compiled.sql.includes(MARK))
    throw new Error('preparedQuery: an argument ended up in the SQL text, not as a parameter');
  const slots = compiled.parameters.map((p) =>
    typeof p === 'string' && p.startsWith(MARK) ? { arg: p.slice(MARK.length) } : { value: p },
  );
  for (const name of used)
    if (!slots.some((s) => 'arg' in s && s.arg === name))
      throw new Error(`preparedQuery: argument ${name} is not a parameter of the query`);
  if (!statementNames.has(compiled.sql)) statementNames.set(compiled.sql, `yz_q${statementNames.size + 1}`);
  return { sql: compiled.sql, slots } satisfies Template;
}

/**
 * A query of the hot paths (ticket issue, call, sessions) built with Kysely once per dialect and
 * then run with new argument values: building and compiling a query with Kysely costs 5–20 µs,
 * about as much as SQLite takes to run it (bench/README.md). `build` gets `arg(name)` for each
 * value that changes between calls; it must be a single value (not a list for `in`), and the
 * query's shape must not depend on the values. The rows have the builder's type. Inside a group-commit
 * batch on SQLite the statement runs straight on the held connection (no executor). On PostgreSQL the
 * statement is also prepared on each pooled connection (parsed and planned once, src/db/pg-prepared.ts).
 *
 *   const findName = preparedQuery((db, arg: Arg<{ id: string }>) =>
 *     db.selectFrom('halls').select('name').where('id', '=', arg('id')));
 *   const [row] = await findName(trx, { id });
 */
export function preparedQuery<A extends Record<string, unknown>, R>(
  build: (db: Db, arg: Arg<A>) => Compilable<R>,
): (db: Db, args: A) => Promise<R[]> {
  const templates = new WeakMap<object, Template>();
  return async (db, args) => {
    const adapter = db.getExecutor().adapter;
    let t = templates.get(adapter);
    if (!t) {
      t = compileTemplate<A>(db, build);
      templates.set(adapter, t);
    }
    const parameters = t.slots.map((s) => ('arg' in s ? (args[s.arg] ?? null) : s.value));
    const direct = held.get(db);
    if (direct) return direct.rows<R>(t.sql, parameters);
    const result = await db.executeQuery<R>(CompiledQuery.raw(t.sql, parameters));
    return result.rows;
  };
}
