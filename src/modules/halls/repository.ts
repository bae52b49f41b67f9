import type { Db } from '../../db/index.js';
import type { Hall } from '../../db/types.js';

export function listAllHalls(db: Db): Promise<Hall[]> {
  return db.selectFrom('halls').selectAll().orderBy('path').orderBy('sort_order').execute();
}

export function listHallsUnder(db: Db, pathPrefix: string): Promise<Hall[]> {
  return db.selectFrom('halls').selectAll().where('path', 'like', `${pathPrefix}%`).orderBy('path').execute();
}

export function findHall(db: Db, id: string): Promise<Hall | undefined> {
  return db.selectFrom('halls').selectAll().where('id', '=', id).executeTakeFirst();
}
