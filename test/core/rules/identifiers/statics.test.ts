import { checkCreditCode, creditCodeCheckChar, maskFreeText, normalizeDocNo } from '../../../../core/rules/identifiers';

// The module-level tables and patterns (Stryker's static mutants): known department codes, the 文号 year in
// brackets, a credit code followed by punctuation, mobile numbers with 86 / +86 written in each way.
describe('checkCreditCode: the usual department codes', () => {
  it.each(['1', '5', '9', 'Y'])('%s needs no warning', (department) => {
    const first17 = `${department}1350100MA9000011`;
    const code = first17 + creditCodeCheckChar(first17);
    expect(checkCreditCode(code)).toEqual({ ok: true, normalized: code });
  });
});

describe('normalizeDocNo: only a bracketed four-digit year becomes 〔〕', () => {
  it('blanks inside the brackets are allowed', () => {
    expect(normalizeDocNo('沪府办 [ 2025 ] 12 号')).toBe('沪府办〔2025〕12号');
  });
  it.each(['某府(第2025)3号', '某府(2025年)3号'])('other text inside the brackets is left alone: %s', (docNo) => {
    expect(normalizeDocNo(docNo)).toBe(docNo);
  });
});

describe('maskFreeText', () => {
  it('masks a credit code followed by punctuation', () => {
    expect(maskFreeText('代码91310000MA1FL4XX3X，电话')).toBe('代码9131**********XX3X，电话');
  });
  it.each([
    ['手机8613912345678', '手机139****5678'],
    ['手机+8613912345678', '手机139****5678'],
    ['手机+86 13912345678', '手机139****5678'],
  ])('%s → %s', (text, masked) => {
    expect(maskFreeText(text)).toBe(masked);
  });
});

describe('maskFreeText: numbers without six digits in a row', () => {
  it.each([
    ['手机 138 0013 8000', '手机 138****8000'],
    ['手机 138-0013-8000', '手机 138****8000'],
    ['座机021 62345678', '座机021****5678'],
    ['座机021-62345678。', '座机021****5678。'],
  ])('%s → %s', (text, masked) => {
    expect(maskFreeText(text)).toBe(masked);
  });
});
