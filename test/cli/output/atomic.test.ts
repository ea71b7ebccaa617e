import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeFileAtomic } from '../../../cli/output';
import { UsageError } from '../../../cli/exitCodes';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-atomic-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes the whole file, creating its folder, and leaves no temporary file', () => {
    const file = path.join(dir, 'out', 'annual-2025.json');
    writeFileAtomic(file, '{"year":2025}\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('{"year":2025}\n');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['annual-2025.json']);
  });

  it('replaces an existing file whole', () => {
    const file = path.join(dir, 'r.xlsx');
    fs.writeFileSync(file, 'old content that is longer');
    writeFileAtomic(file, new Uint8Array([1, 2, 3]));
    expect([...fs.readFileSync(file)]).toEqual([1, 2, 3]);
  });

  it('replaces a symlink at the path instead of writing through it', () => {
    const elsewhere = path.join(dir, 'someone-else.xlsx');
    fs.writeFileSync(elsewhere, 'keep me');
    const file = path.join(dir, 'r.xlsx');
    fs.symlinkSync(elsewhere, file);
    writeFileAtomic(file, 'register');
    expect(fs.lstatSync(file).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe('register');
    expect(fs.readFileSync(elsewhere, 'utf8')).toBe('keep me');
  });

  it('fails with a Chinese UsageError and leaves neither a half file nor a temporary one', () => {
    const target = path.join(dir, 'busy');
    fs.mkdirSync(path.join(target, 'inside'), { recursive: true }); // rename onto a non-empty folder fails
    let error: unknown;
    try {
      writeFileAtomic(target, 'x'.repeat(1000));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/^无法写出“.*busy”：.*请检查 --out 文件夹是否可写/);
    expect(fs.readdirSync(dir)).toEqual(['busy']);
    expect(fs.readdirSync(target)).toEqual(['inside']);
  });

  it('says so when a part of the path is a file', () => {
    fs.writeFileSync(path.join(dir, 'plain'), '');
    expect(() => writeFileAtomic(path.join(dir, 'plain', 'r.xlsx'), 'x')).toThrow(
      /^无法写出“.*plain”：路径中有一段(是已有的文件，)?不是文件夹/,
    );
  });
});
