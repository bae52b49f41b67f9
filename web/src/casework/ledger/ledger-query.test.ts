import { describe, expect, it } from 'vitest';
import { decimal, ledgerQuery, percent } from './ledger-query';

describe('ledger query', () => {
  it('sends only the filters that are set, then the page', () => {
    expect(ledgerQuery({})).toBe('');
    expect(ledgerQuery({}, { page: 1, pageSize: 20 })).toBe('?page=1&pageSize=20');
    expect(
      ledgerQuery(
        { from: '2026-09-01', to: '2026-11-30', departmentId: 'd1', kind: 'joint', status: 'decided', onTime: false },
        { page: 3, pageSize: 50 },
      ),
    ).toBe('?from=2026-09-01&to=2026-11-30&departmentId=d1&kind=joint&status=decided&onTime=false&page=3&pageSize=50');
    expect(ledgerQuery({ itemId: 'a&b', onTime: true })).toBe('?itemId=a%26b&onTime=true');
  });

  it('formats rates and averages, with a dash for no data', () => {
    expect(percent(0.8734)).toBe('87.3%');
    expect(percent(1)).toBe('100.0%');
    expect(percent(null)).toBe('—');
    expect(decimal(7.25)).toBe('7.3');
    expect(decimal(undefined)).toBe('—');
  });
});
