import { checkCreditCode, creditCodeCheckChar } from '../../../../core/rules/identifiers';

describe('checkCreditCode — valid codes (GB 32100, ogi-reference §5.2)', () => {
  it.each(['91350100M000100Y43', '11100000000013127D'])('accepts %s without warnings', (code) => {
    expect(checkCreditCode(code)).toEqual({ ok: true, normalized: code });
  });
  it('accepts lower case, full-width characters and spaces', () => {
    expect(checkCreditCode(' 91350100m000100y43 ').normalized).toBe('91350100M000100Y43');
    expect(checkCreditCode('９１３５０１００Ｍ０００１００Ｙ４３').normalized).toBe('91350100M000100Y43');
  });
  it('computes the check character with weights 3^(i−1) mod 31', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('11100000000013127')).toBe('D');
  });
  it('only warns about an unusual department code', () => {
    const first17 = 'A1350100M000100Y4';
    const r = checkCreditCode(first17 + creditCodeCheckChar(first17));
    expect(r.ok).toBe(true);
    expect(r.warning).toMatch(/登记管理部门代码“A”不常见/);
  });
  it('only warns when positions 9–17 fail the organisation-code check', () => {
    const first17 = '91350100M000100Y5';
    const r = checkCreditCode(first17 + creditCodeCheckChar(first17));
    expect(r.ok).toBe(true);
    expect(r.warning).toMatch(/组织机构代码/);
  });
});

describe('checkCreditCode — invalid codes', () => {
  it.each([
    ['91350100M000100Y44', /校验码应为“3”，实际为“4”/],
    ['9135010OM000100Y43', /不允许的字符/],
    ['91350100M000I00Y43', /不允许的字符/],
    ['91350100M000100Y4', /应为18位，实际17位/],
    ['9135A100M000100Y43', /行政区划/],
    ['', /为空/],
  ])('refuses %j', (code, reason) => {
    const r = checkCreditCode(code);
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(reason);
  });
});
