import { maskIdNumber, normalizeDocNo } from '../../../../core/rules/identifiers';

describe('maskIdNumber', () => {
  it('keeps the first and last four characters of an 18-digit number', () => {
    expect(maskIdNumber('310104198001010017')).toBe('3101**********0017');
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });
  it('masks a 15-digit legacy number the same way', () => {
    expect(maskIdNumber('110105491231002')).toBe('1101*******1002');
  });
  it('keeps less of short numbers such as passports', () => {
    expect(maskIdNumber('E12345678')).toBe('E1*****78');
    expect(maskIdNumber('H123')).toBe('H**3');
    expect(maskIdNumber('12')).toBe('**');
  });
  it('never shows the birth date part', () => {
    expect(maskIdNumber('310104198001010017')).not.toContain('19800101');
  });
});

describe('normalizeDocNo', () => {
  it.each([
    ['沪府办 [2025] 12 号', '沪府办〔2025〕12号'],
    ['普府【2024】3号', '普府〔2024〕3号'],
    ['长府办（2023）１５ 号', '长府办〔2023〕15号'],
    ['国办函(2020)109号', '国办函〔2020〕109号'],
    ['国办公开办函﹝2021﹞30号', '国办公开办函〔2021〕30号'],
    ['沪府规〔2020〕 6 号', '沪府规〔2020〕6号'],
    ['静府办发［2022］ 7号', '静府办发〔2022〕7号'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeDocNo(input)).toBe(expected);
  });
  it('leaves a 文号 without a bracketed year alone', () => {
    expect(normalizeDocNo('上海市人民政府令第32号')).toBe('上海市人民政府令第32号');
  });
  it('does not turn brackets around non-years into 〔〕', () => {
    expect(normalizeDocNo('普应急（综）3号')).toBe('普应急(综)3号');
  });
});
