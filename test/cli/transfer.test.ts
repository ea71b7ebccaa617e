import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { memoryIO } from '../../cli/io';
import { pdfPages, pdfText as readPdfText, squeeze } from '../helpers/pdfTools';
import { writeFormsLedgers } from './formsFixtures';

jest.setTimeout(60_000);

const sha = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const pdfText = (f: string) => squeeze(readPdfText(f));

describe('ogi transfer', () => {
  let files: Awaited<ReturnType<typeof writeFormsLedgers>>;
  beforeAll(async () => {
    files = await writeFormsLedgers();
  });

  it('lists every undelivered 主动公开 item for the archives without --from/--until and leaves the ledger untouched', async () => {
    const before = sha(files.catalogue);
    const out = path.join(files.dir, 'out1');
    const io = memoryIO(files.dir);
    const code = await main(
      ['transfer', files.catalogue, '--to', '档案馆', '--date', '2026-04-10', '--settings', files.settings, '--out', out, '--json'],
      io,
    );
    expect(code).toBe(0);
    const result = JSON.parse(io.stdout);
    expect(result.items.map((i: { indexNo: string }) => i.indexNo)).toEqual([
      'MB2F1234X/2026-00002',
      'MB2F1234X/2026-00003',
      'MB2F1234X/2026-00006',
    ]);
    expect(result.files).toEqual([path.join(out, 'transfer-20260410-DA.pdf')]);
    const text = pdfText(result.files[0]);
    expect(text).toContain('移交单位：上海市普陀区应急管理局');
    expect(text).toContain('合计3件');
    expect(text).not.toContain('MB2F1234X/2026-00001');
    expect(sha(files.catalogue)).toBe(before);
  });

  it('gives the acceptance centre the 依申请公开 and 不予公开 (免予公开) lists, filtered by date, with slip and xlsx', async () => {
    const out = path.join(files.dir, 'out2');
    const io = memoryIO(files.dir);
    const code = await main(
      [
        'transfer',
        files.catalogue,
        '--to',
        '受理中心',
        '--from',
        '2026-02-01',
        '--until',
        '2026-03-31',
        '--date',
        '2026-04-10',
        '--settings',
        files.settings,
        '--out',
        out,
        '--confirm',
        '--xlsx',
      ],
      io,
    );
    expect(code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual([
      'confirmation-20260410-SL.pdf',
      'confirmation-20260410-SL.xlsx',
      'transfer-20260410-SL.pdf',
      'transfer-20260410-SL.xlsx',
    ]);
    const sheet = pdfText(path.join(out, 'transfer-20260410-SL.pdf'));
    expect([...sheet.matchAll(/MB2F1234X\/2026-\d{5}/g)].map((m) => m[0])).toEqual([
      'MB2F1234X/2026-00003',
      'MB2F1234X/2026-00005',
      'MB2F1234X/2026-00004',
    ]);
    const slip = pdfText(path.join(out, 'confirmation-20260410-SL.pdf'));
    expect(slip).toContain('本次报送的主动公开政府信息1件，与区政府门户网站发布的主动公开政府信息1件数量一致');
    expect(slip).not.toMatch(/张伟|310104/);
    expect(io.stdout).toContain('移交表：向受理中心移交 3 件');
  });

  it('filters by --department and --attribute, and lists delivered items with --include-transferred', async () => {
    let io = memoryIO(files.dir);
    expect(
      await main(
        [
          'transfer',
          files.catalogue,
          '--to',
          '受理中心',
          '--department',
          '综合科',
          '--attribute',
          '依申请公开',
          '--attribute',
          '不予公开',
          '--date',
          '2026-04-10',
          '--settings',
          files.settings,
          '--out',
          path.join(files.dir, 'out4'),
          '--json',
        ],
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(io.stdout).items.map((i: { indexNo: string }) => i.indexNo)).toEqual(['MB2F1234X/2026-00005']);
    io = memoryIO(files.dir);
    expect(
      await main(
        [
          'transfer',
          files.catalogue,
          '--to',
          '图书馆',
          '--until',
          '2026-01-31',
          '--include-transferred',
          '--date',
          '2026-04-10',
          '--settings',
          files.settings,
          '--out',
          path.join(files.dir, 'out5'),
          '--json',
        ],
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(io.stdout).items.map((i: { indexNo: string }) => i.indexNo)).toEqual([
      'MB2F1234X/2026-00001',
      'MB2F1234X/2026-00002',
    ]);
    io = memoryIO(files.dir);
    expect(await main(['transfer', files.catalogue, '--to', '档案馆', '--attribute', '公开'], io)).toBe(2);
    expect(io.stderr).toContain('--attribute 应为');
  });

  it('exits 1 when the slip finds the portal count differs', async () => {
    const io = memoryIO(files.dir);
    const code = await main(
      [
        'confirm',
        files.catalogue,
        '--to',
        '图书馆',
        '--date',
        '2026-04-10',
        '--settings',
        files.settings,
        '--out',
        path.join(files.dir, 'out3'),
      ],
      io,
    );
    expect(code).toBe(1);
    expect(io.stdout).toContain('主动公开 3 件，门户网站已发布 2 件，不一致');
    expect(fs.readdirSync(path.join(files.dir, 'out3'))).toEqual(['confirmation-20260410-TS.pdf']);
  });

  it('exits 2 with a Chinese message for a bad recipient, reversed range or missing file', async () => {
    for (const [argv, message] of [
      [['transfer', files.catalogue, '--to', '博物馆'], '--to 应为 档案馆、图书馆 或 受理中心'],
      [['transfer', files.catalogue, '--to', '档案馆', '--from', '2026-05-01', '--until', '2026-01-01'], '晚于'],
      [['transfer', path.join(files.dir, '没有.xlsx'), '--to', '档案馆'], '没有.xlsx'],
      [['transfer', files.applications, '--to', '档案馆'], '没有找到主动公开目录'],
    ] as const) {
      const io = memoryIO(files.dir);
      expect(await main([...argv], io)).toBe(2);
      expect(io.stderr).toContain(message);
    }
  });

  it('issues no sheet without the 移交单位 and says where to fill it (exit 1); --draft gives one marked 草稿 on every page', async () => {
    const out = path.join(files.dir, 'out6');
    let io = memoryIO(files.dir);
    expect(await main(['transfer', files.catalogue, '--to', '档案馆', '--date', '2026-04-10', '--out', out], io)).toBe(1);
    expect(io.stdout).toContain('未出具政府信息移交表');
    io = memoryIO(files.dir);
    expect(await main(['confirm', files.catalogue, '--to', '档案馆', '--date', '2026-04-10', '--out', out], io)).toBe(1);
    expect(io.stdout).toContain('未出具政府信息公开确认单');
    expect(io.stdout).toContain('“设置”工作表的“机关名称”');
    expect(fs.existsSync(out)).toBe(false);
    io = memoryIO(files.dir);
    expect(
      await main(
        ['transfer', files.catalogue, '--to', '档案馆', '--date', '2026-04-10', '--out', out, '--draft', '--confirm', '--json'],
        io,
      ),
    ).toBe(1);
    expect(fs.readdirSync(out).sort()).toEqual(['confirmation-20260410-DA-draft.pdf', 'transfer-20260410-DA-draft.pdf']);
    for (const file of fs.readdirSync(out)) {
      const pages = pdfPages(path.join(out, file));
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) expect(page.replace(/\s+/g, '')).toContain('草稿仅供核对');
    }
    expect(JSON.parse(io.stdout).findings.map((f: { code: string }) => f.code)).toEqual(
      expect.arrayContaining(['document.office.missing', 'document.draft']),
    );
  });
});
