import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The LibreOffice binary, or undefined when it is not installed. */
export function findSoffice(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, 'soffice');
    if (fs.existsSync(p)) return p;
  }
  return undefined;
}

/** Parses LibreOffice's CSV (comma, double quotes, UTF-8) into rows. */
export function parseSimpleCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

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
