import { foreignCell, foreignText } from '../../core/foreignValue';

describe('foreignCell', () => {
  it('keeps text, numbers, booleans and dates, and reads blanks as empty', () => {
    const date = new Date(Date.UTC(2025, 2, 1));
    expect([foreignCell('甲'), foreignCell(3.5), foreignCell(false), foreignCell(date)]).toEqual(['甲', 3.5, false, date]);
    expect([foreignCell(''), foreignCell(null), foreignCell(undefined)]).toEqual([null, null, null]);
  });

  it('gives an entity value as its JSON text, never [object Object]', () => {
    expect(foreignCell({ type: 'Entity', text: '某局' })).toBe('{"type":"Entity","text":"某局"}');
    expect(foreignCell([1, 2])).toBe('[1,2]');
  });
});

describe('foreignText', () => {
  it('writes numbers, booleans and bigints as JavaScript does', () => {
    expect([foreignText(2042), foreignText(true), foreignText(BigInt(12))]).toEqual(['2042', 'true', '12']);
  });

  it('is empty for nothing, a function or a symbol', () => {
    expect([foreignText(null), foreignText(undefined), foreignText(() => 1), foreignText(Symbol('s'))]).toEqual(['', '', '', '']);
  });

  it('is empty for an object JSON cannot write, instead of throwing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(foreignText(cyclic)).toBe('');
    expect(foreignText({ n: BigInt(1) })).toBe('');
  });
});
