import { estimateLines, textWidth, wrapLines } from '../../../reports/documents/textMeasure';

describe('wrapLines', () => {
  it('wraps CJK text by width, one em per character', () => {
    expect(wrapLines('一二三四五六七八九十', 50, 10)).toEqual(['一二三四', '五六七八', '九十']);
  });
  it('never starts a line with a closing mark nor ends one with an opening mark', () => {
    const lines = wrapLines('关于印发《实施方案》的通知，请遵照执行。', 60, 10);
    expect(lines.join('')).toBe('关于印发《实施方案》的通知，请遵照执行。');
    for (const l of lines) {
      expect('，。、）》'.includes(l[0])).toBe(false);
      expect('（《'.includes(l[l.length - 1])).toBe(false);
    }
  });
  it('keeps ASCII words together and breaks index numbers after a separator', () => {
    expect(wrapLines('MB2F1234X/2026-00012', 70, 9)).toEqual(['MB2F1234X/', '2026-00012']);
    expect(wrapLines('AAAAAAAAAAAAAAAAAAAA', 40, 10).join('')).toBe('AAAAAAAAAAAAAAAAAAAA');
  });
  it('no line is wider than the column', () => {
    const text = '普陀区安全生产领域专项整治三年行动实施方案（2026—2028年）WWWMMM 11310107MB2F1234X/2026-00001';
    for (const w of [30, 57, 100, 240])
      for (const l of wrapLines(text, w, 9)) expect(textWidth(l, 9)).toBeLessThanOrEqual(Math.max(w, 9 * 1.2 * 1.02));
  });
  it('keeps explicit line breaks and counts lines', () => {
    expect(wrapLines('甲\n乙', 100, 10)).toEqual(['甲', '乙']);
    expect(estimateLines('', 100, 10)).toBe(1);
  });
});
