import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aheadCountOf,
  digitsOf,
  formatTicketNumber,
  nextForWindow,
  type QueueTicket,
  rankForWindow,
  storedSeqFor,
  tierOf,
  type WindowService,
} from './queue-order.js';

const NOW = '2026-12-01T02:00:00.000Z';
const at = (minute: number) => new Date(Date.parse('2026-12-01T00:30:00.000Z') + minute * 60_000).toISOString();

/** A ticket "A003" taken at minute 3 (8:33), plain unless told otherwise. */
function tk(number: string, minute: number, o: Partial<QueueTicket> = {}): QueueTicket {
  return {
    id: number,
    businessTypeId: number[0],
    seq: digitsOf(number),
    takenAt: at(minute),
    priority: false,
    transferred: false,
    targetWindowId: null,
    slotStartAt: null,
    ...o,
  };
}
const win = (windowId: string, preferred: string[], others: string[] = []): WindowService => ({
  windowId,
  types: [
    ...preferred.map((businessTypeId) => ({ businessTypeId, preferred: true })),
    ...others.map((businessTypeId) => ({ businessTypeId, preferred: false })),
  ],
});
const order = (tickets: QueueTicket[], w: WindowService, now = NOW) => rankForWindow(tickets, w, now).map((t) => t.id);

describe('call order: table', () => {
  const cases: { name: string; tickets: QueueTicket[]; window: WindowService; expected: string[] }[] = [
    {
      name: 'plain tickets of a type in take order',
      tickets: [tk('A003', 3), tk('A001', 1), tk('A002', 2)],
      window: win('W1', ['A']),
      expected: ['A001', 'A002', 'A003'],
    },
    {
      name: 'same take time: by number',
      tickets: [tk('A002', 1), tk('A001', 1)],
      window: win('W1', ['A']),
      expected: ['A001', 'A002'],
    },
    {
      name: 'across types by take time',
      tickets: [tk('B001', 5), tk('A002', 4), tk('A001', 1)],
      window: win('W1', ['A', 'B']),
      expected: ['A001', 'A002', 'B001'],
    },
    {
      name: 'priority (绿色通道) before plain, earlier priority first',
      tickets: [tk('A001', 1), tk('A003', 3, { priority: true }), tk('A002', 2, { priority: true })],
      window: win('W1', ['A']),
      expected: ['A002', 'A003', 'A001'],
    },
    {
      name: 'transferred to this window first, even before priority',
      tickets: [
        tk('A001', 1, { priority: true }),
        tk('B007', 9, { transferred: true, targetWindowId: 'W1' }),
        tk('A002', 2),
      ],
      window: win('W1', ['A']),
      expected: ['B007', 'A001', 'A002'],
    },
    {
      name: 'transferred to this type after priority, before appointments and plain',
      tickets: [
        tk('A001', 1),
        tk('C004', 8, { businessTypeId: 'A', transferred: true }),
        tk('A002', 2, { slotStartAt: at(0) }),
        tk('A003', 3, { priority: true }),
      ],
      window: win('W1', ['A']),
      expected: ['A003', 'C004', 'A002', 'A001'],
    },
    {
      name: 'a checked-in appointment ranks ahead only once its slot has started',
      tickets: [tk('A001', 1), tk('A002', 2, { slotStartAt: '2026-12-01T03:00:00.000Z' })],
      window: win('W1', ['A']),
      expected: ['A001', 'A002'],
    },
    {
      name: 'preferred types before the others, whatever their tier',
      tickets: [tk('C001', 0, { priority: true }), tk('A005', 20)],
      window: win('W3', ['A'], ['C']),
      expected: ['A005', 'C001'],
    },
    {
      name: 'non-preferred types when the preferred ones are empty',
      tickets: [tk('C002', 2), tk('C001', 1)],
      window: win('W3', ['A'], ['C']),
      expected: ['C001', 'C002'],
    },
    {
      name: 'a ticket targeted at this window counts as preferred',
      tickets: [tk('C001', 1), tk('B001', 9, { transferred: true, targetWindowId: 'W3' })],
      window: win('W3', ['A'], ['C']),
      expected: ['B001', 'C001'],
    },
    {
      name: 'never a ticket targeted at another window, nor a type the window does not serve',
      tickets: [tk('A001', 1, { transferred: true, targetWindowId: 'W2' }), tk('B001', 0), tk('A002', 2)],
      window: win('W1', ['A']),
      expected: ['A002'],
    },
    {
      name: 'a window without types has only tickets targeted at it',
      tickets: [tk('A001', 1), tk('A002', 2, { transferred: true, targetWindowId: 'W9' })],
      window: win('W9', []),
      expected: ['A002'],
    },
  ];
  it.each(cases)('$name', ({ tickets, window, expected }) => {
    expect(order(tickets, window)).toEqual(expected);
  });

  it('names the next ticket, or null when nothing waits', () => {
    expect(nextForWindow([tk('A002', 2), tk('A001', 1)], win('W1', ['A']), NOW)?.id).toBe('A001');
    expect(nextForWindow([tk('B001', 1)], win('W1', ['A']), NOW)).toBeNull();
  });

  it('tiers', () => {
    expect(tierOf(tk('A001', 1, { targetWindowId: 'W1', priority: true }), 'W1', NOW)).toBe(1);
    expect(tierOf(tk('A001', 1, { priority: true, transferred: true }), 'W1', NOW)).toBe(2);
    expect(tierOf(tk('A001', 1, { transferred: true, slotStartAt: at(0) }), 'W1', NOW)).toBe(3);
    expect(tierOf(tk('A001', 1, { slotStartAt: NOW }), 'W1', NOW)).toBe(4);
    expect(tierOf(tk('A001', 1), 'W1', NOW)).toBe(5);
  });

  it('counts people ahead within the type', () => {
    const waiting = [tk('A001', 1), tk('A002', 2), tk('A003', 3, { priority: true }), tk('A004', 4)];
    expect(aheadCountOf(waiting[0], waiting, NOW)).toBe(1); // the priority ticket
    expect(aheadCountOf(waiting[3], waiting, NOW)).toBe(3);
    expect(aheadCountOf(waiting[2], waiting, NOW)).toBe(0);
    const targeted = tk('A009', 9, { transferred: true, targetWindowId: 'W2' });
    expect(aheadCountOf(waiting[0], [...waiting, targeted], NOW)).toBe(2);
  });

  it('formats numbers and keeps transferred ones unique', () => {
    expect(formatTicketNumber('A', 7)).toBe('A007');
    expect(formatTicketNumber('Z', 999)).toBe('Z999');
    expect(digitsOf('B042')).toBe(42);
    expect(storedSeqFor('A', 7, true)).toBe(7);
    expect(storedSeqFor('A', 7, false)).toBe(-1007);
    expect(storedSeqFor('Z', 999, false)).toBe(-26999);
  });
});

// ---------- properties ----------

const TYPES = ['A', 'B', 'C', 'D'];
const WINDOWS = ['W1', 'W2', 'W3', 'W4'];

type Step =
  | { kind: 'take'; type: number; priority: boolean; appointment: boolean }
  | { kind: 'call'; window: number }
  | { kind: 'priority'; pick: number }
  | { kind: 'transfer'; pick: number; type: number; toWindow: number | null };

const stepArb = (withTransfers: boolean): fc.Arbitrary<Step> =>
  fc.oneof(
    fc.record({
      kind: fc.constant('take' as const),
      type: fc.nat(TYPES.length - 1),
      priority: fc.nat(7).map((n) => n === 0),
      appointment: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('call' as const), window: fc.nat(WINDOWS.length - 1) }),
    fc.record({ kind: fc.constant('priority' as const), pick: fc.nat(200) }),
    ...(withTransfers
      ? [
          fc.record({
            kind: fc.constant('transfer' as const),
            pick: fc.nat(200),
            type: fc.nat(TYPES.length - 1),
            toWindow: fc.option(fc.nat(WINDOWS.length - 1), { nil: null }),
          }),
        ]
      : []),
  );

/** Each window serves a random non-empty subset of the types, some preferred. */
const windowsArb: fc.Arbitrary<WindowService[]> = fc.tuple(
  ...WINDOWS.map((windowId) =>
    fc
      .uniqueArray(fc.record({ type: fc.nat(TYPES.length - 1), preferred: fc.boolean() }), {
        minLength: 1,
        maxLength: TYPES.length,
        selector: (x) => x.type,
      })
      .map((ts) => ({
        windowId,
        types: ts.map((x) => ({ businessTypeId: TYPES[x.type], preferred: x.preferred })),
      })),
  ),
);

interface Sim {
  waiting: QueueTicket[];
  calls: { ticket: QueueTicket; window: WindowService; now: string; waitingBefore: QueueTicket[] }[];
}

/** Run a day: takes, calls (each window claims the first ticket of its ranking), priority marks, transfers. */
function simulate(windows: WindowService[], steps: Step[]): Sim {
  const waiting: QueueTicket[] = [];
  const seqs = new Map<string, number>();
  const calls: Sim['calls'] = [];
  let minute = 0;
  for (const s of steps) {
    minute += 1;
    const now = at(minute);
    if (s.kind === 'take') {
      const type = TYPES[s.type];
      const seq = (seqs.get(type) ?? 0) + 1;
      seqs.set(type, seq);
      waiting.push({
        id: `${type}${seq}`,
        businessTypeId: type,
        seq,
        takenAt: now,
        priority: s.priority,
        transferred: false,
        targetWindowId: null,
        slotStartAt: s.appointment ? at(minute + 5) : null,
      });
    } else if (s.kind === 'call') {
      const w = windows[s.window];
      const next = nextForWindow(waiting, w, now);
      if (!next) continue;
      calls.push({ ticket: next, window: w, now, waitingBefore: [...waiting] });
      waiting.splice(waiting.indexOf(next), 1);
    } else if (waiting.length > 0) {
      const i = s.pick % waiting.length;
      const t = waiting[i];
      if (s.kind === 'priority') waiting[i] = { ...t, priority: true };
      else
        waiting[i] = {
          ...t,
          businessTypeId: TYPES[s.type],
          transferred: true,
          targetWindowId: s.toWindow === null ? null : WINDOWS[s.toWindow],
        };
    }
  }
  return { waiting, calls };
}

const isPlain = (t: QueueTicket, now: string) => tierOf(t, null, now) === 5 && t.targetWindowId === null;
const before = (a: QueueTicket, b: QueueTicket) => a.takenAt < b.takenAt || (a.takenAt === b.takenAt && a.seq < b.seq);

describe('call order: properties', () => {
  it('each ticket is called at most once, and only by a window that may call it', () => {
    fc.assert(
      fc.property(windowsArb, fc.array(stepArb(false), { maxLength: 120 }), (windows, steps) => {
        const { calls } = simulate(windows, steps);
        const ids = calls.map((c) => c.ticket.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const c of calls) {
          const serves = c.window.types.some((x) => x.businessTypeId === c.ticket.businessTypeId);
          expect(c.ticket.targetWindowId === c.window.windowId || (c.ticket.targetWindowId === null && serves)).toBe(
            true,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('plain tickets of one type are called in take order (no skipping), with transfers and priority marks', () => {
    fc.assert(
      fc.property(windowsArb, fc.array(stepArb(true), { maxLength: 150 }), (windows, steps) => {
        const { calls } = simulate(windows, steps);
        const calledPlain = new Map<string, QueueTicket[]>();
        for (const c of calls) {
          if (!isPlain(c.ticket, c.now)) continue;
          // no plain ticket of its type taken earlier was still waiting
          const earlier = c.waitingBefore.filter(
            (o) => o.businessTypeId === c.ticket.businessTypeId && isPlain(o, c.now) && before(o, c.ticket),
          );
          expect(earlier.map((o) => o.id)).toEqual([]);
          const list = calledPlain.get(c.ticket.businessTypeId) ?? [];
          list.push(c.ticket);
          calledPlain.set(c.ticket.businessTypeId, list);
        }
        // never-transferred plain tickets of a type leave the queue in number order
        for (const list of calledPlain.values()) {
          const seqs = list.filter((t) => !t.transferred).map((t) => t.seq);
          expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('preferred types (and tickets transferred to the window) come before the others', () => {
    fc.assert(
      fc.property(windowsArb, fc.array(stepArb(true), { maxLength: 150 }), (windows, steps) => {
        for (const c of simulate(windows, steps).calls) {
          const preferred = new Set(c.window.types.filter((x) => x.preferred).map((x) => x.businessTypeId));
          const inFirstGroup = (t: QueueTicket) =>
            t.targetWindowId === c.window.windowId || (t.targetWindowId === null && preferred.has(t.businessTypeId));
          if (!inFirstGroup(c.ticket)) expect(c.waitingBefore.filter(inFirstGroup)).toEqual([]);
          // a ticket transferred to this window beats everything else
          if (c.waitingBefore.some((t) => t.targetWindowId === c.window.windowId))
            expect(c.ticket.targetWindowId).toBe(c.window.windowId);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a priority ticket of the group is called before any plain, transferred-to-type or appointment ticket', () => {
    fc.assert(
      fc.property(windowsArb, fc.array(stepArb(true), { maxLength: 150 }), (windows, steps) => {
        for (const c of simulate(windows, steps).calls) {
          const w = c.window.windowId;
          const pref = new Map(c.window.types.map((x) => [x.businessTypeId, x.preferred]));
          const group = (t: QueueTicket) =>
            t.targetWindowId === w
              ? 1
              : t.targetWindowId !== null
                ? 0
                : pref.get(t.businessTypeId) === true
                  ? 1
                  : pref.has(t.businessTypeId)
                    ? 2
                    : 0;
          const sameGroup = c.waitingBefore.filter((t) => group(t) === group(c.ticket));
          if (sameGroup.some((t) => t.priority && t.targetWindowId === null))
            expect(c.ticket.priority || c.ticket.targetWindowId === w).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('within a group a lower tier is never called while a higher one waits', () => {
    fc.assert(
      fc.property(windowsArb, fc.array(stepArb(true), { maxLength: 150 }), (windows, steps) => {
        for (const c of simulate(windows, steps).calls) {
          const ranked = rankForWindow(c.waitingBefore, c.window, c.now);
          expect(ranked[0].id).toBe(c.ticket.id);
          const tiers = ranked.map((t) => tierOf(t, c.window.windowId, c.now));
          const preferred = new Set(c.window.types.filter((x) => x.preferred).map((x) => x.businessTypeId));
          const firstGroup = ranked.filter(
            (t) => t.targetWindowId === c.window.windowId || preferred.has(t.businessTypeId),
          ).length;
          const sortedWithin = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1] <= x);
          expect(sortedWithin(tiers.slice(0, firstGroup))).toBe(true);
          expect(sortedWithin(tiers.slice(firstGroup))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('stored sequence numbers of transferred tickets never collide', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 65, max: 90 }), fc.integer({ min: 1, max: 999 })), {
          selector: ([l, d]) => `${l}:${d}`,
          maxLength: 200,
        }),
        (pairs) => {
          const seqs = pairs.map(([l, d]) => storedSeqFor(String.fromCharCode(l), d, false));
          expect(new Set(seqs).size).toBe(seqs.length);
          expect(seqs.every((s) => s < 0)).toBe(true);
        },
      ),
    );
  });
});
