import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { memoryIO } from '../../cli/io';
import { pdfPages, pdfText as readPdfText, squeeze } from '../helpers/pdfTools';
import { writeFormsLedgers } from './formsFixtures';
import { PROCEDURAL_KINDS, PROCEDURAL_LABELS } from '../../reports/documents/notices/kinds';

jest.setTimeout(60_000);

const pdfText = (f: string) => squeeze(readPdfText(f));

describe('ogi notice', () => {
  let files: Awaited<ReturnType<typeof writeFormsLedgers>>;
  beforeAll(async () => {
    files = await writeFormsLedgers();
  });

  it('lists every procedural notice in --help, 延迟答复告知书 among them', async () => {
    const io = memoryIO(files.dir);
    expect(await main(['notice', '--help'], io)).toBe(0);
    for (const k of PROCEDURAL_KINDS) expect(io.stdout).toContain(`${k} ${PROCEDURAL_LABELS[k]}`);
    expect(io.stdout).toContain('delay 延迟答复告知书');
  });

  it('prints the receipt of one application with the masked ID and the computed deadline', async () => {
    const out = path.join(files.dir, 'n1');
    const io = memoryIO(files.dir);
    expect(
      await main(['notice', files.applications, '--id', '2025-017', '--type', '登记回执', '--settings', files.settings, '--out', out], io),
    ).toBe(0);
    const text = pdfText(path.join(out, 'notice-2025-017-receipt.pdf'));
    expect(text).toContain('普应急公收〔2025〕17号');
    expect(text).toContain('3101**********0017');
    expect(text).not.toContain('310104198001010017');
    expect(text).toContain('2025年10月30日前作出答复');
    expect(io.stdout).toContain('2025-017  政府信息公开申请登记回执  普应急公收〔2025〕17号');
  });

  it('chooses the answer from the register and prints the 复议前置 clause for 不予公开', async () => {
    const out = path.join(files.dir, 'n2');
    const io = memoryIO(files.dir);
    expect(
      await main(
        ['notice', files.applications, '--id', '2025-017', '--type', 'reply', '--settings', files.settings, '--out', out, '--json'],
        io,
      ),
    ).toBe(0);
    const json = JSON.parse(io.stdout);
    expect(json.notices).toEqual([
      expect.objectContaining({ appNo: '2025-017', kind: 'denied', number: '普应急公复〔2025〕17号', date: '2025-11-20' }),
    ]);
    const text = pdfText(json.files[0]);
    expect(text).toContain('应当先向行政复议机关申请行政复议');
    expect(text).toContain('过程性信息');
  });

  it('prints a batch of several ids as one file per notice plus one file to print, and a workbook', async () => {
    const out = path.join(files.dir, 'n3');
    const io = memoryIO(files.dir);
    expect(
      await main(
        [
          'notice',
          files.applications,
          '--id',
          '2025-017',
          '--id',
          '2025-021',
          '--id',
          '2025-030',
          '--type',
          'reply',
          '--settings',
          files.settings,
          '--out',
          out,
          '--xlsx',
        ],
        io,
      ),
    ).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual([
      'notice-2025-017-denied.pdf',
      'notice-2025-021-notheld.pdf',
      'notice-2025-030-partial.pdf',
      'notices-reply-batch.pdf',
      'notices-reply-batch.xlsx',
    ]);
    const batch = readPdfText(path.join(out, 'notices-reply-batch.pdf')).split('\f');
    expect(batch.filter((p) => p.trim()).length).toBe(3);
  });

  it('selects every notice due in a period: pending cases whose deadline falls in it', async () => {
    const out = path.join(files.dir, 'n4');
    const io = memoryIO(files.dir);
    // 2025-050 received 2025-11-20, not answered: due 2025-12-18
    expect(
      await main(
        [
          'notice',
          files.applications,
          '--due-from',
          '2025-12-15',
          '--due-until',
          '2025-12-19',
          '--type',
          'extension',
          '--today',
          '2025-12-12',
          '--settings',
          files.settings,
          '--out',
          out,
          '--json',
        ],
        io,
      ),
    ).toBe(0);
    const json = JSON.parse(io.stdout);
    expect(json.notices.map((n: { appNo: string }) => n.appNo)).toEqual(['2025-050']);
    const text = pdfText(json.files[0]);
    expect(text).toContain('原答复期限为2025年12月18日');
    expect(text).toContain('2026年1月16日前作出答复'); // +20 working days
  });

  it('uses the office’s adjusted wording and a given sequence number, and rejects broken wording', async () => {
    const templates = path.join(files.dir, 'wording.json');
    fs.writeFileSync(
      templates,
      JSON.stringify({ notices: { correction: { periodWorkdays: 10, numberPattern: '{机关代字}补字〔{yyyy}〕第{seq:03}号' } } }),
    );
    const out = path.join(files.dir, 'n6');
    const io = memoryIO(files.dir);
    expect(
      await main(
        [
          'notice',
          files.applications,
          '--id',
          '2025-021',
          '--type',
          'correction',
          '--seq',
          '5',
          '--templates',
          templates,
          '--settings',
          files.settings,
          '--out',
          out,
        ],
        io,
      ),
    ).toBe(0);
    const text = pdfText(path.join(out, 'notice-2025-021-correction.pdf'));
    expect(text).toContain('普应急补字〔2025〕第005号');
    expect(text).toContain('10个工作日内');
    expect(text).toContain('2025年2月13日前'); // 2025-01-24 + 10 WD over the Spring Festival
    fs.writeFileSync(templates, JSON.stringify({ notices: { correction: { body: ['请于{补正日期}前补正'] } } }));
    const bad = memoryIO(files.dir);
    expect(await main(['notice', files.applications, '--id', '2025-021', '--type', 'correction', '--templates', templates], bad)).toBe(2);
    expect(bad.stderr).toContain('未知的占位符 {补正日期}');
  });

  it('exits 2 for an unknown id or type, and 1 when a batch member cannot be answered', async () => {
    let io = memoryIO(files.dir);
    expect(await main(['notice', files.applications, '--id', '2099-1', '--type', 'reply'], io)).toBe(2);
    expect(io.stderr).toContain('申请编号“2099-1”在台账中找不到');
    io = memoryIO(files.dir);
    expect(await main(['notice', files.applications, '--id', '2025-017', '--type', '通知'], io)).toBe(2);
    expect(io.stderr).toContain('不是已知的文书种类');
    io = memoryIO(files.dir);
    expect(await main(['notice', files.applications, '--id', '2025-050', '--type', 'reply'], io)).toBe(2);
    expect(io.stderr).toContain('尚无答复类型');
    // The CLI names its own flag; the core message, shown in the pane too, does not.
    expect(io.stderr).toContain('也可用 --type 指定答复书种类');
    io = memoryIO(files.dir);
    expect(
      await main(
        ['notice', files.applications, '--id', '2025-050', '--id', '2025-017', '--type', 'reply', '--out', path.join(files.dir, 'n5')],
        io,
      ),
    ).toBe(1);
    expect(io.stderr).toContain('跳过 2025-050');
  });

  describe('issues a document only when its preconditions hold', () => {
    let ledger: string;
    let settings: string;
    let noAbbreviation: string;
    beforeAll(async () => {
      // A street office's 2026 ledger with the cases a reviewing office would reject.
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('2026年');
      ws.addRow([
        '申请编号',
        '收到日期',
        '申请方式',
        '申请人类型',
        '申请人',
        '申请内容',
        '补正告知日期',
        '延期告知日期',
        '延期工作日',
        '答复日期',
        '答复类型',
        '答复依据',
      ]);
      ws.addRow([
        '2026-003',
        '2026-01-05',
        '网络',
        '自然人',
        '陈静',
        '街道2025年度绿化养护合同',
        '',
        '',
        '',
        '2026-01-20',
        '不予公开',
        '领导不同意公开',
      ]);
      ws.addRow(['2026-004', '2026-01-06', '网络', '自然人', '周敏', '某小区加装电梯审批材料', '', '', '', '2026-01-21', '部分公开', '']);
      ws.addRow(['2026-005', '2025-11-03', '当面', '自然人', '吴磊', '某路段占道施工许可', '', '', '', '', '', '']);
      ws.addRow(['2026-006', '2025-11-10', '邮寄', '自然人', '郑洁', '街道办事处2025年预算执行情况', '', '2025-12-01', '20', '', '', '']);
      ws.addRow(['2026-007', '2026-01-05', '网络', '自然人', '孙悦', '那个项目的文件', '2026-01-20', '', '', '', '', '']);
      ws.addRow([
        '2026-008',
        '2026-01-07',
        '当面',
        '自然人',
        '王磊',
        '某单位涉密工程图纸',
        '',
        '',
        '',
        '2026-01-22',
        '不予公开',
        '属于国家秘密',
      ]);
      ledger = path.join(files.dir, '街道依申请台账.xlsx');
      await wb.xlsx.writeFile(ledger);
      const office = JSON.parse(fs.readFileSync(files.settings, 'utf8')).office;
      settings = path.join(files.dir, 'street.json');
      fs.writeFileSync(settings, JSON.stringify({ office }));
      noAbbreviation = path.join(files.dir, 'street-no-abbr.json');
      fs.writeFileSync(noAbbreviation, JSON.stringify({ office: { ...office, abbreviation: '', phone: '' } }));
    });
    const run = async (args: string[], out: string) => {
      const io = memoryIO(files.dir);
      const code = await main(['notice', ledger, ...args, '--out', out, '--json'], io);
      return { code, json: JSON.parse(io.stdout), out };
    };
    const problemCodes = (json: { blocked: { problems: { code: string }[] }[] }) =>
      json.blocked.flatMap((b) => b.problems.map((p) => p.code));

    it('without the office data: no document, exit 1, each missing item named with where to fill it', async () => {
      const { code, json, out } = await run(['--id', '2026-008', '--type', 'reply', '--today', '2026-01-22'], path.join(files.dir, 'p1'));
      expect(code).toBe(1);
      expect(fs.existsSync(out)).toBe(false);
      const fields = json.blocked[0].problems.map((p: { field: string; sheet: string }) => `${p.sheet}:${p.field}`);
      expect(fields).toEqual(
        expect.arrayContaining([
          '设置:office.name',
          '设置:office.abbreviation',
          '设置:office.address',
          '设置:office.phone',
          '设置:office.reviewBody',
          '设置:office.court',
        ]),
      );
      expect(json.blocked[0].problems[0].message).toContain('“设置”工作表');
    });

    it('names the 机关代字 the 文号 needs (no “公延〔2026〕13号” without it) and the phone the contact line prints', async () => {
      const { code, json } = await run(
        ['--id', '2026-006', '--type', 'extension', '--today', '2025-12-01', '--settings', noAbbreviation],
        path.join(files.dir, 'p2'),
      );
      expect(code).toBe(1);
      const messages = json.blocked[0].problems.map((p: { message: string }) => p.message).join('\n');
      expect(messages).toContain('“机关代字”（文号格式 {机关代字}公延〔{yyyy}〕{seq}号）');
      expect(messages).toContain('“联系电话”');
      expect(json.files).toEqual([]);
    });

    it('refuses an extension notice after the original period ran out, or promising a date already past', async () => {
      // 2026-005: received 2025-11-03, due 2025-12-01; asked for on 2026-01-20
      let r = await run(
        ['--id', '2026-005', '--type', 'extension', '--today', '2026-01-20', '--settings', settings],
        path.join(files.dir, 'p3'),
      );
      expect(r.code).toBe(1);
      expect(problemCodes(r.json)).toEqual(['document.extension.late']);
      expect(r.json.blocked[0].problems[0]).toMatchObject({ sheet: '2026年', row: 4, field: 'extensionNoticeDate', severity: 'error' });
      // 2026-006: told on 2025-12-01 (in time), new deadline 2026-01-07; reprinted on 2026-03-02
      r = await run(
        ['--id', '2026-006', '--type', 'extension', '--today', '2026-03-02', '--settings', settings],
        path.join(files.dir, 'p4'),
      );
      expect(r.code).toBe(1);
      expect(problemCodes(r.json)).toEqual(['document.extension.past']);
      // the same notice on the day it went out is fine
      r = await run(
        ['--id', '2026-006', '--type', 'extension', '--today', '2025-12-01', '--settings', settings],
        path.join(files.dir, 'p5'),
      );
      expect(r.code).toBe(0);
      expect(r.json.blocked).toEqual([]);
    });

    it('refuses a 不予公开 answer without a lawful ground and a 部分公开 answer without the withheld part’s ground; a lawful one passes', async () => {
      let r = await run(['--id', '2026-003', '--type', 'reply', '--settings', settings], path.join(files.dir, 'p6'));
      expect(r.code).toBe(1);
      expect(problemCodes(r.json)).toEqual(['document.denial.unlawfulGround']);
      expect(r.json.blocked[0].problems[0].message).toContain('“领导不同意公开”不是条例规定的不予公开理由');
      expect(r.json.blocked[0].problems[0].message).toContain('条例第十四条：属于国家秘密');
      r = await run(['--id', '2026-004', '--type', 'reply', '--settings', settings], path.join(files.dir, 'p7'));
      expect(r.code).toBe(1);
      expect(problemCodes(r.json)).toEqual(['document.partial.noGround']);
      r = await run(['--id', '2026-008', '--type', 'reply', '--settings', settings], path.join(files.dir, 'p8'));
      expect(r.code).toBe(0);
      expect(r.json.findings.filter((f: { severity: string }) => f.severity !== 'info')).toEqual([]);
    });

    it('issues a late correction notice with a warning naming the 7-working-day limit', async () => {
      const r = await run(['--id', '2026-007', '--type', 'correction', '--settings', settings], path.join(files.dir, 'p9'));
      expect(r.code).toBe(0);
      expect(r.json.files).toHaveLength(1);
      expect(r.json.findings).toEqual(
        expect.arrayContaining([expect.objectContaining({ code: 'document.correction.late', severity: 'warning', row: 6 })]),
      );
      expect(r.json.findings.find((f: { code: string }) => f.code === 'document.correction.late').message).toContain('2026-01-14');
    });

    it('--draft makes the blocked documents anyway, marked 草稿 on every page of every file, and still exits 1', async () => {
      const r = await run(
        ['--id', '2026-003', '--id', '2026-005', '--type', 'reply', '--draft', '--today', '2026-01-20', '--xlsx'],
        path.join(files.dir, 'p10'),
      );
      // 2026-005 has no answer yet: skipped; 2026-003 is drafted despite its ground and the missing office data
      expect(r.code).toBe(1);
      const pdfs = r.json.files.filter((f: string) => f.endsWith('.pdf'));
      expect(pdfs.map((f: string) => path.basename(f))).toEqual(['notice-2026-003-denied-draft.pdf']);
      const ext = await run(
        ['--id', '2026-005', '--id', '2026-006', '--type', 'extension', '--draft', '--today', '2026-01-20'],
        path.join(files.dir, 'p11'),
      );
      expect(ext.code).toBe(1);
      const batch = ext.json.files.find((f: string) => f.endsWith('batch-draft.pdf'));
      const pages = pdfPages(batch);
      expect(pages).toHaveLength(2);
      for (const page of pages) expect(squeeze(page)).toContain('草稿仅供核对，不得作为正式文书送达或归档');
      for (const file of [...pdfs, ...ext.json.files.filter((f: string) => f.endsWith('.pdf'))]) {
        for (const page of pdfPages(file)) expect(squeeze(page)).toContain('草稿');
      }
    });
  });
});
