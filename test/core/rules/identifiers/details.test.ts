import { asCalendarDate } from '../../../../core/dates';
import { checkCreditCode, checkResidentId, creditCodeCheckChar, indexNoPattern, maskIdNumber } from '../../../../core/rules/identifiers';

// The rare branches of the identifier checks: check characters 0 and X, a birth year before 1800, blank input, {mm} and {seq}.
describe('checkCreditCode: the rare check characters', () => {
  it('a code whose check character is 0 (31 − sum mod 31 = 31)', () => {
    expect(creditCodeCheckChar('91350100100000227')).toBe('0');
    expect(checkCreditCode('913501001000002270')).toEqual({ ok: true, normalized: '913501001000002270' });
  });
  it('organisation codes whose own check is X or 0 pass without a warning', () => {
    expect(checkCreditCode('9135010010000018XL')).toEqual({ ok: true, normalized: '9135010010000018XL' });
    expect(checkCreditCode('913501001000000401')).toEqual({ ok: true, normalized: '913501001000000401' });
  });
});

describe('checkResidentId: a birth year before 1800', () => {
  it('is refused with its own reason (checked before the check character)', () => {
    expect(checkResidentId('110105179912310015', { today: asCalendarDate('2026-11-26') })).toEqual({
      ok: false,
      reason: '出生日期 1799-12-31 早于1800年，请核对',
    });
  });
});

describe('maskIdNumber of nothing', () => {
  it.each(['', '   '])('%j → empty', (value) => {
    expect(maskIdNumber(value)).toBe('');
  });
});

describe('indexNoPattern with {mm} and an unpadded {seq}', () => {
  const pattern = indexNoPattern('{机构代码}/{yyyy}{mm}-{seq}', '11341702486344515H');
  it('reads the year, month and serial', () => {
    expect(pattern.exec('11341702486344515H/202110-153')?.groups).toMatchObject({ year: '2021', month: '10', seq: '153' });
  });
  it('needs two digits of month and at least one of serial', () => {
    expect(pattern.test('11341702486344515H/2021-153')).toBe(false);
    expect(pattern.test('11341702486344515H/202110-')).toBe(false);
  });
});
