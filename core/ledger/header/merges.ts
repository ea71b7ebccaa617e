import { columnNumber } from '../../grid';

/** A merged range in grid indices (0-based, inclusive). */
export interface MergeRange {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

const A1_RANGE = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/** Parses `A1:C2` ranges into grid indices relative to the grid origin; unreadable ranges are ignored. */
export function parseMerges(merges: readonly string[] | undefined, firstRow: number, firstColumn: number): MergeRange[] {
  const out: MergeRange[] = [];
  if (!merges) return out;
  for (const m of merges) {
    const x = A1_RANGE.exec(m.trim());
    if (!x) continue;
    const ca = columnNumber(x[1]);
    const ra = Number(x[2]);
    const cb = x[3] ? columnNumber(x[3]) : ca;
    const rb = x[4] ? Number(x[4]) : ra;
    out.push({
      r1: Math.min(ra, rb) - firstRow,
      r2: Math.max(ra, rb) - firstRow,
      c1: Math.min(ca, cb) - firstColumn,
      c2: Math.max(ca, cb) - firstColumn,
    });
  }
  return out;
}

/** The merge covering grid cell (r, c), if any. */
export function mergeAt(merges: readonly MergeRange[], r: number, c: number): MergeRange | undefined {
  for (const m of merges) if (r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2) return m;
  return undefined;
}
