import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../cli/main';
import { memoryIO } from '../../../cli/io';
import { todayInChina } from '../../../core/dates';

let dir: string;
let ledger: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-check-summary-'));
  // Checked on Mon 2025-12-01: 12 typing mistakes (no 申请人类型), 12 cases due tomorrow (hints),
  // one overdue since 11-28 (an error, listed after the twelve others) and one due today.
  const rows = ['申请编号,收到日期,申请人类型,申请人,承办科室,答复日期,答复类型'];
  for (let i = 0; i < 12; i++) rows.push(`E${i},2025-11-03,,张${i},办公室,2025-11-10,予以公开`);
  for (let i = 0; i < 12; i++) rows.push(`S${i},2025-11-04,自然人,李${i},规划科,,`);
  rows.push('OVER,2025-10-31,自然人,王五,法制科,,');
  rows.push('TODAY,2025-11-03,商业企业,某某公司,办公室,,');
  ledger = path.join(dir, 'ledger.csv');
  fs.writeFileSync(ledger, `${rows.join('\n')}\n`);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], colour = false) {
  // memoryIO's methods write to the object they were created on: keep that object.
  const io = Object.assign(memoryIO(dir), { colour });
  const code = await main(['check', ...args], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('ogi check: what a clerk reads first', () => {
  it('says which day it checks by, then the overdue and due-soon counts and the errors, before the first finding', async () => {
    const { stdout, code } = await run([ledger, '--today', '2025-12-01']);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('按 2025-12-01 检查（--today 指定）');
    expect(lines[1]).toBe('今日逾期 1 件，即将到期 13 件（3个工作日内，其中今日到期 1 件）；错误 13 条，警告 0 条，提示 13 条');
    expect(lines[2]).toBe('  逾期：OVER，法定期限 2025-11-28，逾期 1 个工作日，承办 法制科');
    expect(stdout.indexOf('今日逾期')).toBeLessThan(stdout.indexOf('[错误]'));
    expect(code).toBe(1);
  });

  it('without --today it names today in Beijing', async () => {
    const { stdout } = await run([ledger]);
    expect(stdout.split('\n')[0]).toBe(`按 ${todayInChina()} 检查（今天，北京时间；可用 --today 指定另一天）`);
  });

  it('lists every error, however many, and folds only hints', async () => {
    const { stdout } = await run([ledger, '--today', '2025-12-01']);
    expect(stdout.match(/\[错误\]/g)).toHaveLength(13);
    expect(stdout).toContain('第 26 行 F 列 [错误] 截至 2025-12-01 尚未答复');
    expect(stdout.match(/\[提示\]/g)).toHaveLength(10);
    expect(stdout).toContain('……另有 3 条提示');
  });

  it('colours severities only when asked to (stdout a terminal, NO_COLOR unset)', async () => {
    const plain = await run([ledger, '--today', '2025-12-01']);
    expect(plain.stdout).not.toContain('\x1b[');
    const coloured = await run([ledger, '--today', '2025-12-01'], true);
    expect(coloured.stdout).toContain('\x1b[31m[错误]\x1b[0m');
    expect(coloured.stdout).toContain('\x1b[36m[提示]\x1b[0m');
    expect(coloured.stdout).toContain('\x1b[31m今日逾期 1 件\x1b[0m');
  });

  it('--json stays one JSON document without the summary lines', async () => {
    const { stdout } = await run([ledger, '--today', '2025-12-01', '--json']);
    expect(() => JSON.parse(stdout)).not.toThrow();
    expect(stdout).not.toContain('今日逾期');
  });
});
