import type { Db } from '../../db/index.js';
import { type Arg, preparedQuery } from '../../db/prepared.js';
import { presentStaffTicket } from './present.js';
import type { TicketRow } from './repository.js';
import type { StaffTicket } from './schema.js';

const namesOf = preparedQuery((db, arg: Arg<{ typeId: string; windowId: string; appointmentId: string }>) =>
  db
    .selectFrom('business_types as bt')
    .where('bt.id', '=', arg('typeId'))
    .select((eb) => [
      'bt.name',
      eb.selectFrom('windows').select('number').where('id', '=', arg('windowId')).as('window_number'),
      eb.selectFrom('appointments').select('code').where('id', '=', arg('appointmentId')).as('appointment_code'),
    ]),
);

/**
 * The staff view of a ticket as the action's transaction left it: the names (business type, window
 * number, booking code) are looked up after the commit in one query, but the state comes from the
 * committed row, so a later click cannot change what this response reports.
 */
export async function staffView(db: Db, ticket: TicketRow): Promise<StaffTicket> {
  const [names] = await namesOf(db, {
    typeId: ticket.business_type_id,
    windowId: ticket.window_id ?? '',
    appointmentId: ticket.appointment_id ?? '',
  });
  return presentStaffTicket({
    ...ticket,
    business_type_name: names?.name ?? '',
    window_number: names?.window_number ?? null,
    appointment_code: names?.appointment_code ?? null,
  });
}
