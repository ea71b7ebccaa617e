/**
 * What this Excel can do, detected once from its requirement sets: the only place that names an
 * ExcelApi version. Everything else asks for a feature by name (`features(api).notes`).
 */
import type { ExcelApi } from './api';

/** The ExcelApi requirement set each feature needs (https://learn.microsoft.com/javascript/api/requirement-sets/excel). */
export const REQUIREMENTS = {
  /** `workbook.functions`: the date-system probe. */
  worksheetFunctions: '1.2',
  /** `getUsedRange(valuesOnly)`. */
  valuesOnlyUsedRange: '1.2',
  /** `range.merge`, column widths and row heights. */
  rangeLayout: '1.2',
  /** `getUsedRangeOrNullObject`. */
  usedRangeOrNull: '1.4',
  /** `range.conditionalFormats`: the marks of findings. */
  conditionalFormats: '1.6',
  /** `worksheet.onChanged`: live checks. */
  events: '1.7',
  /** `freezePanes`. */
  freezePanes: '1.7',
  /** `range.dataValidation`: the dropdowns of the register sheet. */
  dataValidation: '1.8',
  /** `getRanges` over many areas at once. */
  multiAreaRanges: '1.9',
  /** `worksheet.pageLayout`: print settings. */
  pageLayout: '1.9',
  /** `workbook.comments`: findings as comments where notes are missing. */
  comments: '1.10',
  /** `triggerSource` on change events (tells our own writes apart). */
  triggerSource: '1.14',
  /** `workbook.notes`: findings as notes. */
  notes: '1.18',
} as const;

export type ExcelFeature = keyof typeof REQUIREMENTS;

/** The features of one Excel, and the highest requirement set it supports (shown in the pane's label). */
export type ExcelFeatures = Readonly<Record<ExcelFeature, boolean>> & {
  /** Where findings' notes go: Excel notes, comments, or only the 检查结果 sheet. */
  readonly noteKind: 'notes' | 'comments' | 'sheet';
  /** The highest ExcelApi version among those we use, e.g. `1.18`. */
  readonly version: string;
};

/** Versions in the order to try for the label, highest first. */
const VERSIONS = ['1.18', '1.14', '1.10', '1.9', '1.8', '1.7', '1.6', '1.4', '1.2', '1.1'];

/** Asks the requirement sets once; `supports` is `Office.context.requirements.isSetSupported('ExcelApi', v)`. */
export function detectExcelFeatures(supports: (version: string) => boolean): ExcelFeatures {
  const asked = new Map<string, boolean>();
  const has = (v: string): boolean => {
    let answer = asked.get(v);
    if (answer === undefined) asked.set(v, (answer = supports(v)));
    return answer;
  };
  const flags = Object.fromEntries(Object.entries(REQUIREMENTS).map(([feature, v]) => [feature, has(v)])) as Record<ExcelFeature, boolean>;
  return {
    ...flags,
    noteKind: flags.notes ? 'notes' : flags.comments ? 'comments' : 'sheet',
    version: VERSIONS.find(has) ?? '1.1',
  };
}

const detected = new WeakMap<ExcelApi, ExcelFeatures>();

/** The features of the Excel behind `api`, detected on first use and remembered. */
export function features(api: ExcelApi): ExcelFeatures {
  let found = detected.get(api);
  if (!found) detected.set(api, (found = detectExcelFeatures((v) => api.supports(v))));
  return found;
}
