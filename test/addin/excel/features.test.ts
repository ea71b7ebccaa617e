import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectExcelFeatures, features, REQUIREMENTS } from '../../../addin/excel/features';
import { ExcelHost } from '../../../addin/excel/excelHost';
import type { ExcelApi } from '../../../addin/excel/api';
import { FakeWorkbook } from '../fakeExcel';
import { addGridSheet } from '../gridSheet';
import { applicationsGrid } from '../../fixtures/grids/applications';
import { validateLedger } from '../../../core/ledger';
import { asCalendarDate } from '../../../core/dates';
import { APPLICATIONS_TODAY } from '../../fixtures/grids/applications';

/** The fake's api with every requirement-set question counted. */
function countedApi(wb: FakeWorkbook): { api: ExcelApi; asked: string[] } {
  const asked: string[] = [];
  const api = wb.api();
  return { api: { ...api, supports: (v) => (asked.push(v), api.supports(v)) }, asked };
}

describe('Excel features', () => {
  it('has everything on a current Excel: notes, conditional formats, dropdowns, events', () => {
    const has = features(new FakeWorkbook().api());
    expect(has).toMatchObject({ notes: true, comments: true, conditionalFormats: true, dataValidation: true, events: true });
    expect(has.noteKind).toBe('notes');
    expect(has.version).toBe('1.18');
  });

  it('falls back to comments before ExcelApi 1.18, and to the 检查结果 sheet before 1.10', () => {
    const comments = features(new FakeWorkbook(['1.1', '1.2', '1.4', '1.6', '1.7', '1.8', '1.10']).api());
    expect(comments).toMatchObject({ notes: false, comments: true, pageLayout: false, multiAreaRanges: false, noteKind: 'comments' });
    expect(comments.version).toBe('1.10');
    const old = features(new FakeWorkbook(['1.1']).api());
    expect(Object.keys(REQUIREMENTS).filter((f) => old[f as keyof typeof REQUIREMENTS])).toEqual([]);
    expect(old).toMatchObject({ noteKind: 'sheet', version: '1.1' });
  });

  it('asks each requirement set once, however many features need it', () => {
    const asked: string[] = [];
    detectExcelFeatures((v) => (asked.push(v), true));
    expect(asked.sort()).toEqual([...new Set([...Object.values(REQUIREMENTS), '1.18'])].sort());
  });

  it('is detected once per Excel: checking, marking and writing ask nothing more', async () => {
    const wb = new FakeWorkbook();
    addGridSheet(wb, applicationsGrid());
    const { api, asked } = countedApi(wb);
    const host = new ExcelHost(api);
    const afterStart = asked.length;
    expect(afterStart).toBeGreaterThan(0);
    await host.listSheets();
    const grid = await host.readSheet(applicationsGrid().sheet);
    const outcome = validateLedger(grid, { today: asCalendarDate(APPLICATIONS_TODAY) });
    await host.markFindings(outcome.findings);
    if (outcome.register) await host.writeRegisterSheet(outcome.register);
    expect(asked.length).toBe(afterStart);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('is the only file of addin/ that names an ExcelApi version', () => {
    const root = path.join(__dirname, '../../../addin');
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.ts$/.test(e.name) && !p.endsWith(path.join('excel', 'features.ts'))) {
          const text = fs.readFileSync(p, 'utf8');
          if (/supports\(\s*['"]1\.\d+['"]\s*\)|isSetSupported\(\s*['"]ExcelApi['"]\s*,\s*['"]/.test(text))
            offenders.push(path.relative(root, p));
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
