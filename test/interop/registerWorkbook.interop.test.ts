import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { registerWorkbook } from '../../reports/render/registerWorkbook';
import { applications, catalogue, findings } from '../reports/render/registerWorkbookFixtures';
import { findSoffice, sofficeSheetsAsCsv } from './soffice';

jest.setTimeout(180_000);

describe.each([
  ['in memory, with Excel tables', undefined],
  ['streamed (big registers), with AutoFilter', 0],
])('registerWorkbook %s in LibreOffice', (_mode, tableRowLimit) => {
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-register-lo-'));
    file = path.join(dir, 'register.xlsx');
    fs.writeFileSync(file, await registerWorkbook({ registers: [applications, catalogue], findings, tableRowLimit }));
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('opens in LibreOffice with the same values (formula-looking text literal, dates as yyyy-mm-dd)', () => {
    const sheets = sofficeSheetsAsCsv(findSoffice()!, file, path.join(dir, 'csv'));
    const apps = sheets['依申请公开登记台账'];
    const header = apps[0];
    const at = (row: number, h: string) => apps[row][header.indexOf(h)];
    expect(at(1, '申请人')).toBe('=HYPERLINK("http://x","点我")');
    expect(at(1, '收到日期')).toBe('2025-09-26');
    expect(at(1, '法定期限')).toBe('2025-10-30');
    expect(at(2, '申请编号')).toBe('@2025-002');
    expect(at(1, '备注')).toBe('+86 138 0000 0000');
    expect(at(1, '经办人')).toBe('-王芳');
    expect(at(2, '剩余工作日')).toBe('6');
    expect(apps.filter((r) => r.some((c) => c !== '')).length).toBe(4);
    const results = sheets['检查结果'];
    expect(results[1][8]).toMatch(/^依申请公开登记台账!\w+2$/);
    expect(sheets['主动公开目录'][1][header.indexOf('来源工作表')]).toBe('目录');
  });
});
