import { z } from 'zod';
import { Grid, isCellError, columnLetter } from '../../core/grid';
import { Finding } from '../../core/findings';
import { toHalfWidth } from '../../core/text/halfWidth';
import { msg } from './messages';
import { zodIssuesText } from '../../core/zodMessages';
import { OUR_SHEET_NAMES } from '../../core/workbook/sheetRoles';

const count = z.number().int('应为整数').nonnegative('不能为负数').nullable().optional();
const docCounts = z.object({ issued: count, abolished: count, inForce: count }).partial();

/**
 * The annual-report numbers no register holds (table 二 blocks B–D), from the workbook's `年报补充`
 * sheet or `--inputs FILE.json`. Absent = unknown (stays null in the report). `rules` /
 * `normativeDocs` override what the catalogue gives; `lastYearCarryOut` (7 numbers, table 三
 * column order) feeds the soft carry-over check.
 */
export const AnnualInputsSchema = z.object({
  licensing: count,
  penalty: count,
  enforcement: count,
  feesWanYuan: z.number().nonnegative('不能为负数').nullable().optional(),
  rules: docCounts.optional(),
  normativeDocs: docCounts.optional(),
  lastYearCarryOut: z.array(z.number().int().nonnegative()).length(7, '应为 7 个数（六类申请人及总计）').optional(),
});
export type AnnualInputs = z.infer<typeof AnnualInputsSchema>;

/** The sheet name of the supplementary inputs in a workbook (one of our sheets: core/workbook/sheetRoles). */
export const INPUTS_SHEET = OUR_SHEET_NAMES.annualInputs;

type InputKey =
  | 'licensing'
  | 'penalty'
  | 'enforcement'
  | 'feesWanYuan'
  | 'rules.issued'
  | 'rules.abolished'
  | 'rules.inForce'
  | 'normativeDocs.issued'
  | 'normativeDocs.abolished'
  | 'normativeDocs.inForce';

// Labels as offices write them in a two-column sheet (label | value); matched after removing spaces.
const LABELS: [RegExp, InputKey][] = [
  [/^规章.*(制发|新制)/, 'rules.issued'],
  [/^规章.*废止/, 'rules.abolished'],
  [/^规章.*(现行有效|有效)/, 'rules.inForce'],
  [/^(行政)?规范性文件.*(制发|新制)/, 'normativeDocs.issued'],
  [/^(行政)?规范性文件.*废止/, 'normativeDocs.abolished'],
  [/^(行政)?规范性文件.*(现行有效|有效)/, 'normativeDocs.inForce'],
  [/^行政许可/, 'licensing'],
  [/^行政处罚/, 'penalty'],
  [/^行政强制/, 'enforcement'],
  [/^(行政事业性)?收费/, 'feesWanYuan'],
];

/** Parses JSON inputs (already JSON.parse'd) with Chinese messages; `{ok:false}` names every bad field. */
export function parseAnnualInputs(value: unknown): { ok: true; inputs: AnnualInputs } | { ok: false; message: string } {
  const result = AnnualInputsSchema.safeParse(value);
  if (result.success) return { ok: true, inputs: result.data };
  return { ok: false, message: msg.inputsInvalid(zodIssuesText(result.error)) };
}

/** Reads a `年报补充` sheet (rows of label | value). Blank values stay unknown; bad values are findings. */
export function inputsFromGrid(grid: Grid): { inputs: AnnualInputs; findings: Finding[] } {
  const findings: Finding[] = [];
  const flat: Partial<Record<InputKey, number | null>> = {};
  grid.rows.forEach((cells, i) => {
    const row = grid.firstRow + i;
    const labelIndex = cells.findIndex((c) => typeof c === 'string' && c.trim() !== '');
    const labelCell = cells[labelIndex];
    // Also the row without a label (labelIndex -1, so no cell).
    if (typeof labelCell !== 'string') return;
    const label = toHalfWidth(labelCell).replace(/\s+/g, '');
    const hit = LABELS.find(([re]) => re.test(label));
    if (!hit) return;
    const key = hit[1];
    const valueIndex = cells.findIndex((c, j) => j > labelIndex && c !== null && c !== '' && !(typeof c === 'string' && c.trim() === ''));
    if (valueIndex < 0) {
      flat[key] = null;
      return;
    }
    const cell = cells[valueIndex];
    const column = columnLetter(grid.firstColumn + valueIndex);
    const number =
      typeof cell === 'number'
        ? cell
        : typeof cell === 'string' && /^-?\d+(\.\d+)?$/.test(toHalfWidth(cell).trim())
          ? Number(toHalfWidth(cell).trim())
          : undefined;
    const integer = key !== 'feesWanYuan';
    if (isCellError(cell) || number === undefined || number < 0 || (integer && !Number.isInteger(number))) {
      const text = isCellError(cell) ? cell.error : String(cell);
      findings.push({
        sheet: grid.sheet,
        row,
        column,
        field: key,
        severity: 'error',
        code: 'report.inputs.invalid',
        message: msg.inputCellInvalid(label, text, integer),
      });
      return;
    }
    flat[key] = number;
  });
  const inputs: AnnualInputs = {};
  for (const [key, value] of Object.entries(flat) as [InputKey, number | null][]) {
    const [head, sub] = key.split('.') as [string, 'issued' | 'abolished' | 'inForce' | undefined];
    if (sub && (head === 'rules' || head === 'normativeDocs')) {
      inputs[head] = { ...(inputs[head] ?? {}), [sub]: value };
    } else if (head === 'licensing' || head === 'penalty' || head === 'enforcement' || head === 'feesWanYuan') {
      inputs[head] = value;
    }
  }
  return { inputs, findings };
}
