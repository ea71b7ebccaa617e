import { Grid } from '../../core/grid';

/** Splits CSV text into rows of fields (RFC 4180 quotes, CRLF or LF); enough for test fixtures. */
export function splitCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A Grid from CSV text, every cell as text (blank → null), as a CSV reader would give it. */
export function csvGrid(text: string, sheet: string): Grid {
  return {
    sheet,
    rows: splitCsv(text).map((r) => r.map((v) => (v === '' ? null : v))),
    firstRow: 1,
    firstColumn: 1,
  };
}
