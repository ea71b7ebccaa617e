import { fluentSupported, fluentTag } from '../../pane/fluent';
import { display, headerTexts } from '../../pane/views/caseSheet';

describe('pane/fluent', () => {
  it('is not loaded where there is no DOM (the unit tests keep native elements)', () => {
    expect(fluentSupported()).toBe(false);
  });

  it('turns .ogi-btn buttons into fluent-button, primary ones with the primary appearance, disabled ones aria-disabled', () => {
    const click = () => undefined;
    expect(fluentTag('button', { id: 'ogi-run-check', class: 'ogi-btn ogi-btn-primary', disabled: true, onclick: click })).toEqual({
      tag: 'fluent-button',
      attrs: {
        id: 'ogi-run-check',
        class: 'ogi-btn ogi-btn-primary',
        disabled: true,
        onclick: click,
        appearance: 'primary',
        'aria-disabled': 'true',
      },
    });
    expect(fluentTag('button', { class: 'ogi-btn' })?.attrs).toMatchObject({ appearance: undefined, 'aria-disabled': undefined });
  });

  it('leaves link-like buttons and other tags native, and makes progress a fluent-progress-bar', () => {
    expect(fluentTag('button', { class: 'ogi-finding' })).toBeUndefined();
    expect(fluentTag('select', { class: 'ogi-btn' })).toBeUndefined();
    expect(fluentTag('progress', { max: 10, value: 3 })).toEqual({ tag: 'fluent-progress-bar', attrs: { max: 10, value: 3 } });
  });
});

describe('case sheet cells', () => {
  it('shows dates as dates, a serial under a date format as its date, errors as Excel writes them', () => {
    expect(display(new Date(Date.UTC(2025, 2, 3)), {})).toBe('2025-03-03');
    expect(display(45719, {}, 'yyyy"年"m"月"d"日"')).toBe('2025-03-03');
    expect(display(45719, {}, '0.00')).toBe('45719');
    expect(display({ error: '#N/A' }, {})).toBe('#N/A');
    expect(display(null, {})).toBe('');
  });
});

describe('case sheet headers', () => {
  it('reads a two-level header with merged cells, leaving out a title merged across the sheet', () => {
    const grid = {
      sheet: '2025年',
      firstRow: 1,
      firstColumn: 1,
      rows: [
        ['某街道依申请公开登记台账', null, null, null],
        ['申请编号', '申请人', null, '答复日期'],
        [null, '姓名/名称', '证件号码', null],
        ['2025-001', '张三', '310', null],
      ],
      merges: ['A1:D1', 'A2:A3', 'B2:C2', 'D2:D3'],
    };
    expect(headerTexts(grid, 3)).toEqual(['申请编号', '申请人 › 姓名/名称', '申请人 › 证件号码', '答复日期']);
  });
});
