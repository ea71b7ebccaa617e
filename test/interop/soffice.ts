import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { splitCsv } from '../helpers/csv';

/** The LibreOffice binary, or undefined when it is not installed. */
export function findSoffice(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, 'soffice');
    if (fs.existsSync(p)) return p;
  }
  return undefined;
}

/** Parses LibreOffice's CSV (comma, double quotes, UTF-8) into rows: the one test CSV splitter. */
export const parseSimpleCsv = splitCsv;

/**
 * Converts every sheet of an .xlsx to CSV with LibreOffice headless (values as shown) and returns
 * the rows per sheet name. A private profile dir keeps parallel runs apart.
 */
export function sofficeSheetsAsCsv(soffice: string, xlsx: string, outDir: string): Record<string, string[][]> {
  fs.mkdirSync(outDir, { recursive: true });
  const profile = path.join(outDir, 'lo-profile');
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
      '--outdir',
      outDir,
      xlsx,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const base = path.basename(xlsx, '.xlsx');
  const out: Record<string, string[][]> = {};
  for (const f of fs.readdirSync(outDir)) {
    if (f.startsWith(`${base}-`) && f.endsWith('.csv')) {
      out[f.slice(base.length + 1, -4)] = parseSimpleCsv(fs.readFileSync(path.join(outDir, f), 'utf8'));
    }
  }
  return out;
}
