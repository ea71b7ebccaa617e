import { TABLE3_COLUMNS, TABLE3_ROWS } from '../../../../core/register/types';
import { annualJson } from '../../../../reports/render/annual';
import { parseReportJson } from '../../../../reports/statistics/parseReport';
import { huaianModel, uniqueModel } from './fixtures';

describe('annual report JSON', () => {
  it('follows the contracts §4 layout and key order', () => {
    const model = huaianModel();
    const json = JSON.parse(annualJson(model)) as Record<string, unknown>;
    expect(Object.keys(json).slice(0, 6)).toEqual(['year', 'office', 'table2', 'table3', 'table4', 'checks']);
    const t3 = json.table3 as { columns: string[]; rows: Record<string, unknown[]> };
    expect(t3.columns).toEqual([...TABLE3_COLUMNS]);
    expect(Object.keys(t3.rows)).toEqual([...TABLE3_ROWS]);
    expect(t3.rows.new).toEqual([3001, 53, 0, 0, 61, 4, 3119]);
    expect((json.table2 as { penalty: number; enforcement: null }).enforcement).toBeNull();
    expect((json.table4 as Record<string, Record<string, number>>).review!.total).toBe(351);
  });

  it('reads back to the same tables', () => {
    const model = uniqueModel();
    const parsed = parseReportJson(JSON.parse(annualJson(model)));
    expect(parsed.ok && parsed.model.table3.rows).toEqual(model.table3.rows);
    expect(parsed.ok && parsed.model.table4).toEqual(model.table4);
    expect(parsed.ok && parsed.model.table2).toEqual(model.table2);
  });

  it('prints each table 三 row on one line', () => {
    const text = annualJson(uniqueModel());
    expect(text).toContain('"new": [1000, 1001, 1002, 1003, 1004, 1005, 1006]');
    expect(text.endsWith('\n')).toBe(true);
  });
});
