import { isHeldApart, isOurSheet, OUR_SHEET_NAMES, sheetRole, sortSheets } from '../../../core/workbook';
import { validateLedger } from '../../../core/ledger';
import { asCalendarDate } from '../../../core/dates';
import type { Grid } from '../../../core/grid';
import { applicationsGrid } from '../../fixtures/grids/applications';

const sheet = (name: string): Grid => ({ sheet: name, rows: [['收到日期'], ['2025-01-02']], firstRow: 1, firstColumn: 1 });

describe('sheetRole: the one list of our sheets', () => {
  it('knows our sheets by exact name (trimmed), 年报补充 before the 年报 prefix', () => {
    expect(['设置', ' 设置 ', '年报补充', '节假日调整', '代码表', '检查结果', '标注记录'].map((n) => sheetRole(n))).toEqual([
      'settings',
      'settings',
      'annualInputs',
      'holidays',
      'codes',
      'findings',
      'marks',
    ]);
    expect(OUR_SHEET_NAMES.settings).toBe('设置');
  });

  it('takes the hosts’ output sheets by prefix and everything else as a ledger candidate', () => {
    expect(['登记_依申请公开', '年报2025', '月报2025-06', '移交表_档案室', '告知书_2025001'].map((n) => sheetRole(n))).toEqual(
      Array(5).fill('output'),
    );
    expect(['2025年台账', '填表说明', '依申请公开', '设置备份'].map((n) => sheetRole(n))).toEqual(Array(4).fill('ledger'));
  });

  it('holds apart only the sheets known by name; lists every sheet of ours', () => {
    expect(['设置', '代码表', '检查结果', '年报补充', '节假日调整', '标注记录'].every((n) => isHeldApart(n))).toBe(true);
    expect(isHeldApart('登记_依申请公开')).toBe(false);
    expect(isHeldApart('2025年台账')).toBe(false);
    expect(isOurSheet('登记_依申请公开')).toBe(true);
    expect(isOurSheet('检查结果')).toBe(true);
    expect(isOurSheet('2025年台账')).toBe(false);
  });

  it('sorts a workbook by those roles: 设置 and the held-apart sheets out, output sheets still read as ledgers', () => {
    const names = ['2025年台账', '设置', '年报补充', '代码表', '登记_依申请公开', '检查结果', '设置'];
    const sorted = sortSheets(
      names.map((name) => ({ name, grid: sheet(name), state: 'visible' })),
      [],
    );
    expect(sorted.settingsSheet?.sheet).toBe('设置');
    expect(Object.keys(sorted.extraSheets).sort()).toEqual(['代码表', '年报补充', '检查结果'].sort());
    // A second 设置 is not the settings: it is read as a ledger, as before.
    expect(sorted.grids.map((g) => g.sheet)).toEqual(['2025年台账', '登记_依申请公开', '设置']);
  });

  it('lets the validator skip every held-apart sheet when the kind is auto, and read it when asked', () => {
    const today = asCalendarDate('2025-12-01');
    const ledgerNamed = (name: string): Grid => ({ ...applicationsGrid(), sheet: name });
    for (const name of ['设置', '代码表', '检查结果', '年报补充', '节假日调整']) {
      expect(validateLedger(ledgerNamed(name), { today }).skipped).toMatch(/不是台账/);
    }
    expect(validateLedger(ledgerNamed('登记_依申请公开'), { today }).register?.kind).toBe('applications');
    expect(validateLedger(ledgerNamed('检查结果'), { today, kind: 'applications' }).register?.kind).toBe('applications');
  });
});
