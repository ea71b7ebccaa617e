import { cellFix, halfWidthDigits, registerFixes } from '../../../core/ledger/fixes';
import { validateLedger } from '../../../core/ledger';
import { WorkCalendar } from '../../../core/calendar';
import { asCalendarDate } from '../../../core/dates';
import { applicationsGrid, APPLICATIONS_TODAY } from '../../fixtures/grids/applications';
import { catalogueGrid } from '../../fixtures/grids/catalogue';

const options = { today: asCalendarDate(APPLICATIONS_TODAY), calendar: WorkCalendar.standard() };

describe('mechanical fixes of a cell', () => {
  it('gives a legacy 公开属性 the term the checks read it as (the one attribute.legacy names)', () => {
    expect(cellFix('catalogue', 'attribute', '免予公开')).toEqual({ kind: 'attribute.legacy', from: '免予公开', value: '不予公开' });
    expect(cellFix('catalogue', 'attribute', ' 免于公开 ')).toMatchObject({ value: '不予公开', from: '免于公开' });
    // The current words and synonyms that are not legacy are left alone.
    expect(cellFix('catalogue', 'attribute', '不予公开')).toBeNull();
    expect(cellFix('catalogue', 'attribute', '主动公开')).toBeNull();
  });

  it('writes a date typed as text in the normal YYYY-MM-DD form, through the one parser', () => {
    expect(cellFix('applications', 'receivedDate', '2025年10月9日')).toEqual({
      kind: 'date.text',
      from: '2025年10月9日',
      value: '2025-10-09',
    });
    expect(cellFix('applications', 'receivedDate', '2025/9/1')?.value).toBe('2025-09-01');
    expect(cellFix('applications', 'replyDate', '2025.10.20')?.value).toBe('2025-10-20');
    expect(cellFix('applications', 'receivedDate', '２０２５－１０－２０')?.value).toBe('2025-10-20');
    // Already normal, unreadable, or not text: nothing to offer.
    expect(cellFix('applications', 'receivedDate', '2025-10-09')).toBeNull();
    expect(cellFix('applications', 'receivedDate', '2025-02-30')).toBeNull();
    expect(cellFix('applications', 'receivedDate', 45964)).toBeNull();
    expect(cellFix('applications', 'receivedDate', new Date(Date.UTC(2025, 9, 9)))).toBeNull();
  });

  it('turns full-width digits half-width and leaves Chinese punctuation as it is', () => {
    expect(cellFix('applications', 'appNo', '２０２５００３')).toEqual({
      kind: 'digits.fullWidth',
      from: '２０２５００３',
      value: '2025003',
    });
    expect(halfWidthDigits('普应急〔２０２５〕３号（附件）')).toBe('普应急〔2025〕3号（附件）');
    expect(cellFix('applications', 'appNo', '2025003')).toBeNull();
    expect(cellFix('applications', 'content', '')).toBeNull();
  });
});

describe('registerFixes', () => {
  it('lists each fixable cell of the applications fixture at its address, and none of the clean ones', () => {
    const grid = applicationsGrid();
    const reg = validateLedger(grid, options).register!;
    const fixes = registerFixes(reg, grid).map((f) => [`${f.column}${f.row}`, f.kind, f.value]);
    expect(fixes).toEqual([
      ['B8', 'digits.fullWidth', '2025003'],
      ['C8', 'date.text', '2025-10-09'],
      ['M8', 'date.text', '2025-10-20'],
      ['C10', 'date.text', '2025-09-15'],
      ['C11', 'date.text', '2025-09-01'],
      ['C23', 'date.text', '2025-10-20'],
    ]);
  });

  it('answers each attribute.legacy finding of the catalogue with a fix at the same cell', () => {
    const grid = catalogueGrid();
    const outcome = validateLedger(grid, options);
    const fixes = registerFixes(outcome.register!, grid).filter((f) => f.kind === 'attribute.legacy');
    const legacy = outcome.findings.filter((f) => f.code === 'attribute.legacy');
    expect(legacy.length).toBeGreaterThan(0);
    expect(fixes.map((f) => `${f.column}${f.row}`)).toEqual(legacy.map((f) => `${f.column}${f.row}`));
    expect(fixes.every((f) => f.value === '不予公开')).toBe(true);
  });
});
