import { asCalendarDate } from '../../../core/dates';
import { validateWorkbook } from '../../../core/ledger';
import { applicationsGrid } from '../../fixtures/grids/applications';
import { appealsGrid } from '../../fixtures/grids/appeals';
import { catalogueGrid } from '../../fixtures/grids/catalogue';

describe('validateWorkbook', () => {
  it('reads each sheet as its own kind and skips the 设置 and notes sheets with reasons', () => {
    const outcomes = validateWorkbook(
      [
        applicationsGrid(),
        catalogueGrid(),
        appealsGrid(),
        {
          sheet: '设置',
          rows: [
            ['设置项', '值'],
            ['规则预设', 'national'],
          ],
          firstRow: 1,
          firstColumn: 1,
        },
        { sheet: '填表说明', rows: [['1. 日期请写成 2025-01-02'], ['2. 申请人类型按年报口径填写']], firstRow: 1, firstColumn: 1 },
      ],
      { today: asCalendarDate('2025-12-01') },
    );
    expect(outcomes.map((o) => [o.sheet, o.register?.kind ?? null, o.skipped === undefined])).toEqual([
      ['依申请公开台账', 'applications', true],
      ['主动公开目录', 'catalogue', true],
      ['复议诉讼', 'appeals', true],
      ['设置', null, false],
      ['填表说明', null, false],
    ]);
    for (const o of outcomes) {
      for (const f of o.findings) expect(f.sheet).toBe(o.sheet);
      if (o.register) expect(o.register.findings).toBe(o.findings);
    }
  });

  it('reports an unknown preset on every sheet it checks', () => {
    const outcomes = validateWorkbook([catalogueGrid(), appealsGrid()], { today: asCalendarDate('2025-12-01'), presetName: 'nowhere' });
    expect(outcomes.map((o) => o.findings[0].code)).toEqual(['settings.preset.unknown', 'settings.preset.unknown']);
    expect(outcomes[0].findings[0].message).toMatch(/nowhere/);
  });
});
