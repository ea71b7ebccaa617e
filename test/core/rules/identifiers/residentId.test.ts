import { asCalendarDate } from '../../../../core/dates';
import { checkResidentId, convertResidentId15To18, residentIdCheckChar } from '../../../../core/rules/identifiers';

const today = asCalendarDate('2026-11-26');
const check = (s: string) => checkResidentId(s, { today });

describe('checkResidentId — valid numbers (ogi-reference §5.1)', () => {
  it.each([
    ['11010519491231002X', '11010519491231002X'],
    ['440524188001010014', '440524188001010014'],
    ['310104198001010017', '310104198001010017'],
  ])('accepts %s', (input, normalized) => {
    expect(check(input)).toEqual({ ok: true, normalized });
  });
  it('accepts a lower-case x and stores it upper-case', () => {
    expect(check('11010519491231002x')).toEqual({ ok: true, normalized: '11010519491231002X' });
  });
  it('accepts full-width digits and spaces as typed into old ledgers', () => {
    expect(check(' ３１０１０４ 19800101 0017 ').normalized).toBe('310104198001010017');
  });
  it('converts a 15-digit legacy number to 18 digits', () => {
    expect(check('310104800101001')).toEqual({ ok: true, normalized: '310104198001010017' });
    expect(convertResidentId15To18('110105491231002')).toBe('11010519491231002X');
  });
  it('computes the check character with weights 7 9 10 5 8 4 2 1 6 3 …', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
  });
});

describe('checkResidentId — invalid numbers, each with a Chinese reason', () => {
  it.each([
    ['110105194912310021', /校验码应为“X”，实际为“1”/],
    ['11010519491231002Y', /只能由数字组成/],
    ['1101051949123100', /应为18位.*实际16位/],
    ['990105194912310021', /“99”不是有效的省级行政区划代码/],
    ['110105194902300021', /“19490230”不是有效日期/],
    ['310104202712010011', /晚于今天/],
    ['310104800230001', /“19800230”不是有效日期/],
    ['', /为空/],
  ])('refuses %j', (input, reason) => {
    const r = check(input);
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(reason);
  });
  it('refuses a birth date of tomorrow but accepts one of today', () => {
    const first17 = '31010420261127001';
    expect(check(first17 + residentIdCheckChar(first17)).ok).toBe(false);
    const born = '31010420261126001';
    expect(check(born + residentIdCheckChar(born)).ok).toBe(true);
  });
});
