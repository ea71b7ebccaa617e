import { paint, wantsColour } from '../../cli/colour';

describe('colour on the terminal', () => {
  it('only when stdout is a terminal and NO_COLOR is not set', () => {
    expect(wantsColour(true, {})).toBe(true);
    expect(wantsColour(false, {})).toBe(false);
    expect(wantsColour(undefined, {})).toBe(false);
    expect(wantsColour(true, { NO_COLOR: '1' })).toBe(false);
    // no-color.org: an empty NO_COLOR does not count as set.
    expect(wantsColour(true, { NO_COLOR: '' })).toBe(true);
  });
  it('errors red, warnings yellow, hints cyan; nothing added when off', () => {
    const on = paint(true);
    expect(on.severity('error', '错误')).toBe('\x1b[31m错误\x1b[0m');
    expect(on.severity('warning', '警告')).toBe('\x1b[33m警告\x1b[0m');
    expect(on.severity('info', '提示')).toBe('\x1b[36m提示\x1b[0m');
    const off = paint(false);
    expect([off.severity('error', '错误'), off.bold('a'), off.dim('b')]).toEqual(['错误', 'a', 'b']);
  });
});
