import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  CASE_ACTIONS,
  CASE_STATUSES,
  type CaseAction,
  type CaseStatus,
  canTransition,
  nextStatus,
  permissionFor,
} from './case-state.js';
import { CASE_KINDS } from './guide.js';

/**
 * Every legal move, written out by hand from docs/api-cases.md (not derived from the table under
 * test). Anything not listed here must be illegal.
 */
const LEGAL: [CaseStatus, CaseAction, CaseStatus][] = [
  ['received', 'accept', 'accepted'],
  ['received', 'deem_accept', 'accepted'],
  ['received', 'request_supplements', 'correction_requested'],
  ['correction_requested', 'receive_supplements', 'received'],
  ['received', 'reject', 'rejected'],
  ['accepted', 'start_review', 'in_review'],
  ['in_review', 'pause', 'suspended'],
  ['suspended', 'resume', 'in_review'],
  ['in_review', 'escalate', 'escalated'],
  ['in_review', 'decide', 'decided'],
  ['escalated', 'decide', 'decided'],
  ['accepted', 'settle', 'decided'],
  ['decided', 'deliver', 'delivered'],
  ['delivered', 'close', 'closed'],
  ['received', 'withdraw', 'withdrawn'],
  ['correction_requested', 'withdraw', 'withdrawn'],
  ['accepted', 'withdraw', 'withdrawn'],
  ['in_review', 'withdraw', 'withdrawn'],
  ['in_review', 'request_extension', 'in_review'],
  ['suspended', 'request_extension', 'suspended'],
  ['in_review', 'decide_extension', 'in_review'],
  ['suspended', 'decide_extension', 'suspended'],
];

const legalKey = new Map(LEGAL.map(([f, a, t]) => [`${f} ${a}`, t]));
const every = CASE_STATUSES.flatMap((s) => CASE_ACTIONS.map((a) => [s, a] as const));

describe('case state machine', () => {
  it('has 11 states and 16 actions, 22 legal moves', () => {
    expect(CASE_STATUSES.length).toBe(11);
    expect(CASE_ACTIONS.length).toBe(16);
    expect(every.filter(([s, a]) => canTransition(s, a)).length).toBe(LEGAL.length);
  });

  it.each(LEGAL)('%s --%s--> %s is legal', (from, action, to) => {
    expect(canTransition(from, action)).toBe(true);
    expect(nextStatus(from, action)).toBe(to);
  });

  it.each(every.filter(([s, a]) => !legalKey.has(`${s} ${a}`)))('%s --%s--> is illegal', (from, action) => {
    expect(canTransition(from, action)).toBe(false);
    expect(nextStatus(from, action)).toBeNull();
  });

  it('rejects unknown states', () => {
    expect(canTransition('draft', 'accept')).toBe(false);
    expect(nextStatus('', 'withdraw')).toBeNull();
  });

  it('limits escalation to reported cases and the same-visit settle to immediate cases', () => {
    for (const kind of CASE_KINDS) {
      expect(canTransition('in_review', 'escalate', kind)).toBe(kind === 'reported');
      expect(canTransition('accepted', 'settle', kind)).toBe(kind === 'immediate');
      expect(canTransition('received', 'accept', kind)).toBe(true);
    }
  });

  it('nothing leaves a terminal state', () => {
    for (const s of ['rejected', 'closed', 'withdrawn'] as const)
      for (const a of CASE_ACTIONS) expect(canTransition(s, a)).toBe(false);
  });

  it('names the permission of each action', () => {
    expect(permissionFor('accept')).toBe('case.receive');
    expect(permissionFor('reject')).toBe('case.receive');
    expect(permissionFor('deliver')).toBe('case.receive');
    expect(permissionFor('pause')).toBe('case.review');
    expect(permissionFor('decide')).toBe('case.review');
    expect(permissionFor('decide_extension')).toBe('case.approve_extension');
  });

  it('lists the actions a user may take, never the system-only one', () => {
    const staff = new Set(['case.read', 'case.receive']);
    expect(allowedActions('received', 'promised', staff)).toEqual([
      'accept',
      'request_supplements',
      'reject',
      'withdraw',
    ]);
    expect(allowedActions('in_review', 'promised', staff)).toEqual(['withdraw']);
    const approver = new Set(['case.read', 'case.review']);
    expect(allowedActions('in_review', 'reported', approver)).toEqual([
      'pause',
      'escalate',
      'decide',
      'request_extension',
    ]);
    expect(allowedActions('in_review', 'promised', approver)).toEqual(['pause', 'decide', 'request_extension']);
    expect(allowedActions('closed', 'promised', new Set(['case.receive', 'case.review']))).toEqual([]);
  });
});
