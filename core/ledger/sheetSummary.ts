import { Finding } from '../findings';
import { RegisterKind } from '../register/types';
import type { SheetOutcome } from './validateSheet';

/** One sheet as `ogi check --json` reports it (contracts §2), without its records. */
export interface SheetSummary {
  sheet: string;
  kind: RegisterKind | null;
  headerRow: number | null;
  dataRows: number;
  mapping: Record<string, string>;
  unmapped: string[];
  skipped?: string;
  findings: Finding[];
}

/** The contracts §2 view of one sheet's outcome; `readerFindings` (e.g. error cells) come first. */
export function sheetSummary(outcome: SheetOutcome, readerFindings: readonly Finding[] = []): SheetSummary {
  const reg = outcome.register;
  return {
    sheet: outcome.sheet,
    kind: reg ? reg.kind : null,
    headerRow: reg ? reg.headerRow : null,
    dataRows: reg ? reg.dataRows : 0,
    mapping: reg ? reg.mapping : {},
    unmapped: reg ? reg.unmapped : [],
    ...(outcome.skipped !== undefined ? { skipped: outcome.skipped } : {}),
    findings: [...readerFindings, ...outcome.findings],
  };
}
