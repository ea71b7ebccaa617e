import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { distinctOutputs, freeName, guardOutputs, outDirFlag, realPathOf, resolveInputs } from '../../../cli/output';
import { UsageError } from '../../../cli/exitCodes';

let dir: string;
beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-plan-')));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const touch = (file: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, 'x');
  return file;
};

describe('realPathOf', () => {
  it('follows a symlinked folder for a file that does not exist yet', () => {
    fs.mkdirSync(path.join(dir, 'real'));
    fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'alias'));
    expect(realPathOf(path.join(dir, 'alias', 'new', 'annual-2025.xlsx'))).toBe(path.join(dir, 'real', 'new', 'annual-2025.xlsx'));
  });
});

describe('resolveInputs', () => {
  it('keeps a file given twice (other spelling, or through a link) once, in order, and warns in Chinese', () => {
    const a = touch(path.join(dir, 'a', '台账.xlsx'));
    const b = touch(path.join(dir, 'b.xlsx'));
    fs.symlinkSync(a, path.join(dir, 'link.xlsx'));
    const warnings: string[] = [];
    const inputs = resolveInputs(['a/台账.xlsx', 'b.xlsx', './a/../a/台账.xlsx', 'link.xlsx'], dir, (m) => warnings.push(m));
    expect(inputs.map((i) => i.given)).toEqual(['a/台账.xlsx', 'b.xlsx']);
    expect(inputs.map((i) => i.real)).toEqual([a, b]);
    expect(warnings).toEqual([
      '“./a/../a/台账.xlsx”与“a/台账.xlsx”是同一个文件，只读取一次。',
      '“link.xlsx”与“a/台账.xlsx”是同一个文件，只读取一次。',
    ]);
  });
});

describe('guardOutputs', () => {
  it('refuses an output that is an input, naming both', () => {
    const ledger = touch(path.join(dir, 'out', 'annual-2025.xlsx'));
    const inputs = resolveInputs([ledger], dir, () => undefined);
    expect(() => guardOutputs(inputs, [path.join(dir, 'out', 'annual-2025.json'), path.join(dir, 'out', 'annual-2025.xlsx')])).toThrow(
      new UsageError(
        `输出文件“${ledger}”就是输入文件“${ledger}”（同一个文件或指向它的链接），写出会覆盖源文件，已停止，什么也没有写。请用 --out 指定其他文件夹，或给源文件改名。`,
      ),
    );
  });

  it('refuses an output path that is a symlink to an input, and one that differs from it only in case', () => {
    const ledger = touch(path.join(dir, 'Ledger.xlsx'));
    fs.symlinkSync(ledger, path.join(dir, 'reg.xlsx'));
    const inputs = resolveInputs([ledger], dir, () => undefined);
    expect(() => guardOutputs(inputs, [path.join(dir, 'reg.xlsx')])).toThrow(/就是输入文件/);
    expect(() => guardOutputs(inputs, [path.join(dir, 'ledger.XLSX')])).toThrow(/就是输入文件/);
  });

  it('refuses an output path that is a folder, and lets other outputs through', () => {
    fs.mkdirSync(path.join(dir, 'annual-2025.pdf'));
    const inputs = resolveInputs([touch(path.join(dir, 'in.xlsx'))], dir, () => undefined);
    expect(() => guardOutputs(inputs, [path.join(dir, 'annual-2025.pdf')])).toThrow(/已是一个文件夹/);
    expect(guardOutputs(inputs, [path.join(dir, 'out', 'in.xlsx.register.xlsx')])).toBeUndefined();
  });
});

describe('outDirFlag', () => {
  it('accepts a folder that exists or not, and refuses a file in Chinese', () => {
    expect(outDirFlag('out', dir)).toBe(path.join(dir, 'out'));
    touch(path.join(dir, 'file.txt'));
    expect(() => outDirFlag('file.txt', dir)).toThrow(
      '--out 应为文件夹，但“file.txt”是一个已有的文件。请换一个文件夹（不存在会自动创建）。',
    );
  });
});

describe('distinctOutputs', () => {
  const register = (base: string) => `${base}.register.xlsx`;

  it('names a register after its file when no other input has that name', () => {
    const inputs = resolveInputs([touch(path.join(dir, 'a', '台账.xlsx')), touch(path.join(dir, 'b', '目录.xlsx'))], dir, () => undefined);
    expect(distinctOutputs(inputs, '/out', register)).toEqual(['/out/台账.xlsx.register.xlsx', '/out/目录.xlsx.register.xlsx']);
  });

  it('tells same-named inputs apart by their folder, then by a number, case-insensitively', () => {
    const files = [path.join(dir, 'a', '台账.xlsx'), path.join(dir, 'b', '台账.XLSX'), path.join(dir, 'x', 'a', '台账.xlsx')].map(touch);
    const inputs = resolveInputs(files, dir, () => undefined);
    expect(distinctOutputs(inputs, '/out', register)).toEqual([
      '/out/a_台账.xlsx.register.xlsx',
      '/out/b_台账.XLSX.register.xlsx',
      '/out/a-2_台账.xlsx.register.xlsx',
    ]);
  });
});

describe('freeName', () => {
  it('adds -2, -3 for names an earlier output took', () => {
    const taken = new Set(['/o/notice-1-receipt.pdf', '/o/notice-1-receipt-2.pdf']);
    expect(freeName('/o/notice-1-receipt.pdf', taken)).toBe('/o/notice-1-receipt-3.pdf');
    expect(freeName('/o/other.pdf', taken)).toBe('/o/other.pdf');
  });
});
