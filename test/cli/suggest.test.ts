import { closestWord, editDistance } from '../../cli/suggest';
import { main } from '../../cli/main';
import { memoryIO } from '../../cli/io';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('chek', 'check')).toBe(1);
    expect(editDistance('checkk', 'check')).toBe(1);
    expect(editDistance('chuck', 'check')).toBe(1);
    expect(editDistance('cehck', 'check')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('report', 'deadline')).toBeGreaterThan(2);
  });
});

describe('closestWord', () => {
  const commands = ['deadline', 'calendar', 'check', 'report', 'transfer', 'confirm', 'notice'];
  it('suggests the command one typo away, ignoring case', () => {
    expect(closestWord('chek', commands)).toBe('check');
    expect(closestWord('CHECK', commands)).toBe('check');
    expect(closestWord('reprot', commands)).toBe('report');
    expect(closestWord('calender', commands)).toBe('calendar');
  });
  it('suggests nothing for a word too far from every candidate', () => {
    expect(closestWord('xyz', commands)).toBeUndefined();
    expect(closestWord('ch', commands)).toBeUndefined();
  });
});

describe('ogi with a mistyped command or flag', () => {
  it('asks whether check was meant, and exits 2', async () => {
    const io = memoryIO();
    expect(await main(['chek', 'a.xlsx'], io)).toBe(2);
    expect(io.stderr).toContain('未知命令“chek”，是否要输入 check？');
  });
  it('names no command when none is close', async () => {
    const io = memoryIO();
    await main(['frobnicate'], io);
    expect(io.stderr).toContain('未知命令“frobnicate”\n');
  });
  it('asks whether --today was meant for --tody', async () => {
    const io = memoryIO();
    expect(await main(['check', 'a.xlsx', '--tody', '2025-12-31'], io)).toBe(2);
    expect(io.stderr).toContain('未知参数 --tody，是否要输入 --today？');
  });
});
