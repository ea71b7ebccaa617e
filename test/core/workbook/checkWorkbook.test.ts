import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkWorkbook, readWorkbook, resolveOffice, sortSheets } from '../../../core/workbook';
import { sheetSummary, validateWorkbook } from '../../../core/ledger';
import { WorkCalendar } from '../../../core/calendar';
import { asCalendarDate } from '../../../core/dates';
import type { Finding } from '../../../core/findings';
import type { Grid } from '../../../core/grid';
import { defaultSettings } from '../../../core/settings/schema';
import { effectiveSettings } from '../../../core/settings/fromGrid';
import { APPLICATIONS_TODAY, applicationsGrid } from '../../fixtures/grids/applications';
import { catalogueGrid } from '../../fixtures/grids/catalogue';
import { appealsGrid } from '../../fixtures/grids/appeals';

const today = asCalendarDate(APPLICATIONS_TODAY);
const SETTINGS: Grid = {
  sheet: '设置',
  rows: [
    ['设置项', '值'],
    ['机关名称', '上海市普陀区某某局'],
    ['规则预设', 'shanghai'],
    ['收费通知暂停计时', '也许'],
  ],
  firstRow: 1,
  firstColumn: 1,
};
const ledgers = () => [applicationsGrid(), catalogueGrid(), appealsGrid()];
const finding = (sheet: string, code: Finding['code']): Finding => ({
  sheet,
  row: 3,
  column: 'C',
  field: null,
  severity: 'error',
  code,
  message: `${sheet} ${code}`,
});

/** The wiring checkWorkbook replaces, as `ogi check` wrote it: 设置 findings, then each sheet's reader and validation findings. */
function byHand(grids: Grid[], settingsGrid: Grid | undefined, readerFindings: Finding[]) {
  const { settings, findings } = effectiveSettings(undefined, settingsGrid);
  const outcomes = validateWorkbook(grids, {
    kind: 'auto',
    presetName: settings.preset,
    settings,
    today,
    calendar: WorkCalendar.standard(settings.calendar),
  });
  const sheets = outcomes.map((o) =>
    sheetSummary(
      o,
      readerFindings.filter((f) => f.sheet === o.sheet),
    ),
  );
  return { findings: [...findings, ...sheets.flatMap((s) => s.findings)], sheets };
}

describe('checkWorkbook: settings → preset → calendar → validate → reader findings', () => {
  it('finds exactly what the hand wiring of ogi check found, in the same order, with the 设置 sheet first', () => {
    const reader = [finding('依申请公开台账', 'cell.error'), finding('复议诉讼', 'cell.error'), finding('别的表', 'cell.error')];
    const checked = checkWorkbook(ledgers(), { settingsGrid: SETTINGS, today, readerFindings: reader });
    const expected = byHand(ledgers(), SETTINGS, reader);

    expect(checked.findings).toEqual(expected.findings);
    expect(checked.sheets.slice(1)).toEqual(expected.sheets);
    expect(checked.sheets[0]).toMatchObject({ sheet: '设置', kind: null, skipped: expect.stringContaining('设置工作表') });
    expect(checked.sheets[0].findings.map((f) => f.row)).toEqual([4]);
    expect(checked.sheets.map((s) => s.kind)).toEqual([null, 'applications', 'catalogue', 'appeals']);
    expect(checked.registers.map((r) => r.kind)).toEqual(['applications', 'catalogue', 'appeals']);
    // Reader findings lead their own sheet only; one about a sheet not checked is not listed.
    expect(checked.sheets[1].findings[0].code).toBe('cell.error');
    expect(checked.findings.some((f) => f.sheet === '别的表')).toBe(false);
    expect(checked.office.preset.name).toBe('shanghai');
    expect(checked.outcomes).toHaveLength(3);
  });

  it('given settings: no 设置 entry, the given preset; a named preset wins', () => {
    const settings = { ...defaultSettings(), preset: 'taopu' };
    const checked = checkWorkbook(ledgers(), { settings, settingsGrid: SETTINGS, today });
    expect(checked.sheets.map((s) => s.sheet)).toEqual(['依申请公开台账', '主动公开目录', '复议诉讼']);
    expect(checked.office.preset.name).toBe('taopu');
    expect(checkWorkbook(ledgers(), { settings, presetName: 'changning', today }).office.preset.name).toBe('changning');
  });

  it('an unknown preset is a finding on every ledger sheet, and the check goes on with the national rules', () => {
    const checked = checkWorkbook(ledgers(), { presetName: 'nowhere', today });
    expect(checked.sheets.map((s) => s.findings[0].code)).toEqual(Array(3).fill('settings.preset.unknown'));
    expect(checked.registers).toHaveLength(3);
  });

  it('checks as of the day it is given', () => {
    const workdaysLeft = (day: string) =>
      checkWorkbook([applicationsGrid()], { today: asCalendarDate(day) }).registers.flatMap((r) =>
        r.kind === 'applications' ? r.records.filter((a) => a.source.row === 9).map((a) => a.computed.workdaysLeft) : [],
      );
    // Row 9 (received 2025-11-03, due 2025-12-01, open): due today, then long overdue.
    expect(workdaysLeft('2025-12-01')).toEqual([0]);
    expect(workdaysLeft('2026-03-01')[0]).toBeLessThan(-40);
  });

  it('uses an office already resolved, for several files read with one office', () => {
    const office = resolveOffice({ settingsGrid: SETTINGS, today });
    const first = checkWorkbook([applicationsGrid()], { office, today });
    const second = checkWorkbook([catalogueGrid()], { office, today });
    expect(first.office).toBe(office);
    expect(second.office).toBe(office);
    expect([...first.registers, ...second.registers].map((r) => r.kind)).toEqual(['applications', 'catalogue']);
  });

  it('reads a real ledger workbook (the example 依申请公开 ledger, bytes in) into its registers, progress per sheet', () => {
    const file = path.join(__dirname, '../../../templates/examples/某街道依申请公开登记台账2025.xlsx');
    const read = readWorkbook(new Uint8Array(fs.readFileSync(file)), { fileName: path.basename(file) });
    if (!read.ok) throw new Error(read.message);
    const sorted = sortSheets(read.sheets, read.findings);
    const seen: string[] = [];
    const checked = checkWorkbook(sorted.grids, {
      settingsGrid: sorted.settingsSheet,
      today,
      readerFindings: sorted.findings,
      onSheet: (sheet, i, total) => seen.push(`${sheet} ${i + 1}/${total}`),
    });
    expect(seen).toEqual(sorted.grids.map((g, i) => `${g.sheet} ${i + 1}/${sorted.grids.length}`));
    expect(checked.registers.some((r) => r.kind === 'applications' && r.records.length > 10)).toBe(true);
    expect(checked.findings).toEqual(byHand(sorted.grids, sorted.settingsSheet, sorted.findings).findings);
  });
});
