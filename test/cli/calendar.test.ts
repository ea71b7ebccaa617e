import { main } from '../../cli/main';
import { memoryIO } from '../../cli/io';

async function run(...argv: string[]) {
  const io = memoryIO();
  const code = await main(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('ogi calendar --json (contracts §2)', () => {
  it('reports 2027 as not covered', async () => {
    const { code, stdout } = await run('calendar', '--year', '2027', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ year: 2027, covered: false, offDays: [], workdays: [] });
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
  it('says an uncovered year is assumed by the weekday rule', async () => {
    const { stdout } = await run('calendar', '--year', '2027');
    expect(stdout).toMatch(/2027 年：尚未收录.*按周一至周五/);
  });
  it.each([[['--year', '27']], [['--year', 'abcd']], [[]]])('exits 2 for %j', async (argv) => {
    const { code, stderr } = await run('calendar', ...argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--year/);
  });
});
