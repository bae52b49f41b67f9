import { describe, expect, it } from 'vitest';
import { chinaInstant } from '../../domain/china-time.js';
import { computeFloor, type FloorInput } from './compute-floor.js';

const DAY = '2026-03-04';
const t = (hhmm: string) => chinaInstant(DAY, hhmm).toISOString();

function input(o: Partial<FloorInput> = {}): FloorInput {
  return {
    now: chinaInstant(DAY, '17:00'),
    serviceDate: DAY,
    closingAt: '17:30',
    types: [
      { id: 'A', name: '社保', prefix: 'A', avg_service_minutes: 10, active: 1 },
      { id: 'B', name: '医保', prefix: 'B', avg_service_minutes: 15, active: 1 },
    ],
    windows: [
      { id: 'w1', number: '1', name: '', status: 'open' },
      { id: 'w2', number: '2', name: '', status: 'open' },
    ],
    serves: [
      { window_id: 'w1', business_type_id: 'A' },
      { window_id: 'w2', business_type_id: 'A' },
      { window_id: 'w2', business_type_id: 'B' },
    ],
    signedIn: [],
    current: new Map(),
    tickets: [],
    ...o,
  };
}
const waiting = (type: string, taken: string, target: string | null = null) => ({
  business_type_id: type,
  status: 'waiting',
  taken_at: t(taken),
  called_at: null,
  finished_at: null,
  target_window_id: target,
});

describe('computeFloor', () => {
  it('counts tickets the open windows cannot serve before closing as at risk', () => {
    // 30 minutes left on two windows: A tickets cost 10 min; w1 serves A only, w2 A and B.
    const tickets = [1, 2, 3, 4, 5, 6, 7].map((i) => waiting('A', `08:0${i}`));
    const f = computeFloor(input({ tickets }));
    expect(f.minutesToClosing).toBe(30);
    expect(f.atRisk).toBe(1); // 3 + 3 served, the 7th is at risk
    expect(f.waitingByType[0]).toMatchObject({ waiting: 7, longestWaitMinutes: 539, estimatedMinutesToClear: 35 });
  });

  it('respects which types a window serves and tickets targeted at a window', () => {
    const tickets = [waiting('B', '08:00'), waiting('B', '08:01'), waiting('B', '08:02'), waiting('A', '08:03', 'w1')];
    const f = computeFloor(input({ tickets }));
    // only w2 serves B: 30 min / 15 = 2 served, 1 at risk; the targeted A ticket goes to w1
    expect(f.atRisk).toBe(1);
  });

  it('uses measured service time once three tickets of the type were finished today', () => {
    const done = (called: string, finished: string) => ({
      business_type_id: 'A',
      status: 'done',
      taken_at: t('08:00'),
      called_at: t(called),
      finished_at: t(finished),
      target_window_id: null,
    });
    const tickets = [
      done('09:00', '09:30'),
      done('10:00', '10:30'),
      done('11:00', '11:30'),
      waiting('A', '12:00'),
      waiting('A', '12:01'),
    ];
    const f = computeFloor(input({ tickets, serves: [{ window_id: 'w1', business_type_id: 'A' }] }));
    expect(f.waitingByType[0]?.estimatedMinutesToClear).toBe(60); // 2 × 30 min on one window
    expect(f.atRisk).toBe(1);
    expect(f.totals).toEqual({ waiting: 2, served: 3, noShow: 0 });
  });

  it('counts only signed-in open windows when sign-in is in use; paused windows never', () => {
    const tickets = [waiting('A', '08:00'), waiting('A', '08:01'), waiting('A', '08:02'), waiting('A', '08:03')];
    const signedIn = computeFloor(input({ tickets, signedIn: [{ window_id: 'w2', name: '陈刚' }] }));
    expect(signedIn.atRisk).toBe(1);
    expect(signedIn.windows[1]?.signedIn).toEqual([{ name: '陈刚' }]);
    const paused = computeFloor(
      input({
        tickets,
        windows: [
          { id: 'w1', number: '1', name: '', status: 'paused' },
          { id: 'w2', number: '2', name: '', status: 'closed' },
        ],
      }),
    );
    expect(paused.atRisk).toBe(4);
    expect(paused.waitingByType[0]?.estimatedMinutesToClear).toBeNull();
  });

  it('after closing every waiting ticket is at risk; with no hours today nothing is estimated', () => {
    const tickets = [waiting('A', '08:00')];
    expect(computeFloor(input({ tickets, now: chinaInstant(DAY, '18:00') }))).toMatchObject({
      minutesToClosing: 0,
      atRisk: 1,
    });
    expect(computeFloor(input({ tickets, closingAt: null }))).toMatchObject({ minutesToClosing: null, atRisk: 0 });
  });

  it('lists active types and inactive ones that still have waiting tickets', () => {
    const types = [
      { id: 'A', name: '社保', prefix: 'A', avg_service_minutes: 10, active: 1 },
      { id: 'Y', name: '停用有号', prefix: 'Y', avg_service_minutes: 10, active: 0 },
      { id: 'Z', name: '停用无号', prefix: 'Z', avg_service_minutes: 10, active: 0 },
    ];
    const f = computeFloor(input({ types, tickets: [waiting('Y', '08:00')] }));
    expect(f.waitingByType.map((x) => [x.prefix, x.waiting, x.estimatedMinutesToClear])).toEqual([
      ['A', 0, 0],
      ['Y', 1, null],
    ]);
  });
});
