import { Grid } from '../../grid';
import { RegisterKind } from '../../register/types';
import { HEADER_TABLES, HeaderTable, REGISTER_KINDS } from '../headerSynonyms';
import { cellAt, cellText, gridWidth } from '../cells';
import { mergeAt, MergeRange, parseMerges } from './merges';
import { normaliseHeader } from './normaliseHeader';

/** How many rows from the top may hold title rows and the header. */
export const HEADER_SCAN_ROWS = 30;

/** The header of one column: what it shows and the normalised words to try, best first. */
export interface ColumnHeader {
  /** 0-based index into the grid row. */
  index: number;
  /** Header as shown to people, e.g. `申请人信息/证件号码`. */
  text: string;
  /** Normalised header keys to look up, in order (group+sub before sub). */
  keys: string[];
}

/** Where the header sits and what each column's header says. */
export interface HeaderLayout {
  /** Grid row index of the last header row (data starts below it). */
  rowIndex: number;
  /** Number of header rows (1, or 2 for a grouped header). */
  rowCount: 1 | 2;
  columns: ColumnHeader[];
}

/** The header layout and the register kind whose words it maps best. */
export interface DetectedHeader {
  layout: HeaderLayout;
  kind: RegisterKind;
  /** Distinct canonical fields mapped by the header. */
  score: number;
}

/**
 * Finds the header under any title rows: every row of the top `HEADER_SCAN_ROWS`, alone or as the
 * lower half of a two-row header, is scored by how many distinct fields its words map; the best wins
 * (ties: the earlier and simpler header). Returns undefined when no row maps at least two fields.
 */
export function detectHeader(grid: Grid, kind: RegisterKind | 'auto' = 'auto'): DetectedHeader | undefined {
  const kinds = kind === 'auto' ? REGISTER_KINDS : [kind];
  const scan = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  const width = gridWidth(grid, scan);
  const merges = parseMerges(grid.merges, grid.firstRow, grid.firstColumn);
  let best: DetectedHeader | undefined;
  const consider = (layout: HeaderLayout): void => {
    for (const k of kinds) {
      const score = scoreLayout(layout, HEADER_TABLES[k]);
      if (!best || score > best.score) best = { layout, kind: k, score };
    }
  };
  for (let i = 0; i < scan; i++) {
    consider(singleRowLayout(grid, i, width));
    if (i > 0) consider(twoRowLayout(grid, i, width, merges));
  }
  return best && best.score >= 2 ? best : undefined;
}

// A register names at least one of these; two generic columns (备注, 责任科室) alone are not a register.
const KEY_FIELDS: Readonly<Record<RegisterKind, ReadonlySet<string>>> = {
  catalogue: new Set(['indexNo', 'title', 'docNo', 'formedDate', 'publishedDate', 'attribute']),
  applications: new Set(['appNo', 'receivedDate', 'applicantType', 'applicantName', 'replyDate', 'resultType']),
  appeals: new Set(['caseNo', 'caseType', 'filedDate', 'result', 'closedDate']),
};

/** Distinct fields of a table that the layout's headers map (0 when none of them is a key field of the kind). */
export function scoreLayout(layout: HeaderLayout, table: HeaderTable): number {
  const keys = KEY_FIELDS[table.kind];
  let hasKey = false;
  const seen = new Set<string>();
  for (const col of layout.columns) {
    for (const key of col.keys) {
      const hit = table.lookup.get(key);
      if (hit) {
        seen.add(hit.field);
        hasKey ||= keys.has(hit.field);
        break;
      }
    }
  }
  return hasKey ? seen.size : 0;
}

function singleRowLayout(grid: Grid, i: number, width: number): HeaderLayout {
  const columns: ColumnHeader[] = [];
  for (let j = 0; j < width; j++) {
    const text = cellText(cellAt(grid, i, j));
    columns.push({ index: j, text, keys: text ? [normaliseHeader(text)] : [] });
  }
  return { rowIndex: i, rowCount: 1, columns };
}

/**
 * Row i-1 holds group cells (merged across, or written once over blanks) and cells merged down;
 * row i holds the sub-headers. A sub-header is tried together with its group first
 * (`补正` + `收到日期` = 补正收到日期), then alone.
 */
function twoRowLayout(grid: Grid, i: number, width: number, merges: readonly MergeRange[]): HeaderLayout {
  const u = i - 1;
  const columns: ColumnHeader[] = [];
  let carried = '';
  for (let j = 0; j < width; j++) {
    const lower = cellText(cellAt(grid, i, j));
    let upper = cellText(cellAt(grid, u, j));
    const merge = mergeAt(merges, u, j);
    if (!upper && merge) upper = cellText(cellAt(grid, merge.r1, merge.c1));
    const mergedDown = merge !== undefined && merge.r2 >= i && merge.c1 === merge.c2;
    if (!lower || mergedDown) {
      // A header cell spanning both rows: its text sits in the upper row.
      const text = upper || lower;
      columns.push({ index: j, text, keys: text ? [normaliseHeader(text)] : [] });
      carried = '';
      continue;
    }
    // Without merge information, a group written once stays in force over the blanks to its right.
    const group = upper || (merge ? '' : carried);
    carried = group;
    columns.push({
      index: j,
      text: group ? `${group}/${lower}` : lower,
      keys: group ? [normaliseHeader(group + lower), normaliseHeader(lower)] : [normaliseHeader(lower)],
    });
  }
  return { rowIndex: i, rowCount: 2, columns };
}
