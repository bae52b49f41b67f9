import { post } from '../../shared/api';
import type { StaffTicket } from '../types';
import type { TransferTarget } from './TransferDialog';

const w = (windowId: string, verb: string) => `/api/v1/windows/${encodeURIComponent(windowId)}/${verb}`;
const tk = (ticketId: string, verb: string) => `/api/v1/tickets/${encodeURIComponent(ticketId)}/${verb}`;

/** The window staff calls of docs/api-queue.md, one function each. */
export const deskApi = {
  signIn: (windowId: string) => post<unknown>(w(windowId, 'sign-in')),
  signOut: (windowId: string) => post<unknown>(w(windowId, 'sign-out')),
  callNext: (windowId: string) => post<StaffTicket>(w(windowId, 'call-next')),
  pause: (windowId: string, reason: string) => post<unknown>(w(windowId, 'pause'), { reason }),
  resume: (windowId: string) => post<unknown>(w(windowId, 'resume')),
  recall: (ticketId: string) => post<StaffTicket>(tk(ticketId, 'recall')),
  start: (ticketId: string) => post<StaffTicket>(tk(ticketId, 'start')),
  finish: (ticketId: string) => post<StaffTicket>(tk(ticketId, 'finish')),
  noShow: (ticketId: string, reason: string) => post<StaffTicket>(tk(ticketId, 'no-show'), { reason }),
  priority: (ticketId: string, reason: string) => post<StaffTicket>(tk(ticketId, 'priority'), { reason }),
  transfer: (ticketId: string, target: TransferTarget) => post<StaffTicket>(tk(ticketId, 'transfer'), target),
};

/** The frequent actions and their keys (F5 stays the browser's reload). */
export const SHORTCUTS = {
  call: ['F1', 'Space'],
  recall: ['F2'],
  finish: ['F3'],
  noShow: ['F4'],
  start: ['F6'],
  transfer: ['F7'],
  pause: ['F8'],
} as const satisfies Record<string, readonly string[]>;
export type ActionId = keyof typeof SHORTCUTS;
export const ACTION_IDS = Object.keys(SHORTCUTS) as ActionId[];
