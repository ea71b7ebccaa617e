import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Git-ignored folder for PDFs and PNGs a person may look at. */
export const OUTPUT_DIR = join(__dirname, '../../../../test-output');

/** Writes bytes to test-output/NAME and returns the path. */
export function saveOutput(name: string, bytes: Uint8Array): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = join(OUTPUT_DIR, name);
  writeFileSync(path, bytes);
  return path;
}

/** Text of a PDF via poppler's pdftotext (-layout keeps table rows on one line). */
export function pdfText(path: string, layout = true): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** One row per font of `pdffonts`: name, emb, sub. */
export function pdfFonts(path: string): Array<{ name: string; embedded: boolean; subset: boolean }> {
  const out = execFileSync('pdffonts', [path], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // … emb sub uni objectID gen: the three yes/no flags sit before the last two columns.
      const n = cols.length;
      return { name: cols[0]!, embedded: cols[n - 5] === 'yes', subset: cols[n - 4] === 'yes' };
    });
}

/** `pdfinfo` as a key → value map. */
export function pdfInfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) info[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return info;
}

/** Renders page 1 to test-output/NAME.png at 60 dpi and returns the PNG path. */
export function pageOnePng(pdfPath: string, name: string): string {
  const prefix = join(OUTPUT_DIR, name);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfPath, prefix]);
  return `${prefix}.png`;
}

/** Removes all whitespace: pdftotext spaces CJK text unpredictably. */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
}
