import { describe, expect, it } from 'vitest';
import { applyHallEvent, missedCalls } from './display-state';
import type { DisplaySnapshot } from './types';

const base: DisplaySnapshot = {
  hallId: 'h1',
  hallName: '东岭县政务服务中心',
  serviceDate: '2026-11-26',
  recentCalls: [{ ticketNumber: 'A001', windowNumber: '1', at: '2026-11-26T01:00:00.000Z' }],
  windows: [
    { id: 'w1', number: '1', name: '综合受理', status: 'open', currentTicket: 'A001' },
    { id: 'w10', number: '10', name: '税务', status: 'open', currentTicket: null },
  ],
  waiting: [{ businessTypeId: 't-a', name: '综合', prefix: 'A', waitingCount: 5 }],
};

describe('display state', () => {
  it('ignores events until the first snapshot, which replaces everything', () => {
    expect(applyHallEvent(null, { type: 'waiting', data: { businessTypeId: 't-a', waitingCount: 1 } })).toBeNull();
    expect(applyHallEvent(null, { type: 'snapshot', data: base })).toEqual(base);
  });

  it('lists a recalled ticket once in a snapshot, at its latest call', () => {
    const recalled = {
      ...base,
      recentCalls: [
        { ticketNumber: 'A003', windowNumber: '2', at: '2026-11-26T01:03:00.000Z' },
        { ticketNumber: 'A003', windowNumber: '2', at: '2026-11-26T01:02:00.000Z' },
        { ticketNumber: 'A002', windowNumber: '2', at: '2026-11-26T01:01:00.000Z' },
      ],
    };
    const s = applyHallEvent(null, { type: 'snapshot', data: recalled });
    expect(s?.recentCalls.map((c) => c.at)).toEqual(['2026-11-26T01:03:00.000Z', '2026-11-26T01:01:00.000Z']);
  });

  it('a call goes on top, updates the window; a recall moves the ticket up instead of listing it twice', () => {
    let s = applyHallEvent(base, {
      type: 'call',
      data: {
        ticketId: 't2',
        ticketNumber: 'A002',
        windowId: 'w10',
        windowNumber: '10',
        recall: false,
        at: '2026-11-26T01:01:00.000Z',
      },
    });
    s = applyHallEvent(s, {
      type: 'call',
      data: {
        ticketId: 't1',
        ticketNumber: 'A001',
        windowId: 'w1',
        windowNumber: '1',
        recall: true,
        at: '2026-11-26T01:02:00.000Z',
      },
    });
    expect(s?.recentCalls.map((c) => `${c.ticketNumber}@${c.windowNumber}`)).toEqual(['A001@1', 'A002@10']);
    expect(s?.windows.find((w) => w.id === 'w10')?.currentTicket).toBe('A002');
  });

  it('keeps at most 10 recent calls', () => {
    let s: DisplaySnapshot | null = base;
    for (let i = 2; i <= 14; i++) {
      s = applyHallEvent(s, {
        type: 'call',
        data: {
          ticketId: `t${i}`,
          ticketNumber: `A${String(i).padStart(3, '0')}`,
          windowId: 'w1',
          windowNumber: '1',
          recall: false,
          at: '2026-11-26T02:00:00.000Z',
        },
      });
    }
    expect(s?.recentCalls).toHaveLength(10);
    expect(s?.recentCalls[0].ticketNumber).toBe('A014');
  });

  it('window events set status and current ticket; an unknown window is added in number order', () => {
    let s = applyHallEvent(base, {
      type: 'window',
      data: { windowId: 'w1', windowNumber: '1', status: 'paused', currentTicket: null },
    });
    s = applyHallEvent(s, {
      type: 'window',
      data: { windowId: 'w2', windowNumber: '2', status: 'open', currentTicket: null },
    });
    expect(s?.windows.map((w) => `${w.number}:${w.status}:${w.currentTicket}`)).toEqual([
      '1:paused:null',
      '2:open:null',
      '10:open:null',
    ]);
  });

  it('waiting events update the count of their type only', () => {
    const s = applyHallEvent(base, { type: 'waiting', data: { businessTypeId: 't-a', waitingCount: 4 } });
    expect(s?.waiting[0].waitingCount).toBe(4);
    expect(
      applyHallEvent(base, { type: 'waiting', data: { businessTypeId: 'other', waitingCount: 9 } })?.waiting,
    ).toEqual(base.waiting);
  });

  it('after a reconnect, announces only calls newer than the last one seen and less than a minute old', () => {
    const snap: DisplaySnapshot = {
      ...base,
      recentCalls: [
        { ticketNumber: 'A004', windowNumber: '2', at: '2026-11-26T01:05:30.000Z' },
        { ticketNumber: 'A003', windowNumber: '1', at: '2026-11-26T01:05:10.000Z' },
        { ticketNumber: 'A002', windowNumber: '1', at: '2026-11-26T01:03:00.000Z' },
        { ticketNumber: 'A001', windowNumber: '1', at: '2026-11-26T01:00:00.000Z' },
      ],
    };
    const now = new Date('2026-11-26T01:06:00.000Z');
    expect(missedCalls('2026-11-26T01:00:00.000Z', snap, now).map((c) => c.ticketNumber)).toEqual(['A003', 'A004']);
    expect(missedCalls(null, snap, now)).toEqual([]);
  });
});
