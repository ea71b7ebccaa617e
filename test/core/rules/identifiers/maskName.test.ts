import { maskPersonName } from '../../../../core/rules/identifiers';

describe('maskPersonName', () => {
  it('keeps the surname and hides the given name', () => {
    expect(maskPersonName('张三')).toBe('张*');
    expect(maskPersonName('欧阳娜娜')).toBe('欧***');
  });
  it('drops spaces and hides a number typed into the name cell', () => {
    expect(maskPersonName(' 李 四 ')).toBe('李*');
    expect(maskPersonName('王五13800138000')).toBe('王************');
  });
  it('leaves nothing to hide in an empty or one-character name', () => {
    expect(maskPersonName('')).toBe('');
    expect(maskPersonName('王')).toBe('王');
  });
});
