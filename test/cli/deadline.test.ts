import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { memoryIO } from '../../cli/io';

async function run(...argv: string[]) {
  const io = memoryIO();
  const code = await main(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}
async function runJson(...argv: string[]) {
  const r = await run(...argv, '--json');
  expect(r.stdout.trim().split('\n')).toHaveLength(1);
  return { ...r, json: JSON.parse(r.stdout) as Record<string, unknown> };
}

describe('ogi deadline --json (contracts §2)', () => {
  it('gives due 2025-10-30 for a receipt on 2025-09-26', async () => {
    const { code, json } = await runJson('deadline', '--received', '2025-09-26', '--today', '2025-10-10');
    expect(code).toBe(0);
    expect(json).toMatchObject({ start: '2025-09-26', due: '2025-10-30', uncertain: false, status: '办理中' });
    expect(json.steps).toEqual([
      '适用《中华人民共和国政府信息公开条例》（2019年修订）：20个工作日内答复，延长最长20个工作日（条例第三十三条）',
      '收到申请 2025-09-26（周五；条例第三十一条）',
      '次日起算',
      '10-01至10-08国庆中秋假期不计，09-28、10-11调休上班计入',
      '第20个工作日 2025-10-30（条例第三十三条）',
      '截至 2025-10-10 还剩15个工作日',
    ]);
  });
  it('gives 2025-11-27 with --extension 20', async () => {
    const { code, json } = await runJson('deadline', '--received', '2025-09-26', '--extension', '20');
    expect(code).toBe(0);
    expect(json.due).toBe('2025-11-27');
  });
  it('marks a receipt on 2026-12-10 as uncertain', async () => {
    const { json } = await runJson('deadline', '--received', '2026-12-10');
    expect(json).toMatchObject({ uncertain: true });
    expect(String(json.due) > '2027-01-06').toBe(true);
  });
  it('takes repeated --pause FROM..TO and merges them', async () => {
    const { json } = await runJson(
      'deadline',
      '--received',
      '2025-03-03',
      '--pause',
      '2025-03-10..2025-03-14',
      '--pause',
      '2025-03-12..2025-03-20',
    );
    expect(json.due).toBe('2025-04-11');
  });
  it('restarts from --correction-received', async () => {
    const { json } = await runJson('deadline', '--received', '2025-03-03', '--correction-received', '2025-03-20');
    expect(json).toMatchObject({ start: '2025-03-20', due: '2025-04-18' });
  });
  it('judges a reply on the due day as on time and the day after as late', async () => {
    expect((await runJson('deadline', '--received', '2025-09-26', '--replied', '2025-10-30')).json.status).toBe('按期办结');
    expect((await runJson('deadline', '--received', '2025-09-26', '--replied', '2025-10-31')).json).toMatchObject({
      status: '逾期办结',
      lateBy: 1,
    });
  });
  it('reads the answer period from --preset and lets --days override it', async () => {
    expect((await runJson('deadline', '--received', '2025-09-26', '--preset', 'changning')).json).toMatchObject({
      due: '2025-10-30',
      preset: 'changning',
    });
    expect((await runJson('deadline', '--received', '2025-09-26', '--days', '15')).json.due).toBe('2025-10-23');
  });
  it('exits 1 for an extension over 20 working days and counts only 20', async () => {
    const { code, json } = await runJson('deadline', '--received', '2025-09-26', '--extension', '21');
    expect(code).toBe(1);
    expect(json.due).toBe('2025-11-27');
    expect(json.problems).toEqual([expect.objectContaining({ code: 'deadline.extension.tooLong' })]);
  });
});

describe('ogi deadline — every mechanism of contracts §1 by its flag', () => {
  it('--extension-notice after the original due date: the extension does not count, exit 1', async () => {
    const { code, json } = await runJson(
      'deadline',
      '--received',
      '2025-03-03',
      '--extension',
      '20',
      '--extension-notice',
      '2025-04-03',
      '--replied',
      '2025-04-18',
    );
    expect(code).toBe(1);
    expect(json).toMatchObject({ due: '2025-03-31', status: '逾期办结', lateBy: 13, extension: 0 });
    expect(json.steps).toContain('04-03才告知延期，晚于原答复期限 03-31，延期20个工作日不计入（条例第三十三条第二款）');
    expect(json.problems).toEqual([expect.objectContaining({ code: 'deadline.extension.late', severity: 'error' })]);
  });
  it('--extension-notice in time: 40 working days', async () => {
    const { code, json } = await runJson('deadline', '--received', '2025-09-26', '--extension', '20', '--extension-notice', '2025-10-20');
    expect(code).toBe(0);
    expect(json.due).toBe('2025-11-27');
  });
  it('--consultation (repeatable): capped at 15 working days, the other agency under 第三十四条', async () => {
    const { code, json } = await runJson(
      'deadline',
      '--received',
      '2025-03-03',
      '--consultation',
      '2025-03-10..2025-04-20',
      '--consultation',
      '其他机关:2025-04-08..2025-04-10',
    );
    expect(code).toBe(0);
    expect(json).toMatchObject({ due: '2025-04-24', paused: 17 });
    expect(json.steps).toContain('征求其他机关意见 04-08次日至04-10，其间2个工作日不计入（条例第三十四条、条例第三十三条第三款）');
    expect(json.problems).toEqual([expect.objectContaining({ code: 'deadline.thirdPartyReply.late', severity: 'info' })]);
  });
  it('--consultation without an answer yet: 征求意见中 until its window ends', async () => {
    const { json } = await runJson('deadline', '--received', '2025-03-03', '--consultation', '2025-03-10..', '--today', '2025-03-20');
    expect(json).toMatchObject({ status: '征求意见中', due: '2025-04-22' });
  });
  it('--correction-notice: 补正中, then 逾期不补正 once the period ran out', async () => {
    expect(
      (await runJson('deadline', '--received', '2025-03-03', '--correction-notice', '2025-03-05', '--today', '2025-03-26')).json.status,
    ).toBe('补正中');
    const { code, json } = await runJson(
      'deadline',
      '--received',
      '2025-03-03',
      '--correction-notice',
      '2025-03-05',
      '--today',
      '2025-03-27',
    );
    expect(code).toBe(0);
    expect(json).toMatchObject({ status: '逾期不补正', abandoned: '逾期不补正' });
  });
  it('--fee-notice/--fee-paid: paused to the payment; unpaid after 20 working days is 逾期未缴费', async () => {
    const paid = await runJson('deadline', '--received', '2025-03-03', '--fee-notice', '2025-03-10', '--fee-paid', '2025-03-14');
    expect(paid.json).toMatchObject({ due: '2025-04-07', paused: 4 });
    expect((paid.json.steps as string[]).some((s) => s.includes('国办函〔2020〕109号'))).toBe(true);
    const unpaid = await runJson('deadline', '--received', '2025-03-03', '--fee-notice', '2025-03-10', '--today', '2025-04-09');
    expect(unpaid.json.status).toBe('逾期未缴费');
  });
  it('--settings turns the fee pause off', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-deadline-'));
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ feePausesClock: false }));
    const { json } = await runJson(
      'deadline',
      '--received',
      '2025-03-03',
      '--fee-notice',
      '2025-03-10',
      '--fee-paid',
      '2025-03-14',
      '--settings',
      path.join(dir, 'settings.json'),
    );
    expect(json).toMatchObject({ due: '2025-03-31', paused: 0 });
  });
  it('--delay-to: the reply is judged against the later date (第三十五条)', async () => {
    const { json } = await runJson('deadline', '--received', '2025-03-03', '--delay-to', '2025-06-30', '--replied', '2025-06-20');
    expect(json).toMatchObject({ due: '2025-06-30', status: '按期办结' });
    expect(json.steps).toContain('延迟答复：答复期限定为 2025-06-30（条例第三十五条）');
  });
  it('applies the 2008 rules to a receipt before 2019-05-15 without a flag', async () => {
    const { json } = await runJson('deadline', '--received', '2019-03-01');
    expect(json).toMatchObject({ due: '2019-03-22', regulation: '2008' });
    expect((json.steps as string[])[0]).toContain('2008年施行的《中华人民共和国政府信息公开条例》');
  });
});

describe('ogi deadline — human output', () => {
  it('shows the due date, the status and the numbered steps', async () => {
    const { code, stdout, stderr } = await run('deadline', '--received', '2025-09-26', '--today', '2025-10-27');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('答复期限：2025-10-30（周四）');
    expect(stdout).toContain('状态：即将到期');
    expect(stdout).toContain('  4. 10-01至10-08国庆中秋假期不计，09-28、10-11调休上班计入');
    expect(stdout).toContain('适用：《政府信息公开条例》（2019年修订）');
  });
  it('warns when the result relies on an uncovered year', async () => {
    const { stdout } = await run('deadline', '--received', '2026-12-10');
    expect(stdout).toContain('待核实');
    // Unpublished years keep their statutory holidays (元旦 2027): the note must not claim Monday–Friday.
    expect(stdout).toContain('法定节假日已扣除');
    expect(stdout).not.toContain('结果按周一至周五推算');
  });
  it('prints Chinese help with the English flag names', async () => {
    const { code, stdout } = await run('deadline', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/--received YYYY-MM-DD\s+法定收到申请日期/);
    expect(stdout).toContain('--pause FROM..TO');
  });
});

describe('ogi deadline — unusable input exits 2 with a Chinese message', () => {
  it('refuses 2025-02-30', async () => {
    const { code, stdout, stderr } = await run('deadline', '--received', '2025-02-30');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--received 的日期“2025-02-30”无效');
  });
  it('refuses an unknown flag and shows the usage', async () => {
    const { code, stderr } = await run('deadline', '--received', '2025-09-26', '--foo');
    expect(code).toBe(2);
    expect(stderr).toContain('未知参数 --foo');
    expect(stderr).toContain('用法 Usage:');
  });
  it('asks for --received when it is missing', async () => {
    const { code, stderr } = await run('deadline');
    expect(code).toBe(2);
    expect(stderr).toContain('缺少必填参数 --received');
  });
  it.each([
    [['--pause', '2025-03-10'], /--pause 应写成 起始日期\.\.结束日期/],
    [['--pause', '2025-03-10..2025-13-01'], /--pause 的日期“2025-13-01”无效/],
    [['--extension', 'twenty'], /--extension 应为非负整数/],
    [['--days', '0'], /--days 应为正整数/],
    [['--preset', 'beijing'], /未知的规则预设“beijing”/],
    [['--pending', '处理中'], /--pending 只能是/],
    [['--consultation', '2025-03-10'], /--consultation 应写成 开始日期\.\.答复日期/],
    [['--consultation', '2025-03-32..2025-04-01'], /--consultation 应写成/],
    [['--fee-paid', '2025-03-14'], /--fee-paid 需要与 --fee-notice/],
    [['--extension-notice', '2025-03-14'], /--extension-notice 需要与 --extension/],
  ])('refuses %j', async (extra, message) => {
    const { code, stderr } = await run('deadline', '--received', '2025-09-26', ...extra);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('bin/ogi.js deadline as a real process', () => {
  it('exits 2 with a Chinese message and no stack trace for an impossible date', () => {
    const root = path.resolve(__dirname, '..', '..');
    const r = spawnSync(process.execPath, [path.join(root, 'bin', 'ogi.js'), 'deadline', '--received', '2025-02-30'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('不是真实存在的日期');
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
  });
});
