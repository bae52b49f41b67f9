/** What other modules use from the queue (queue-live, appointments, demo, bench). */

export { estimateWaitMinutes } from '../../domain/queue-hours.js';
// The call order itself lives in the domain (pure): re-exported for convenience.
export { aheadCountOf, nextForWindow, rankForWindow, tierOf } from '../../domain/queue-order.js';
export { callNext, finishCurrentOfWindow, lockWindow, type Operator } from './call-next.js';
export { callEvent, publishAll, waitingEvent, windowEvent } from './events.js';
export { type IssueTicketInput, type IssueTicketResult, issueTicket } from './issue-ticket.js';
export { currentOfWindow, loadWorkbench } from './load-workbench.js';
export { authorizeTicketOperator, authorizeWindowOperator } from './policy.js';
export { presentPublicTicket, presentStaffTicket } from './present.js';
export { listPublicBusinessTypes, publicTicketView } from './public-views.js';
export {
  type BusinessTypeRow,
  countWaiting,
  DEFAULT_QUEUE_SETTINGS,
  findBusinessType,
  findStaffTicket,
  findTicket,
  insertTicketEvent,
  listBusinessTypes,
  listCandidatesOfWindow,
  listWaitingToday,
  loadQueueSettings,
  openWindowCountsByType,
  type QueueSettings,
  type StaffTicketRow,
  staffTicketQuery,
  TICKET_SOURCES,
  TICKET_STATUSES,
  type TicketAction,
  type TicketRow,
  type TicketSource,
  type TicketStatus,
  toQueueTicket,
  typesOfWindow,
  type WaitingRow,
  waitingCountsByType,
} from './repository.js';
export { type PublicTicket, PublicTicketSchema, type StaffTicket, StaffTicketSchema } from './schema.js';
export { type HallDay, loadHallDay, takeCheckFor, takeHoursOf } from './take-rules.js';
export { STATUS_LABELS } from './ticket-actions.js';
