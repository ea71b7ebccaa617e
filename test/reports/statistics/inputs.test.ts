import { Grid } from '../../../core/grid';
import { inputsFromGrid, parseAnnualInputs } from '../../../reports/statistics/inputs';

const grid = (rows: Grid['rows']): Grid => ({ sheet: '年报补充', rows, firstRow: 1, firstColumn: 1 });

describe('inputsFromGrid (年报补充 sheet)', () => {
  it('reads label | value rows, full-width digits and text numbers included; blank stays unknown', () => {
    const { inputs, findings } = inputsFromGrid(
      grid([
        ['项目', '数量'],
        ['行政许可', 812],
        ['行政处罚 ', '３５'],
        ['行政强制', null],
        ['行政事业性收费（万元）', '12.35'],
        ['规章 现行有效件数', 9],
        ['行政规范性文件本年制发件数', 4],
      ]),
    );
    expect(findings).toEqual([]);
    expect(inputs).toEqual({
      licensing: 812,
      penalty: 35,
      enforcement: null,
      feesWanYuan: 12.35,
      rules: { inForce: 9 },
      normativeDocs: { issued: 4 },
    });
  });
  it('reports a value that is not a count, with its cell, and leaves it unknown', () => {
    const { inputs, findings } = inputsFromGrid(
      grid([
        ['行政许可', '约100'],
        ['行政处罚', 2.5],
        ['收费', -1],
      ]),
    );
    expect(findings.map((f) => [f.row, f.column, f.code])).toEqual([
      [1, 'B', 'report.inputs.invalid'],
      [2, 'B', 'report.inputs.invalid'],
      [3, 'B', 'report.inputs.invalid'],
    ]);
    expect(findings[0].message).toContain('不要填 0');
    expect(inputs).toEqual({});
  });
});

describe('parseAnnualInputs (--inputs JSON)', () => {
  it('accepts nulls and decimals for fees', () => {
    expect(parseAnnualInputs({ licensing: null, feesWanYuan: 0.5 })).toEqual({ ok: true, inputs: { licensing: null, feesWanYuan: 0.5 } });
  });
  it('names each bad field in Chinese', () => {
    const r = parseAnnualInputs({ licensing: 1.5, lastYearCarryOut: [1, 2] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/licensing：应为整数.*lastYearCarryOut：应为 7 个数/);
  });
});
