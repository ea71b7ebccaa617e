import { asCalendarDate } from '../../../core/dates';
import { validateLedger } from '../../../core/ledger';
import { CatalogueRecord } from '../../../core/register/types';
import { CATALOGUE_CLEAN_ROWS, CATALOGUE_TODAY, catalogueGrid } from '../../fixtures/grids/catalogue';

const today = asCalendarDate(CATALOGUE_TODAY);

describe('a messy 主动公开目录', () => {
  const outcome = validateLedger(catalogueGrid(), { today });
  const register = outcome.register!;
  const records = register.records as CatalogueRecord[];
  const byRow = (row: number): CatalogueRecord => records.find((r) => r.source.row === row)!;

  it('maps headers with notes, line breaks and a leading *', () => {
    expect(register.kind).toBe('catalogue');
    expect(register.headerRow).toBe(2);
    expect(register.mapping).toEqual({
      indexNo: 'B',
      title: 'C',
      docNo: 'D',
      formedDate: 'E',
      attribute: 'F',
      withheldReason: 'G',
      publishedDate: 'H',
      department: 'I',
    });
    expect(register.dataRows).toBe(10);
    expect(register.blankRows).toBe(1);
    expect(records).toHaveLength(10);
  });

  it('normalises 免予公开 / 免于公开 to 不予公开 with an info finding and the original kept', () => {
    expect(byRow(4)).toMatchObject({ attribute: '不予公开', original: { attribute: '免予公开', formedDate: '2025年3月5日' } });
    expect(byRow(5)).toMatchObject({ attribute: '不予公开', original: { attribute: '免于公开' } });
    const legacy = outcome.findings.filter((f) => f.code === 'attribute.legacy');
    expect(legacy.map((f) => [f.row, f.column, f.severity])).toEqual([
      [4, 'F', 'info'],
      [5, 'F', 'info'],
    ]);
  });

  it('accepts a 不予公开 reason that names a ground or a law, and refuses one that names neither (an error)', () => {
    const grid = {
      sheet: '目录',
      firstRow: 1,
      firstColumn: 1,
      rows: [
        ['信息名称', '生成日期', '公开属性', '不予公开理由'],
        ['甲', '2025-03-03', '不予公开', '涉及个人隐私'],
        ['乙', '2025-03-03', '不予公开', '依据《中华人民共和国档案法》第十九条'],
        ['丙', '2025-03-03', '不予公开', '领导要求'],
      ],
    };
    const out = validateLedger(grid, { today });
    expect(out.findings.map((f) => [f.row, f.field, f.severity, f.code])).toEqual([
      [4, 'withheldReason', 'error', 'attribute.withheld.unlawful'],
    ]);
    expect(out.findings[0].message).toContain('“领导要求”');
  });

  it('puts 文号 and 索引号 into their standard form and keeps what was typed', () => {
    expect(byRow(6)).toMatchObject({
      docNo: '普应急〔2025〕3号',
      indexNo: 'MB2F300040/2025-00004',
      original: { docNo: '普应急 [2025] 3 号', indexNo: 'mb2f300040/2025-00004' },
    });
    expect(byRow(3).original).toEqual({});
  });

  it('reports each planted problem by row, field and severity', () => {
    const got = outcome.findings
      .filter((f) => f.severity !== 'info')
      .map(({ row, field, column, severity, code }) => ({ row, field, column, severity, code }));
    const expected = [
      { row: 5, field: 'withheldReason', column: 'G', severity: 'error', code: 'attribute.withheld.noReason' },
      { row: 6, field: 'publishedDate', column: 'H', severity: 'error', code: 'deadline.publication.late' },
      { row: 7, field: 'publishedDate', column: 'H', severity: 'error', code: 'deadline.publication.overdue' },
      { row: 9, field: 'indexNo', column: 'B', severity: 'error', code: 'id.duplicate' },
      { row: 10, field: 'publishedDate', column: 'H', severity: 'error', code: 'date.order' },
      { row: 11, field: 'title', column: 'C', severity: 'error', code: 'field.required' },
      { row: 12, field: 'attribute', column: 'F', severity: 'error', code: 'enum.invalid' },
    ];
    expect(got).toEqual(expect.arrayContaining(expected));
    expect(got).toHaveLength(expected.length);
  });

  it('gives clean rows no error or warning', () => {
    for (const row of CATALOGUE_CLEAN_ROWS) {
      expect(outcome.findings.filter((f) => f.row === row && f.severity !== 'info')).toEqual([]);
    }
  });

  it('computes the publication deadline across the Spring Festival and explains it', () => {
    expect(byRow(6).computed.publicationDue).toBe('2025-02-06');
    const late = outcome.findings.find((f) => f.code === 'deadline.publication.late')!;
    expect(late.message).toContain('公开日期 2025-03-20 晚于主动公开期限 2025-02-06（生成 2025-01-02，次日起第20个工作日');
    expect(byRow(3).computed.publicationDue).toBe('2025-03-31');
  });

  it('checks the delivery to the archives under a preset that sets it (changning: 20 working days)', () => {
    const shanghai = validateLedger(catalogueGrid(), { today, presetName: 'changning' });
    const recs = shanghai.register!.records as CatalogueRecord[];
    expect(recs.find((r) => r.source.row === 3)!.computed.transferDue).toBe('2025-03-31');
  });
});
