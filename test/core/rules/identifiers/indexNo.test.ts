import {
  DEFAULT_INDEX_NO_TEMPLATE,
  duplicateIndexNos,
  formatIndexNo,
  indexNoPattern,
  nextIndexNo,
} from '../../../../core/rules/identifiers';

const code = '11310107002425011X';

describe('formatIndexNo', () => {
  it('fills the default template {机构代码}/{yyyy}-{seq:05}', () => {
    expect(formatIndexNo(DEFAULT_INDEX_NO_TEMPLATE, { code, year: 2025, seq: 13 })).toBe('11310107002425011X/2025-00013');
  });
  it('fills a year-month template like 宁国市 (yyyymm-serial)', () => {
    expect(formatIndexNo('{机构代码}/{yyyy}{mm}-{seq:05}', { code: '11341702486344515H', year: 2021, month: 10, seq: 13 })).toBe(
      '11341702486344515H/202110-00013',
    );
  });
  it('writes an unpadded serial for {seq}', () => {
    expect(formatIndexNo('{机构代码}-{yyyy}-{seq}', { code: '01527918X', year: 2020, seq: 153077 })).toBe('01527918X-2020-153077');
  });
});

describe('indexNoPattern', () => {
  // Built in beforeAll, not while the tests are collected, so that a throwing pattern fails these tests.
  let pattern: RegExp;
  beforeAll(() => {
    pattern = indexNoPattern(DEFAULT_INDEX_NO_TEMPLATE, code);
  });
  it('matches numbers of this office and template', () => {
    expect(pattern.exec('11310107002425011X/2025-00013')?.groups).toMatchObject({ year: '2025', seq: '00013' });
  });
  it('refuses another office, a short serial or another layout', () => {
    expect(pattern.test('11310107002425012X/2025-00013')).toBe(false);
    expect(pattern.test('11310107002425011X/2025-13')).toBe(false);
    expect(pattern.test('11310107002425011X-2025-00013')).toBe(false);
  });
  it('refuses a template without a serial', () => {
    expect(() => indexNoPattern('{机构代码}/{yyyy}', code)).toThrow(/没有序号占位符/);
  });
});

describe('duplicateIndexNos', () => {
  it('finds numbers used twice, ignoring full-width forms and spaces', () => {
    const dups = duplicateIndexNos(['A/2025-00001', 'A/2025-00002', ' Ａ/2025-00001', undefined, '', 'A/2025-00003']);
    expect(dups).toEqual([{ indexNo: 'A/2025-00001', positions: [0, 2], message: '索引号“A/2025-00001”出现2次，应唯一' }]);
  });
  it('finds nothing in a clean list', () => {
    expect(duplicateIndexNos(['A/2025-00001', 'A/2025-00002'])).toEqual([]);
  });
});

describe('nextIndexNo', () => {
  it('continues after the highest serial of the same year', () => {
    const existing = [`${code}/2025-00007`, `${code}/2025-00012`, `${code}/2024-00090`, 'OTHER/2025-00500'];
    expect(nextIndexNo(DEFAULT_INDEX_NO_TEMPLATE, { code, year: 2025 }, existing)).toBe(`${code}/2025-00013`);
  });
  it('starts a new year at 00001', () => {
    expect(nextIndexNo(DEFAULT_INDEX_NO_TEMPLATE, { code, year: 2026 }, [`${code}/2025-00012`])).toBe(`${code}/2026-00001`);
  });
});
