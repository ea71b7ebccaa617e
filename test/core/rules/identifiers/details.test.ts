import { asCalendarDate } from '../../../../core/dates';
import {
  checkCreditCode,
  checkResidentId,
  creditCodeCheckChar,
  duplicateIndexNos,
  indexNoPattern,
  nextIndexNo,
  residentIdCheckChar,
  maskIdNumber,
} from '../../../../core/rules/identifiers';

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
  it('two warnings are joined with “；”', () => {
    const first17 = 'A1350100M000100Y5';
    expect(checkCreditCode(first17 + creditCodeCheckChar(first17)).warning).toBe(
      '登记管理部门代码“A”不常见，请核对；第9–17位不符合组织机构代码的校验规则，请核对',
    );
  });
  it('a 9 in the organisation code counts as 9 (letters as 10–35)', () => {
    expect(checkCreditCode('91350100MA9000011G')).toEqual({ ok: true, normalized: '91350100MA9000011G' });
  });
});

describe('checkResidentId: a birth year before 1800', () => {
  it('is refused with its own reason (checked before the check character)', () => {
    expect(checkResidentId('110105179912310015', { today: asCalendarDate('2026-11-26') })).toEqual({
      ok: false,
      reason: '出生日期 1799-12-31 早于1800年，请核对',
    });
  });
  it('a birth on 1800-01-01 is accepted', () => {
    const first17 = '11010518000101001';
    const id = first17 + residentIdCheckChar(first17);
    expect(checkResidentId(id, { today: asCalendarDate('2026-11-26') })).toEqual({ ok: true, normalized: id });
  });
});

describe('maskIdNumber', () => {
  it.each(['', '   '])('%j → empty', (value) => {
    expect(maskIdNumber(value)).toBe('');
  });
  it('drops blanks inside the number before masking', () => {
    expect(maskIdNumber('3101 0419 8001 0100 17')).toBe('3101**********0017');
  });
  it.each([
    ['123456789012', '1234****9012'], // 12 characters keep four at each end
    ['12345678901', '12*******01'],
    ['123456', '12**56'], // 6 keep two
    ['12345', '1***5'],
    ['123', '1*3'], // 3 keep one
  ])('%s → %s', (value, masked) => {
    expect(maskIdNumber(value)).toBe(masked);
  });
});

describe('indexNoPattern takes the office code and the template literally', () => {
  it('a dot in the code or brackets in the template match only themselves', () => {
    const pattern = () => indexNoPattern('({机构代码})[{yyyy}]-{seq}', 'A.B');
    expect(pattern().test('(A.B)[2025]-7')).toBe(true);
    expect(pattern().test('(AXB)[2025]-7')).toBe(false);
    expect(pattern().test('A.B2025-7')).toBe(false);
  });
});

describe('duplicateIndexNos ignores missing and blank entries, however many', () => {
  it('two undefined, two empty and two blank entries are no duplicates', () => {
    expect(duplicateIndexNos([undefined, undefined, '', '', '  ', '  '])).toEqual([]);
  });
});

describe('nextIndexNo', () => {
  it('reads a number written with lower-case letters and spaces around it as written', () => {
    expect(nextIndexNo('{机构代码}-{yyyy}-{seq}', { code: 'ab', year: 2025 }, [' ab-2025-7 '])).toBe('ab-2025-8');
  });
  it('a template without a year continues after the highest serial', () => {
    expect(nextIndexNo('{机构代码}-{seq:04}', { code: 'A1', year: 2025 }, ['A1-0005', 'A1-0003'])).toBe('A1-0006');
  });
});

describe('indexNoPattern with {mm} and an unpadded {seq}', () => {
  const pattern = () => indexNoPattern('{机构代码}/{yyyy}{mm}-{seq}', '11341702486344515H');
  it('reads the year, month and serial', () => {
    expect(pattern().exec('11341702486344515H/202110-153')?.groups).toMatchObject({ year: '2021', month: '10', seq: '153' });
  });
  it('needs two digits of month and at least one of serial', () => {
    expect(pattern().test('11341702486344515H/2021-153')).toBe(false);
    expect(pattern().test('11341702486344515H/202110-')).toBe(false);
  });
});
