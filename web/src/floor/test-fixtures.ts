import type { DisplaySnapshot, PublicBusinessType, PublicTicket, WindowScreen } from './types';

export const HALL = { id: 'h1', name: '东岭县政务服务中心' };

export const TYPES: PublicBusinessType[] = [
  {
    id: 't-a',
    name: '综合受理',
    prefix: 'A',
    description: '',
    canTakeNow: true,
    reason: null,
    waitingCount: 4,
    estimatedWaitMinutes: 20,
    bookable: true,
  },
  {
    id: 't-b',
    name: '不动产登记',
    prefix: 'B',
    description: '',
    canTakeNow: false,
    reason: '今日号已取完',
    waitingCount: 30,
    estimatedWaitMinutes: 90,
    bookable: false,
  },
];

export const TICKET: PublicTicket = {
  id: 'tk1',
  number: 'A005',
  status: 'waiting',
  aheadCount: 4,
  businessTypeId: 't-a',
  businessTypeName: '综合受理',
  hallId: 'h1',
  hallName: '东岭县政务服务中心',
  serviceDate: '2026-11-26',
  takenAt: '2026-11-26T01:30:05.000Z',
  estimatedWaitMinutes: 20,
};

export const SNAPSHOT: DisplaySnapshot = {
  hallId: 'h1',
  hallName: '东岭县政务服务中心',
  serviceDate: '2026-11-26',
  recentCalls: [
    { ticketNumber: 'A002', windowNumber: '2', at: '2026-11-26T01:20:00.000Z' },
    { ticketNumber: 'A001', windowNumber: '1', at: '2026-11-26T01:10:00.000Z' },
  ],
  windows: [
    { id: 'w1', number: '1', name: '综合受理', status: 'open', currentTicket: 'A001' },
    { id: 'w2', number: '2', name: '综合受理', status: 'open', currentTicket: 'A002' },
    { id: 'w3', number: '3', name: '不动产', status: 'paused', currentTicket: null },
  ],
  waiting: [
    { businessTypeId: 't-a', name: '综合受理', prefix: 'A', waitingCount: 4 },
    { businessTypeId: 't-b', name: '不动产登记', prefix: 'B', waitingCount: 30 },
  ],
};

export const SCREEN: WindowScreen = {
  hallId: 'h1',
  hallName: '东岭县政务服务中心',
  window: { id: 'w3', number: '3', name: '不动产登记', status: 'open' },
  currentTicket: 'B007',
  staff: [{ name: '李明', post: '综合受理岗', title: '科员', duties: '不动产登记受理', photo: null }],
};
