import * as path from 'node:path';
import { Finding } from '../../core/findings';
import { CleanReport } from '../../reports/render/xlsx/xlsxBytes';
import { outputMessages as M } from './messages';

/** The finding for text that had to change to go into a workbook we write (it came from a ledger or the settings). */
export function cleanedFinding(file: string, r: CleanReport): Finding {
  const name = path.basename(file);
  return {
    sheet: name,
    row: null,
    column: null,
    field: null,
    severity: 'warning',
    code: 'output.cell.cleaned',
    message: M.cleaned(name, r.removed, r.truncated),
  };
}
