/**
 * A person's name for printed lists and the 工作台: the first character (usually the surname) kept,
 * every other character as `*` (so a number typed into the name cell is hidden too).
 * @example maskPersonName('张三') //=> '张*'
 * @example maskPersonName('欧阳娜娜') //=> '欧***'
 */
export function maskPersonName(name: string): string {
  const chars = [...name.replace(/\s+/g, '')];
  if (chars.length <= 1) return chars.join('');
  return chars[0] + '*'.repeat(chars.length - 1);
}
