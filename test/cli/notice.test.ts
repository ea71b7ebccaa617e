import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { memoryIO } from '../../cli/io';
import { pdfText as readPdfText, squeeze } from '../helpers/pdfTools';
import { writeFormsLedgers } from './formsFixtures';

jest.setTimeout(60_000);

const pdfText = (f: string) => squeeze(readPdfText(f));

describe('ogi notice', () => {
  let files: Awaited<ReturnType<typeof writeFormsLedgers>>;
  beforeAll(async () => {
    files = await writeFormsLedgers();
  });

  it('prints the receipt of one application with the masked ID and the computed deadline', async () => {
    const out = path.join(files.dir, 'n1');
    const io = memoryIO(files.dir);
    expect(await main(['notice', files.applications, '--id', '2025-017', '--type', '登记回执', '--settings', files.settings, '--out', out], io)).toBe(0);
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
    expect(await main(['notice', files.applications, '--id', '2025-017', '--type', 'reply', '--settings', files.settings, '--out', out, '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout);
    expect(json.notices).toEqual([expect.objectContaining({ appNo: '2025-017', kind: 'denied', number: '普应急公复〔2025〕17号', date: '2025-11-20' })]);
    const text = pdfText(json.files[0]);
    expect(text).toContain('应当先向行政复议机关申请行政复议');
    expect(text).toContain('过程性信息');
  });

  it('prints a batch of several ids as one file per notice plus one file to print, and a workbook', async () => {
    const out = path.join(files.dir, 'n3');
    const io = memoryIO(files.dir);
    expect(await main(['notice', files.applications, '--id', '2025-017', '--id', '2025-021', '--id', '2025-030', '--type', 'reply',
      '--settings', files.settings, '--out', out, '--xlsx'], io)).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual([
      'notice-2025-017-denied.pdf', 'notice-2025-021-notheld.pdf', 'notice-2025-030-partial.pdf', 'notices-reply-batch.pdf', 'notices-reply-batch.xlsx',
    ]);
    const batch = readPdfText(path.join(out, 'notices-reply-batch.pdf')).split('\f');
    expect(batch.filter((p) => p.trim()).length).toBe(3);
  });

  it('selects every notice due in a period: pending cases whose deadline falls in it', async () => {
    const out = path.join(files.dir, 'n4');
    const io = memoryIO(files.dir);
    // 2025-050 received 2025-11-20, not answered: due 2025-12-18
    expect(await main(['notice', files.applications, '--due-from', '2025-12-15', '--due-until', '2025-12-19', '--type', 'extension',
      '--today', '2025-12-12', '--settings', files.settings, '--out', out, '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout);
    expect(json.notices.map((n: { appNo: string }) => n.appNo)).toEqual(['2025-050']);
    const text = pdfText(json.files[0]);
    expect(text).toContain('原答复期限为2025年12月18日');
    expect(text).toContain('2026年1月16日前作出答复'); // +20 working days
  });

  it('uses the office’s adjusted wording and a given sequence number, and rejects broken wording', async () => {
    const templates = path.join(files.dir, 'wording.json');
    fs.writeFileSync(templates, JSON.stringify({ notices: { correction: { periodWorkdays: 10, numberPattern: '{机关代字}补字〔{yyyy}〕第{seq:03}号' } } }));
    const out = path.join(files.dir, 'n6');
    const io = memoryIO(files.dir);
    expect(await main(['notice', files.applications, '--id', '2025-021', '--type', 'correction', '--seq', '5', '--templates', templates,
      '--settings', files.settings, '--out', out], io)).toBe(0);
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
    io = memoryIO(files.dir);
    expect(await main(['notice', files.applications, '--id', '2025-050', '--id', '2025-017', '--type', 'reply', '--out', path.join(files.dir, 'n5')], io)).toBe(1);
    expect(io.stderr).toContain('跳过 2025-050');
  });
});
