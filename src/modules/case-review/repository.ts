import type { Db } from '../../db/index.js';
import type { CaseTaskRow } from './core.js';

/** Queries of the review module. */

export function listTasks(db: Db, caseId: string): Promise<CaseTaskRow[]> {
  return db.selectFrom('case_tasks').selectAll().where('case_id', '=', caseId).orderBy('position').execute();
}

export function departmentNames(db: Db, ids: string[]): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('departments').select(['id', 'name']).where('id', 'in', ids).execute();
}

export function findHallName(db: Db, id: string) {
  return db.selectFrom('halls').select(['id', 'name', 'code', 'parent_id']).where('id', '=', id).executeTakeFirst();
}
