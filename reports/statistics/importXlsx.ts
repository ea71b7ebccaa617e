import ExcelJS from 'exceljs';
import { TABLE3_COLUMNS, TABLE3_ROWS, Table3Row } from '../../core/register/types';
import { toHalfWidth } from '../../core/text/halfWidth';
import { AnnualReportModel, DocCounts, Table4, Table4Cell, Table4GroupId, TABLE4_CELLS, TABLE4_GROUPS } from './model';
import { importedCell, ParsedReport } from './parseReport';

type Cell = string | number | null;
/** A sheet as a matrix, merged ranges filled with their master's value (so a header above any column is found). */
type Matrix = Cell[][];

const norm = (v: Cell) => (typeof v === 'string' ? toHalfWidth(v).replace(/\s+/g, '') : '');

// Leaf labels of table 三 rows → ids. Specific phrases first; `其他` last.
const ROW_PATTERNS: [RegExp, Table3Row][] = [
  [/本年新收/, 'new'],
  [/上年结转/, 'carry_in'],
  [/结转下年度/, 'carry_out'],
  [/国家秘密/, 'deny_secret'],
  [/法律行政法规禁止/, 'deny_law'],
  [/三安全一稳定/, 'deny_3safe'],
  [/第三方合法权益/, 'deny_3rdparty'],
  [/内部事务/, 'deny_internal'],
  [/过程性/, 'deny_process'],
  [/行政执法案卷/, 'deny_casefile'],
  [/行政查询/, 'deny_query'],
  [/不掌握/, 'na_notheld'],
  [/另行制作/, 'na_create'],
  [/仍不明确/, 'na_unclear'],
  [/信访|举报|投诉/, 'np_petition'],
  [/重复申请/, 'np_repeat'],
  [/公开出版物/, 'np_publication'],
  [/大量反复/, 'np_mass'],
  [/确认或重新出具/, 'np_confirm'],
  [/逾期不补正/, 'other_nocorrect'],
  [/缴纳费用|收费通知/, 'other_nofee'],
  [/^总计$/, 'total'],
  [/^部分公开/, 'partial'],
  [/^予以公开$/, 'granted'],
  [/^其他(处理)?$/, 'other_other'],
];
const COLUMN_LABELS: Record<string, string> = {
  natural: '自然人',
  business: '商业企业',
  research: '科研机构',
  nonprofit: '社会公益组织',
  legal: '法律服务机构',
  other: '其他',
  total: '总计',
};
const T4_CAPTIONS: Record<Table4Cell, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('result' in v && v.result !== undefined) return cellValue(v.result);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('error' in v) return String(v.error);
  }
  return null;
}

function matrixOf(ws: ExcelJS.Worksheet): Matrix {
  const m: Matrix = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    m[r - 1] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      m[r - 1][c - 1] = cell.isMerged && cell.master !== cell ? null : cellValue(cell.value);
    });
  });
  for (let r = 0; r < m.length; r++) m[r] ??= [];
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  for (const range of merges) {
    const [a, b] = range.split(':');
    const from = ws.getCell(a);
    const to = ws.getCell(b ?? a);
    const value = m[Number(from.row) - 1]?.[Number(from.col) - 1] ?? null;
    for (let r = Number(from.row); r <= Number(to.row); r++) {
      for (let c = Number(from.col); c <= Number(to.col); c++) {
        m[r - 1] ??= [];
        m[r - 1][c - 1] = value;
      }
    }
  }
  return m;
}

function find(m: Matrix, test: (text: string) => boolean, fromRow = 0): { r: number; c: number } | undefined {
  for (let r = fromRow; r < m.length; r++) {
    const row = m[r] ?? [];
    for (let c = 0; c < row.length; c++) if (test(norm(row[c]))) return { r, c };
  }
  return undefined;
}

function table3(m: Matrix): { rows: Record<Table3Row, (number | null)[]>; endRow: number } | string {
  const natural = find(m, (t) => t === '自然人');
  if (!natural) return '找不到表三（没有“自然人”列标题）';
  const cols: number[] = [];
  for (const id of TABLE3_COLUMNS) {
    const label = COLUMN_LABELS[id];
    // Search the header block (a few rows from 自然人) for each column label, right of the label columns.
    let hit: number | undefined;
    for (let r = Math.max(0, natural.r - 2); r <= natural.r + 2 && hit === undefined; r++) {
      const row = m[r] ?? [];
      for (let c = natural.c; c < row.length; c++) {
        if (norm(row[c]) === label && (id !== 'other' || c > natural.c)) {
          hit = c;
          break;
        }
      }
    }
    if (hit === undefined) return `表三缺少“${label}”列`;
    cols.push(hit);
  }
  const rows = {} as Record<Table3Row, (number | null)[]>;
  let endRow = natural.r;
  for (let r = natural.r + 1; r < m.length; r++) {
    const row = m[r] ?? [];
    const labels = row
      .slice(0, natural.c)
      .map(norm)
      .filter((t) => t !== '');
    if (labels.some((t) => /行政复议|^四、政府信息公开行政复议/.test(t))) break;
    const leaf = labels[labels.length - 1];
    if (!leaf) continue;
    const bare = leaf.replace(/^\d+[.．、]/, '').replace(/^[（(][一二三四五六七][)）]/, '');
    const hit = ROW_PATTERNS.find(([re]) => re.test(bare));
    if (!hit || rows[hit[1]]) continue;
    rows[hit[1]] = cols.map((c) => importedCell(row[c]));
    endRow = r;
    if (hit[1] === 'carry_out') break;
  }
  for (const r of TABLE3_ROWS) rows[r] ??= TABLE3_COLUMNS.map(() => null);
  return { rows, endRow };
}

function table4(m: Matrix, fromRow: number): Table4 {
  const t = {} as Table4;
  for (const g of TABLE4_GROUPS) {
    t[g] = {} as Record<Table4Cell, number | null>;
    for (const c of TABLE4_CELLS) t[g][c] = null;
  }
  const groupOf = (text: string): Table4GroupId | undefined =>
    text.includes('复议后起诉')
      ? 'suitAfterReview'
      : text.includes('未经复议直接起诉') || text.includes('直接起诉')
        ? 'suitDirect'
        : text === '行政复议'
          ? 'review'
          : undefined;
  for (let r = fromRow; r < m.length; r++) {
    const row = m[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (norm(row[c]) !== T4_CAPTIONS.upheld) continue;
      if (norm(m[r + 1]?.[c] ?? null) === T4_CAPTIONS.upheld) continue; // a vertically merged caption: use its last row
      let group: Table4GroupId | undefined;
      for (let up = r - 1; up >= Math.max(0, r - 4) && !group; up--) group = groupOf(norm(m[up]?.[c] ?? null));
      if (!group) continue;
      for (let k = 0; k < TABLE4_CELLS.length; k++) {
        const id = TABLE4_CELLS[k];
        const col =
          c +
          row
            .slice(c, c + 5)
            .map(norm)
            .indexOf(T4_CAPTIONS[id]);
        if (col < c) continue;
        t[group][id] = importedCell(m[r + 1]?.[col] ?? null);
      }
    }
  }
  return t;
}

function valueRightOf(m: Matrix, label: RegExp): number | null {
  const at = find(m, (t) => label.test(t));
  if (!at) return null;
  const row = m[at.r] ?? [];
  const labelText = row[at.c];
  for (let c = at.c + 1; c < row.length; c++) if (row[c] !== labelText) return importedCell(row[c]);
  return null;
}

function table2(m: Matrix): AnnualReportModel['table2'] {
  const header = find(m, (t) => t === '本年制发件数');
  const docs = (label: RegExp): DocCounts => {
    const empty = { issued: null, abolished: null, inForce: null };
    if (!header) return empty;
    const at = find(m, (t) => label.test(t), header.r + 1);
    if (!at) return empty;
    const hdr = (m[header.r] ?? []).map(norm);
    const pick = (caption: string) => {
      const c = hdr.indexOf(caption);
      return c < 0 ? null : importedCell(m[at.r]?.[c] ?? null);
    };
    return { issued: pick('本年制发件数'), abolished: pick('本年废止件数'), inForce: pick('现行有效件数') };
  };
  return {
    rules: docs(/^规章$/),
    normativeDocs: docs(/^(行政)?规范性文件$/),
    licensing: valueRightOf(m, /^行政许可$/),
    penalty: valueRightOf(m, /^行政处罚$/),
    enforcement: valueRightOf(m, /^行政强制$/),
    feesWanYuan: valueRightOf(m, /^行政事业性收费/),
  };
}

/**
 * Reads an annual report from .xlsx bytes in our layout (or any layout with the official labels),
 * by the labels rather than fixed addresses: the table 三 row and column captions, table 四's group
 * and result captions, table 二's item names — on whichever sheets hold them (one sheet per table
 * as we write it, or all on one). Year and office come from a title like `某某局2024年…报告…`.
 */
export async function importReportXlsx(bytes: Uint8Array): Promise<ParsedReport> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return { ok: false, message: `不是可读取的 .xlsx 文件（${e instanceof Error ? e.message : String(e)}）` };
  }
  const sheets = wb.worksheets.map(matrixOf);
  let problem = '工作簿中没有工作表';
  let t3: Exclude<ReturnType<typeof table3>, string> | undefined;
  let t3Sheet = -1;
  for (let i = 0; i < sheets.length && !t3; i++) {
    const found = table3(sheets[i]);
    if (typeof found === 'string') problem = found;
    else {
      t3 = found;
      t3Sheet = i;
    }
  }
  if (!t3) return { ok: false, message: problem };
  const notes: string[] = [];
  // Table 四 and 二: the first sheet that has them (after table 三 on its own sheet).
  let t4: Table4 | undefined;
  for (let i = 0; i < sheets.length && !t4; i++) {
    const found = table4(sheets[i], i === t3Sheet ? t3.endRow + 1 : 0);
    if (TABLE4_GROUPS.some((g) => TABLE4_CELLS.some((c) => found[g][c] !== null))) t4 = found;
  }
  if (!t4) notes.push('未找到表四，按空白处理');
  let t2: AnnualReportModel['table2'] | undefined;
  let catalogueMissing = false;
  for (let i = 0; i < sheets.length && !t2; i++) {
    if (find(sheets[i], (t) => t === '本年制发件数' || t === '行政许可')) {
      t2 = table2(sheets[i]);
      // Our layout writes 未提供 where the catalogue was not given (read as blank; the report stays 不完整).
      catalogueMissing =
        find(sheets[i], (t) => t === '未提供') !== undefined && [t2.rules, t2.normativeDocs].some((b) => b.issued === null);
    }
  }
  let year = 0;
  let office = '';
  for (const m of sheets) {
    const title = find(m, (t) => /\d{4}年/.test(t) && /报告|统计/.test(t));
    if (!title) continue;
    const text = norm(m[title.r][title.c]);
    const hit = /^(.*?)(\d{4})年/.exec(text);
    if (hit) {
      office = hit[1];
      year = Number(hit[2]);
      break;
    }
  }
  const model: AnnualReportModel = {
    year,
    office,
    table2: t2 ?? table2([]),
    table3: { columns: [...TABLE3_COLUMNS], rows: t3.rows },
    table4: t4 ?? table4([], 0),
    checks: [],
  };
  if (catalogueMissing) model.missing = ['catalogue'];
  return { ok: true, model, notes };
}
