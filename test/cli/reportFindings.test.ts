import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { memoryIO } from '../../cli/io';

let dir: string;
let ledger: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-report-findings-'));
  // 25 answered applications from a bare 法人或其他组织 (an error each, issue 15: more than the 20 once listed)
  // and one countable application.
  const rows = ['申请编号,收到日期,申请人类型,答复日期,答复类型'];
  for (let i = 0; i < 25; i++) rows.push(`B${i},2024-03-01,法人或其他组织,2024-03-10,予以公开`);
  rows.push('OK1,2024-03-02,自然人,2024-03-12,予以公开');
  ledger = path.join(dir, 'ledger.csv');
  fs.writeFileSync(ledger, `${rows.join('\n')}\n`);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], colour = false) {
  // memoryIO's methods write to the object they were created on: keep that object.
  const io = Object.assign(memoryIO(dir), { colour });
  const code = await main(['report', 'annual', '--year', '2024', ...args], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('ogi report annual: findings as ogi check prints them', () => {
  it('puts the counts before the first finding and lists every error, none folded', async () => {
    const { stdout, code } = await run([ledger, '--office', '某街道']);
    const lines = stdout.split('\n');
    const header = lines.findIndex((l) => l.startsWith('台账中与统计有关的问题'));
    expect(lines[header]).toBe('台账中与统计有关的问题：错误 25 条，警告 0 条，提示 0 条');
    expect(lines[header + 1]).toMatch(/^ {2}\[ledger\.csv\] 第 2 行 \[错误\] 申请编号“B0”的申请人类型/);
    expect(stdout.match(/\[错误\]/g)).toHaveLength(25);
    expect(stdout).toContain('[ledger.csv] 第 26 行 [错误] 申请编号“B24”');
    expect(stdout).not.toContain('另有');
    expect(code).toBe(1);
  });

  it('colours the severities on a terminal, like ogi check', async () => {
    const plain = await run([ledger, '--office', '某街道']);
    expect(plain.stdout).not.toContain('\x1b[');
    const coloured = await run([ledger, '--office', '某街道'], true);
    expect(coloured.stdout).toContain('\x1b[31m[错误]\x1b[0m');
    expect(coloured.stdout).toContain('台账中与统计有关的问题：\x1b[31m错误 25 条\x1b[0m');
  });
});
