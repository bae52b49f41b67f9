import { describe, expect, it } from 'vitest';
import { type DraftLine, emptyDraft, fieldOfServerPath, inputOf, lineProblems, yuanInput } from './catalog-form';

const fixed = (over: Partial<DraftLine> = {}): DraftLine => ({
  ...emptyDraft('d1'),
  name: '住宅类不动产登记费',
  amount: '80',
  basis: '发改价格规〔2016〕2559号',
  ...over,
});
const perUnit = (over: Partial<DraftLine> = {}): DraftLine =>
  fixed({ mode: 'per_unit', amount: '', unitPrice: '10.5', unitName: '本', cap: '100', ...over });
const problemsOf = (d: DraftLine, all: DraftLine[] = [d]) => lineProblems(d, all.indexOf(d), all);

describe('fee catalog form', () => {
  it('converts typed yuan to integer fen without floating point', () => {
    expect(inputOf(fixed({ amount: '1,234.56' }))).toMatchObject({
      amountFen: 123456,
      unitPriceFen: null,
      capFen: null,
    });
    // 0.1 + 0.2 style amounts stay exact
    expect(inputOf(fixed({ amount: '0.29' })).amountFen).toBe(29);
    expect(inputOf(perUnit())).toMatchObject({ amountFen: null, unitPriceFen: 1050, unitName: '本', capFen: 10000 });
    expect(inputOf(perUnit({ cap: '' })).capFen).toBeNull();
    expect(yuanInput(123456)).toBe('1234.56');
    expect(yuanInput(5)).toBe('0.05');
    expect(yuanInput(null)).toBe('');
  });

  it('sends only the fields of the mode, and waiver texts only for waivable lines', () => {
    const input = inputOf(fixed({ unitPrice: '9', unitName: '本', cap: '20', waiverRules: '旧规定' }));
    expect(input).toMatchObject({ unitPriceFen: null, unitName: '', capFen: null, waiverRules: '' });
    expect(input).not.toHaveProperty('code');
    expect(inputOf(fixed({ code: ' F09 ', waivable: true, waiverRules: '免收' }))).toMatchObject({
      code: 'F09',
      waiverRules: '免收',
    });
  });

  it('finds the same problems the server refuses, field by field', () => {
    expect(problemsOf(fixed())).toEqual({});
    expect(problemsOf(fixed({ amount: '' })).amount).toBe('fc.err.moneyRequired');
    expect(problemsOf(fixed({ amount: '8.005' })).amount).toBe('fc.err.moneyFormat');
    expect(problemsOf(fixed({ amount: '-5' })).amount).toBe('fc.err.moneyFormat');
    expect(problemsOf(fixed({ amount: '0' })).amount).toBe('fc.err.moneyMin');
    expect(problemsOf(fixed({ amount: '100000000.01' })).amount).toBe('fc.err.moneyMax');
    expect(problemsOf(fixed({ basis: ' ' })).basis).toBe('fc.err.basis');
    expect(problemsOf(fixed({ name: '费' })).name).toBe('fc.err.name');
    expect(problemsOf(fixed({ receivingDepartmentId: '' })).receivingDepartmentId).toBe('fc.err.department');
    expect(problemsOf(perUnit({ unitName: '' })).unitName).toBe('fc.err.unitName');
    expect(problemsOf(perUnit({ cap: '10' })).cap).toBe('fc.err.capBelowUnit');
    expect(problemsOf(perUnit({ cap: '10.50' }))).toEqual({});
    expect(problemsOf(fixed({ code: 'F 1' })).code).toBe('fc.err.codeFormat');
  });

  it('finds duplicate codes, counting the default F01, F02… of lines without one', () => {
    const a = fixed();
    const b = fixed({ code: 'F01' });
    expect(problemsOf(a, [a, b]).code).toBe('fc.err.codeDuplicate');
    expect(problemsOf(b, [a, b]).code).toBe('fc.err.codeDuplicate');
    const c = fixed({ code: 'F02' });
    expect(problemsOf(c, [fixed(), c]).code).toBeUndefined();
  });

  it('refuses to build a request from an invalid standard', () => {
    expect(() => inputOf(fixed({ amount: 'abc' }))).toThrow(RangeError);
  });

  it('maps a server problem path to the form field', () => {
    expect(fieldOfServerPath('/lines/2/amountFen')).toEqual(['lines', 2, 'amount']);
    expect(fieldOfServerPath('/lines/0/basis')).toEqual(['lines', 0, 'basis']);
    expect(fieldOfServerPath('/lines/0')).toBeNull();
    expect(fieldOfServerPath('/baseVersion')).toBeNull();
  });
});
