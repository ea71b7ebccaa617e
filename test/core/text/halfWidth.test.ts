import { toHalfWidth } from '../../../core/text/halfWidth';

describe('toHalfWidth', () => {
  it('turns full-width ASCII forms and the ideographic space into their half-width forms', () => {
    expect(toHalfWidth('２０２５／０３／０５　ＡＢｃ．')).toBe('2025/03/05 ABc.');
  });
  it('maps both ends of the full-width block, and nothing outside it', () => {
    expect(toHalfWidth('！～')).toBe('!~'); // U+FF01 and U+FF5E
    expect(toHalfWidth('\uff00\uff5f')).toBe('\uff00\uff5f');
  });
  it('leaves CJK punctuation of 文号 as written', () => {
    expect(toHalfWidth('沪府〔２０２５〕１２号、。')).toBe('沪府〔2025〕12号、。');
  });
});
