import type { FindingCode } from './findingCodes';

export type { FindingCode } from './findingCodes';

/** How bad a finding is: errors make `ogi check` exit 1; warnings and infos do not. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One problem (or note) about one place in a ledger. Findings are data, never exceptions.
 * `row` is the Excel row number and `column` the Excel letter of the source; both are null
 * for findings about a whole sheet or file.
 */
export interface Finding {
  sheet: string;
  row: number | null;
  column: string | null;
  /** Canonical field name (contracts §3) or null. */
  field: string | null;
  severity: Severity;
  /** Dotted, stable code such as `date.invalid` or `deadline.reply.late`: one of the catalogue (findingCodes.ts). */
  code: FindingCode;
  /** Chinese: what is wrong, the numbers, and how to fix it. */
  message: string;
}

/** Counts findings by severity. */
export function summarise(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
