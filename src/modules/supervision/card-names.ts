import type { Db } from '../../db/index.js';
import { hallDepartmentNames, userNames } from './ledger-repository.js';
import type { CardNames } from './present.js';
import { type CardRow, caseNumbers } from './repository.js';

/** The department, case and user names a list of cards of one hall shows. */
export async function cardNames(db: Db, hallId: string, cards: readonly CardRow[]): Promise<CardNames> {
  const departments = await hallDepartmentNames(db, hallId);
  const numbers = await caseNumbers(
    db,
    cards.flatMap((c) => (c.case_id ? [c.case_id] : [])),
  );
  const users = await userNames(
    db,
    cards.map((c) => c.issued_by),
  );
  return { departments, caseNumbers: new Map(numbers.map((r) => [r.id, r.number])), users };
}
