import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { memoryIO } from '../../cli/io';
import { findOfficialFonts, officialFontDirs } from '../../cli/officialFonts';
import { pdfFonts } from '../helpers/pdfTools';
import { writeFormsLedgers } from './formsFixtures';

jest.setTimeout(60_000);

const noto = (weight: '400Regular' | '700Bold') => require.resolve(`@expo-google-fonts/noto-serif-sc/${weight}/NotoSerifSC_${weight}.ttf`);

/** A font folder as an office PC has it: 仿宋 (here a copy of Noto Serif SC Bold, to tell it apart) one level down. */
function fontFolder(withTitle: boolean): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-fonts-'));
  fs.mkdirSync(path.join(dir, 'truetype', 'gongwen'), { recursive: true });
  fs.copyFileSync(noto('700Bold'), path.join(dir, 'truetype', 'gongwen', 'FangSong_GB2312.TTF'));
  if (withTitle) fs.copyFileSync(noto('400Regular'), path.join(dir, '方正小标宋简体.ttf'));
  return dir;
}

describe('the office’s 公文 fonts', () => {
  it('finds 仿宋 and 小标宋 by their file names, in any case and in subfolders', () => {
    const dir = fontFolder(true);
    const found = findOfficialFonts([dir])!;
    expect(found.label).toBe('FangSong_GB2312.TTF、方正小标宋简体.ttf');
    expect(Buffer.from(found.body.bytes).equals(fs.readFileSync(noto('700Bold')))).toBe(true);
    expect(Buffer.from(found.title!.bytes).equals(fs.readFileSync(noto('400Regular')))).toBe(true);
  });

  it('gives nothing without 仿宋 (a 小标宋 alone is not enough), so notices keep Noto Serif SC', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-fonts-'));
    fs.copyFileSync(noto('400Regular'), path.join(dir, 'FZXBSJW.TTF'));
    expect(findOfficialFonts([dir, path.join(dir, 'missing')])).toBeUndefined();
  });

  it('searches the folder the user named first, then OGI_DOCUMENT_FONTS, then the system’s', () => {
    const dirs = officialFontDirs('/office/fonts', { OGI_DOCUMENT_FONTS: '/shared/fonts', WINDIR: 'C:\\Windows' });
    expect(dirs.slice(0, 2)).toEqual(['/office/fonts', '/shared/fonts']);
    expect(dirs).toContain('/usr/share/fonts');
  });

  it('ogi notice --font-dir sets the notice in them and says which it used', async () => {
    const files = await writeFormsLedgers();
    const args = (out: string) => [
      'notice',
      files.applications,
      '--id',
      '2025-017',
      '--type',
      '登记回执',
      '--settings',
      files.settings,
      '--out',
      out,
    ];
    const io = memoryIO(files.dir);
    const out = path.join(files.dir, 'gongwen');
    expect(await main([...args(out), '--font-dir', fontFolder(false)], io)).toBe(0);
    expect(io.stderr).toContain('公文字体：FangSong_GB2312.TTF');
    const used = pdfFonts(path.join(out, 'notice-2025-017-receipt.pdf')).map((f) => f.name);
    expect(used.length).toBeGreaterThan(0);
    expect(used.every((name) => name.includes('Bold'))).toBe(true);

    const plain = path.join(files.dir, 'plain');
    const again = memoryIO(files.dir);
    expect(await main([...args(plain), '--font-dir', path.join(files.dir, 'no-such-folder')], again)).toBe(0);
    const usedPlain = pdfFonts(path.join(plain, 'notice-2025-017-receipt.pdf')).map((f) => f.name);
    expect(usedPlain.some((name) => name.includes('Regular'))).toBe(true);
  });
});
