import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { main } from '../../cli/main';
import { memoryIO } from '../../cli/io';

async function run(...argv: string[]) {
  const io = memoryIO();
  const code = await main(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('ogi calendar --json (contracts §2)', () => {
  it('reports 2027 as not covered, with its statutory holidays and estimated 补假 days but no make-up workday', async () => {
    const { code, stdout } = await run('calendar', '--year', '2027', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      covered: boolean;
      offDays: string[];
      workdays: string[];
      provisional: { date: string; kind: string }[];
    };
    expect(json).toMatchObject({ year: 2027, covered: false, workdays: [] });
    expect(json.offDays).toEqual(expect.arrayContaining(['2027-01-01', '2027-02-05', '2027-02-09', '2027-10-01', '2027-10-05']));
    expect(json.offDays).toHaveLength(19);
    expect(json.provisional.find((p) => p.date === '2027-02-09')).toMatchObject({ kind: 'estimated' });
    expect(json.provisional.find((p) => p.date === '2027-02-08')).toMatchObject({ kind: 'statutory' });
  });
  it('lists the off days and only the make-up weekend workdays of 2026', async () => {
    const { stdout } = await run('calendar', '--year', '2026', '--json');
    const json = JSON.parse(stdout) as { covered: boolean; offDays: string[]; workdays: string[] };
    expect(json.covered).toBe(true);
    expect(json.workdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(json.offDays).toContain('2026-10-01');
    expect(json.offDays).not.toContain('2026-03-07'); // an ordinary Saturday
  });
  it('applies the office overrides given as flags', async () => {
    const { stdout } = await run('calendar', '--year', '2025', '--off-day', '2025-10-20', '--workday', '2025-10-08', '--json');
    const json = JSON.parse(stdout) as { offDays: string[]; workdays: string[] };
    expect(json.offDays).toContain('2025-10-20');
    expect(json.offDays).not.toContain('2025-10-08');
    expect(json.workdays).toContain('2025-10-08');
  });
});

describe('ogi calendar — human output and bad input', () => {
  it('groups a holiday into one line and lists the make-up days', async () => {
    const { stdout } = await run('calendar', '--year', '2025');
    expect(stdout).toContain('2025 年：已收录国务院节假日安排。');
    expect(stdout).toContain('  01-28至02-04 春节（8天）');
    expect(stdout).toContain('  09-28（周日）国庆节');
  });
  it('says which days of an uncovered year are statutory and which estimated', async () => {
    const { stdout } = await run('calendar', '--year', '2027');
    expect(stdout).toMatch(/2027 年：尚未收录.*法定节假日确定不上班/);
    expect(stdout).toContain('  02-05至02-08 春节（4天，法定）');
    expect(stdout).toContain('  02-09至02-10 春节（2天，估计补假）');
  });
  it.each([[['--year', '27']], [['--year', 'abcd']], [[]]])('exits 2 for %j', async (argv) => {
    const { code, stderr } = await run('calendar', ...argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--year/);
  });
});

describe('ogi calendar --from-notice (contracts §2)', () => {
  const fixtures = path.join(__dirname, '../fixtures/notices');
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-notice-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  // Not a published notice: 2027's is not out yet. Written the way the notices are, to show the import
  // making a year covered.
  const NOTICE_2027 = [
    '国务院办公厅关于2027年部分节假日安排的通知',
    '一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
    '二、春节：2月5日（农历除夕、周五）至12日（农历正月初七、周五）放假调休，共8天。2月20日（周六）上班。',
  ].join('\n');

  it('prints the notice of 2026 as the same JSON shape with its source', async () => {
    const { code, stdout } = await run('calendar', '--from-notice', path.join(fixtures, '2026.txt'), '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { year: number; covered: boolean; source: string; workdays: string[] };
    expect(json).toMatchObject({ year: 2026, covered: true, source: '国务院办公厅关于2026年部分节假日安排的通知' });
    expect(json.workdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });

  it('reads the 2020 extension alone, knowing from the published calendar where 春节 ended', async () => {
    const { code, stdout } = await run('calendar', '--from-notice', path.join(fixtures, '2020-spring-extension.txt'), '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { offDays: string[]; source: string };
    expect(json.offDays).toEqual(expect.arrayContaining(['2020-01-31', '2020-02-01', '2020-02-02']));
    expect(json.source).toBe('国务院办公厅关于延长2020年春节假期的通知');
  });

  it('reads a GBK file', async () => {
    const file = path.join(dir, 'notice-gbk.txt');
    fs.writeFileSync(file, iconv.encode(fs.readFileSync(path.join(fixtures, '2025.txt'), 'utf8'), 'gbk'));
    const { code, stdout } = await run('calendar', '--from-notice', file, '--json');
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { workdays: string[] }).workdays).toEqual([
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
    ]);
  });

  it('writes the arrangement into --settings-out, after which the year is covered for every command given --settings', async () => {
    const notice = path.join(dir, '2027.txt');
    fs.writeFileSync(notice, NOTICE_2027);
    const settings = path.join(dir, 'settings.json');
    fs.writeFileSync(settings, JSON.stringify({ office: { name: '某区某局' } }));
    const imported = await run('calendar', '--from-notice', notice, '--settings-out', settings);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('已读取《国务院办公厅关于2027年部分节假日安排的通知》');
    const written = JSON.parse(fs.readFileSync(settings, 'utf8')) as {
      office: { name: string };
      calendar: { notices: { year: number }[] };
    };
    expect(written.office.name).toBe('某区某局'); // merged, not replaced
    expect(written.calendar.notices.map((n) => n.year)).toEqual([2027]);

    const year = JSON.parse((await run('calendar', '--year', '2027', '--settings', settings, '--json')).stdout) as {
      covered: boolean;
      workdays: string[];
    };
    expect(year.covered).toBe(true);
    expect(year.workdays).toEqual(['2027-02-20']);
    const deadline = JSON.parse((await run('deadline', '--received', '2026-12-10', '--settings', settings, '--json')).stdout) as {
      uncertain: boolean;
    };
    expect(deadline.uncertain).toBe(false);
  });

  it('refuses a notice with a line it cannot read, naming the line, and writes nothing', async () => {
    const notice = path.join(dir, 'bad.txt');
    fs.writeFileSync(notice, `${NOTICE_2027}\n三、清明节：4月5日（周一）待定。`);
    const settings = path.join(dir, 'out.json');
    const { code, stdout, stderr } = await run('calendar', '--from-notice', notice, '--settings-out', settings, '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('第 4 行');
    expect(stderr).toContain('三、清明节：4月5日（周一）待定。');
    expect(fs.existsSync(settings)).toBe(false);
  });

  it('takes the year from --year when the text has no title', async () => {
    const notice = path.join(dir, 'untitled.txt');
    fs.writeFileSync(notice, '一、元旦：1月1日（周五）至3日（周日）放假，共3天。');
    expect((await run('calendar', '--from-notice', notice, '--json')).code).toBe(2);
    const { code, stdout } = await run('calendar', '--from-notice', notice, '--year', '2027', '--json');
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { covered: boolean }).covered).toBe(true);
  });

  it('exits 2 for a notice file that does not exist', async () => {
    const { code, stderr } = await run('calendar', '--from-notice', path.join(dir, 'missing.txt'));
    expect(code).toBe(2);
    expect(stderr).toContain('--from-notice');
  });
});
