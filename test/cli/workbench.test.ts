import * as path from 'node:path';
import { main } from '../../cli/main';
import { memoryIO } from '../../cli/io';
import { displayWidth } from '../../cli/commands/workbench';
import type { Workbench } from '../../core/workbench';
import type { CheckJson } from '../../cli/commands/check';

const ROOT = path.resolve(__dirname, '../..');
const LEDGER = path.join(ROOT, 'templates/examples/某街道依申请公开登记台账2025.xlsx');

async function run(...args: string[]) {
  const io = memoryIO(ROOT);
  const code = await main(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('ogi workbench on the example applications ledger, 2025-12-31', () => {
  it('--json gives the counters and the open cases, most urgent first, people masked', async () => {
    const { code, stdout } = await run('workbench', LEDGER, '--today', '2025-12-31', '--json');
    const desk = JSON.parse(stdout) as Workbench;
    expect(desk.today).toBe('2025-12-31');
    expect(desk.counters).toEqual({ overdue: 1, dueToday: 0, dueSoon: 1, inProgress: 1, correction: 0, consulting: 0, fee: 0 });
    expect(desk.rows.map((r) => [r.appNo, r.applicant, r.remaining])).toEqual([
      ['2025-013', '刘**', '逾期 9 个工作日'],
      ['2025-014', '某某社区公益服务中心', '剩余 3 个工作日'],
      ['2025-015', '某某律师事务所', '剩余 13 个工作日'],
    ]);
    expect(code).toBe(1);
  });

  it('agrees with ogi check on the same day: the overdue error and the due-soon hint are the same cases', async () => {
    const check = JSON.parse((await run('check', LEDGER, '--today', '2025-12-31', '--json')).stdout) as CheckJson;
    const findings = check.files[0].sheets.flatMap((s) => s.findings);
    expect(findings.filter((f) => f.code === 'deadline.reply.overdue').map((f) => f.row)).toEqual([19]);
    const desk = JSON.parse((await run('workbench', LEDGER, '--today', '2025-12-31', '--json')).stdout) as Workbench;
    expect(desk.rows.filter((r) => r.counter === 'overdue').map((r) => r.row)).toEqual([19]);
    const soon = findings.filter((f) => f.code === 'deadline.reply.soon').map((f) => f.row);
    expect(desk.rows.filter((r) => r.counter === 'dueSoon' || r.counter === 'dueToday').map((r) => r.row)).toEqual(soon);
  });

  it('prints the date, the counters, then each group with its cases and the documents each allows', async () => {
    const { stdout } = await run('workbench', LEDGER, '--today', '2025-12-31');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('按 2025-12-31 检查（--today 指定）');
    expect(lines[1]).toBe('已逾期 1｜今日到期 0｜3个工作日内到期 1｜办理中 1｜补正中 0｜征求意见中 0｜待缴费 0');
    expect(stdout).toContain('已逾期（1 件）');
    expect(stdout).toMatch(/2025-013 +刘\*\* .+逾期 9 个工作日 +可办：答复书\n/);
    expect(stdout).toMatch(/2025-015 .+可办：答复书、延期告知、补正告知、征求意见书\n/);
    expect(stdout).not.toContain('\x1b[');
  });

  it('is listed in ogi --help', async () => {
    expect((await run('--help')).stdout).toMatch(/workbench +工作台/);
  });
});

describe('displayWidth', () => {
  it('counts Chinese and full-width characters as two columns', () => {
    expect(displayWidth('2025-013')).toBe(8);
    expect(displayWidth('刘**')).toBe(4);
    expect(displayWidth('安全办（）')).toBe(10);
  });
});
